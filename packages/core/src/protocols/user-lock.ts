/** Options of `UserLock.acquire`. */
export interface UserLockOptions {
  /** How long the grant lasts, in ms, unless released first; afterwards the next acquirer gets the lock. Default 30 000. */
  leaseMs?: number;
  /** How long to wait for the lock, in ms, before a `LockTimeoutError`; 0 tries once. Default 30 000. */
  waitMs?: number;
  /** Cancels the wait: the acquire rejects with `LockTimeoutError` whose `cause` is the signal's reason. */
  signal?: AbortSignal;
}

/** One grant of a user's lock. Hold it while writing that user's records, then `release()` it. */
export interface UserLockLease {
  readonly userId: string;
  /** Unique to this grant; backends release by it, so a lease that expired cannot free the next holder's lock. */
  readonly token: string;
  /**
   * Increases with every grant for this user where the backend can tell (a fencing token: a store
   * can refuse a write carrying an older fence); undefined otherwise.
   */
  readonly fence?: number;
  /** Frees the lock for the next acquirer. Idempotent; never throws for a lease that already expired. */
  release(): Promise<void>;
}

/**
 * One writer per user at a time, wherever the writers are: in this process (`InProcessUserLock`),
 * across processes on one SQLite file, on PostgreSQL or on Redis. A grant is a lease: if its holder
 * crashes or hangs past `leaseMs`, the next acquirer gets the lock.
 */
export interface UserLock {
  /**
   * Waits (up to `waitMs`, default 30 s) until no one else holds `userId`'s lock, then grants a
   * lease of `leaseMs` (default 30 s). Rejects with `LockTimeoutError` (retryable) when the wait
   * runs out or `signal` aborts, `ValidationError` for a bad user id or option, `StoreClosedError`
   * after `close()`. Waiters of one user are served in order where the backend can tell.
   */
  acquire(userId: string, options?: UserLockOptions): Promise<UserLockLease>;
  /** Stops the lock: pending acquires reject with `StoreClosedError`; held leases' `release()` becomes a no-op. */
  close(): Promise<void>;
}
