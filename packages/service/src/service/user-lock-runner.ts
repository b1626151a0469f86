import type { UserLock } from '@casual-memory/core';

/**
 * Runs each task holding its user's lock, so a read-classify-write never interleaves with another
 * for the same user: in this process, in other services on the same store, or in other processes
 * when the lock is shared (SQLite, PostgreSQL, Redis). 50 parallel identical adds give one memory
 * with 50 mentions, whichever services make them.
 */
export class UserLockRunner {
  readonly lock: UserLock;

  constructor(lock: UserLock) {
    this.lock = lock;
  }

  /** Runs `task` once `key`'s lock is granted (a `LockTimeoutError` if it is not), and releases it after. */
  async run<T>(key: string, task: () => Promise<T>, signal?: AbortSignal): Promise<T> {
    const lease = await this.lock.acquire(key, signal === undefined ? {} : { signal });
    try {
      return await task();
    } finally {
      // The task's outcome is the answer; a release that fails only leaves the lease to expire.
      await lease.release().catch(() => undefined);
    }
  }
}
