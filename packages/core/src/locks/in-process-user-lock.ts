import { LockTimeoutError } from '../errors/lock-timeout-error';
import { StoreClosedError } from '../errors/store-closed-error';
import { throwIfAborted, UserLockBase } from '../kit/user-lock-base';
import type { UserLockLease } from '../protocols/user-lock';
import type { ParsedUserLockOptions } from '../validation/user-lock-options';

interface Holder {
  token: string;
  /** When the lease ends (`performance.now()`), so a holder that never releases cannot block the user for good. */
  expiresAt: number;
  /** Ends the lease on time, set only while someone waits: an uncontended lease needs no timer. */
  expiry: ReturnType<typeof setTimeout> | undefined;
  free(): void;
}

interface Waiter {
  options: ParsedUserLockOptions;
  grant(lease: UserLockLease): void;
  fail(error: Error): void;
}

/** One user's lock: the current holder, and the acquirers waiting, first come first served. */
interface UserQueue {
  holder: Holder | undefined;
  waiters: Waiter[];
}

/** One lock per store object, for `sharedFor`. */
const sharedLocks = new WeakMap<object, InProcessUserLock>();

/**
 * A `UserLock` for the writers of one process: per user, acquirers are served in order, one at a
 * time. Leases expire after `leaseMs`; `fence` increases with every grant. An expired lease is
 * noticed by the next acquirer, or on time by a timer while someone waits (so an uncontended
 * acquire and release start no timer). Timers are unref'd (they never keep the process alive), and
 * none is left running once every lease is released or the lock is closed.
 * `InProcessUserLock.sharedFor(store)` gives every service on the same store one lock.
 */
export class InProcessUserLock extends UserLockBase {
  private readonly users = new Map<string, UserQueue>();
  private lastFence = 0;

  constructor() {
    super('InProcessUserLock');
  }

  /**
   * The one lock of `store` in this process (created on first use, and again if it was closed), so
   * that every `MemoryService` on the same store object serialises with the others. Held weakly:
   * it goes when the store does.
   */
  static sharedFor(store: object): InProcessUserLock {
    let lock = sharedLocks.get(store);
    if (lock === undefined || lock.closed) {
      lock = new InProcessUserLock();
      sharedLocks.set(store, lock);
    }
    return lock;
  }

  protected acquireLease(userId: string, options: ParsedUserLockOptions): Promise<UserLockLease> {
    throwIfAborted(userId, options);
    let queue = this.users.get(userId);
    if (queue?.holder !== undefined && queue.holder.expiresAt <= performance.now()) {
      queue.holder.free(); // ran out with no one waiting: freeing it may forget the user's queue
      queue = this.users.get(userId);
    }
    if (queue === undefined) {
      queue = { holder: undefined, waiters: [] };
      this.users.set(userId, queue);
    }
    if (queue.holder === undefined && queue.waiters.length === 0) return Promise.resolve(this.grant(userId, queue, options));
    if (options.waitMs === 0) return Promise.reject(new LockTimeoutError({ userId, waitMs: 0 }));
    return this.wait(userId, queue, options);
  }

  protected closeStore(): void {
    const closed = new StoreClosedError({ store: this.storeName });
    for (const queue of this.users.values()) {
      if (queue.holder?.expiry !== undefined) clearTimeout(queue.holder.expiry);
      for (const waiter of queue.waiters.splice(0)) waiter.fail(closed);
    }
    this.users.clear();
  }

  private wait(userId: string, queue: UserQueue, options: ParsedUserLockOptions): Promise<UserLockLease> {
    return new Promise((resolve, reject) => {
      const settle = () => {
        clearTimeout(timeout);
        options.signal?.removeEventListener('abort', onAbort);
      };
      const giveUp = (error: Error) => {
        const index = queue.waiters.indexOf(waiter);
        if (index >= 0) queue.waiters.splice(index, 1);
        settle();
        reject(error);
      };
      const onAbort = () => {
        try {
          throwIfAborted(userId, options);
        } catch (error) {
          giveUp(error as Error);
        }
      };
      const waiter: Waiter = {
        options,
        grant: (lease) => {
          settle();
          resolve(lease);
        },
        fail: giveUp,
      };
      const timeout = setTimeout(() => giveUp(new LockTimeoutError({ userId, waitMs: options.waitMs })), options.waitMs);
      timeout.unref?.();
      options.signal?.addEventListener('abort', onAbort, { once: true });
      queue.waiters.push(waiter);
      this.expireOnTime(queue);
    });
  }

  private grant(userId: string, queue: UserQueue, options: ParsedUserLockOptions): UserLockLease {
    const token = globalThis.crypto.randomUUID();
    // Bound, not a closure: the build names every closure it makes (keepNames), which costs each acquire.
    const free = this.free.bind(this, userId, queue, token);
    queue.holder = { token, expiresAt: performance.now() + options.leaseMs, expiry: undefined, free };
    this.lastFence += 1;
    return this.lease({ userId, token, fence: this.lastFence, release: free });
  }

  /** Ends the lease `token` of `userId` and hands the lock on, unless it ended already (the lock is someone else's now). */
  private free(userId: string, queue: UserQueue, token: string): void {
    if (queue.holder?.token !== token) return;
    if (queue.holder.expiry !== undefined) clearTimeout(queue.holder.expiry);
    queue.holder = undefined;
    this.next(userId, queue);
  }

  /** With someone waiting, the holder's lease must end on time: a timer for what is left of it, if none is set. */
  private expireOnTime(queue: UserQueue): void {
    const holder = queue.holder;
    if (holder === undefined || holder.expiry !== undefined || queue.waiters.length === 0) return;
    holder.expiry = setTimeout(holder.free, Math.max(0, holder.expiresAt - performance.now()));
    holder.expiry.unref?.();
  }

  /** Hands the free lock to the first waiter, or forgets the user when no one waits. */
  private next(userId: string, queue: UserQueue): void {
    const waiter = queue.waiters.shift();
    if (waiter === undefined) {
      if (this.users.get(userId) === queue) this.users.delete(userId);
      return;
    }
    waiter.grant(this.grant(userId, queue, waiter.options));
    this.expireOnTime(queue);
  }
}
