import { LockTimeoutError } from '../errors/lock-timeout-error';
import { StoreClosedError } from '../errors/store-closed-error';
import type { UserLock, UserLockLease, UserLockOptions } from '../protocols/user-lock';
import { parseUserId, parseUserLockOptions } from '../validation/parsers';
import type { ParsedUserLockOptions } from '../validation/user-lock-options';
import { type MaybePromise, StoreBase } from './store-base';

/** What a backend grants: `UserLockBase.lease` turns it into the caller's `UserLockLease`. */
export interface UserLockGrant {
  userId: string;
  token: string;
  fence?: number;
  /** Frees this grant (by its token) in the backend; must do nothing when the grant already expired. */
  release(): MaybePromise<void>;
}

/** The first pause between two attempts of `poll`, and the longest. */
const FIRST_POLL_MS = 2;
const MAX_POLL_MS = 100;

/**
 * The base of every `UserLock`: validates the user id and options (a `ValidationError`), refuses
 * calls after `close()` (`StoreClosedError`), maps driver errors like the store bases do, and makes
 * leases whose `release()` runs once. A backend implements `acquireLease` (and `closeStore`); one
 * that can only try (a lock row, `SET NX`, `pg_try_advisory_lock`) calls `poll`.
 */
export abstract class UserLockBase extends StoreBase implements UserLock {
  protected constructor(lockName: string) {
    super(lockName, { freshResults: true });
  }

  acquire(userId: string, options?: UserLockOptions): Promise<UserLockLease> {
    return this.run(
      'acquire',
      () => ({ userId: parseUserId(userId), options: parseUserLockOptions(options) }),
      (input) => this.acquireLease(input.userId, input.options),
    );
  }

  /** Grants `userId`'s lock for `options.leaseMs`, waiting up to `options.waitMs`, or throws `LockTimeoutError`. */
  protected abstract acquireLease(userId: string, options: ParsedUserLockOptions): Promise<UserLockLease>;

  /** A lease whose `release()` frees the grant once (later calls share the first's outcome), and does nothing after `close()`. */
  protected lease(grant: UserLockGrant): UserLockLease {
    // Bound, not a closure: the build names every closure it makes (keepNames), which costs each acquire.
    const release = this.releaseOnce.bind(this, { grant, released: undefined });
    return Object.freeze({ userId: grant.userId, token: grant.token, fence: grant.fence, release });
  }

  private releaseOnce(lease: { grant: UserLockGrant; released: Promise<void> | undefined }): Promise<void> {
    lease.released ??= (async () => {
      if (this.closed) return;
      try {
        await lease.grant.release();
      } catch (thrown) {
        lease.released = undefined; // a failed release may be tried again
        throw this.toStoreError(thrown, 'release');
      }
    })();
    return lease.released;
  }

  /**
   * Calls `attempt` until it grants (returns a lease), pausing with a growing backoff (2 ms up to
   * 100 ms, jittered) in between; throws `LockTimeoutError` once `waitMs` has passed or `signal`
   * aborts, `StoreClosedError` if the lock is closed meanwhile. `waitMs: 0` tries once. A backend
   * that waited for something else first passes the `deadline` (ms since the epoch) the wait began with.
   */
  protected async poll(
    userId: string,
    options: ParsedUserLockOptions,
    attempt: () => Promise<UserLockLease | undefined>,
    deadline = Date.now() + options.waitMs,
  ): Promise<UserLockLease> {
    let pause = FIRST_POLL_MS;
    for (;;) {
      throwIfAborted(userId, options);
      let lease: UserLockLease | undefined;
      try {
        lease = await attempt();
      } catch (thrown) {
        // closed under a running attempt: the driver's error says less than this
        if (this.closed) throw new StoreClosedError({ store: this.storeName });
        throw thrown;
      }
      if (lease !== undefined) return lease;
      const left = deadline - Date.now();
      if (left <= 0) throw new LockTimeoutError({ userId, waitMs: options.waitMs });
      await sleep(Math.min(left, pause * (0.5 + Math.random())), options.signal);
      if (this.closed) throw new StoreClosedError({ store: this.storeName });
      pause = Math.min(pause * 2, MAX_POLL_MS);
    }
  }
}

/** A `LockTimeoutError` (with the signal's reason as cause) when `options.signal` has aborted. */
export function throwIfAborted(userId: string, options: ParsedUserLockOptions): void {
  if (options.signal?.aborted === true) {
    throw new LockTimeoutError({
      userId,
      waitMs: options.waitMs,
      message: `Waiting for the lock of user ${JSON.stringify(userId)} was aborted`,
      cause: options.signal.reason,
    });
  }
}

/** Resolves after `ms`, or at once when `signal` aborts (the caller checks which). */
function sleep(ms: number, signal: AbortSignal | undefined): Promise<void> {
  return new Promise((resolve) => {
    const done = () => {
      clearTimeout(timer);
      signal?.removeEventListener('abort', done);
      resolve();
    };
    const timer = setTimeout(done, ms);
    signal?.addEventListener('abort', done, { once: true });
  });
}
