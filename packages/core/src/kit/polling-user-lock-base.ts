import { StoreClosedError } from '../errors/store-closed-error';
import { InProcessUserLock } from '../locks/in-process-user-lock';
import type { UserLockLease } from '../protocols/user-lock';
import type { ParsedUserLockOptions } from '../validation/user-lock-options';
import type { MaybePromise } from './store-base';
import { UserLockBase, type UserLockGrant } from './user-lock-base';

/**
 * The base of a lock whose backend can only try (a lease row, `SET NX PX`, `pg_try_advisory_lock`):
 * acquirers of this process queue in order on an in-process lock first, so only one of them at a
 * time polls the backend, and that one calls `tryGrant` with a growing backoff until `waitMs` (or the
 * signal) ends the wait. A backend implements `tryGrant` and `closeBackend`.
 */
export abstract class PollingUserLockBase extends UserLockBase {
  private readonly queue = new InProcessUserLock();

  /**
   * One attempt: the backend's lease of `userId` for `leaseMs` (made with `this.leaseOnTurn`, so its
   * `release` frees the backend's grant and then `turn`), or undefined when another holder has it.
   */
  protected abstract tryGrant(userId: string, leaseMs: number, turn: UserLockLease): MaybePromise<UserLockLease | undefined>;

  /** Frees what the lock holds in the backend and what it opened; called once, before the queue closes. */
  protected abstract closeBackend(): MaybePromise<void>;

  protected async acquireLease(userId: string, options: ParsedUserLockOptions): Promise<UserLockLease> {
    const deadline = Date.now() + options.waitMs;
    let turn: UserLockLease;
    try {
      turn = await this.queue.acquire(userId, options);
    } catch (thrown) {
      throw StoreClosedError.isInstance(thrown) ? new StoreClosedError({ store: this.storeName }) : thrown;
    }
    try {
      return await this.poll(userId, options, async () => this.tryGrant(userId, options.leaseMs, turn), deadline);
    } catch (thrown) {
      await turn.release();
      throw thrown;
    }
  }

  /**
   * The lease of a grant `tryGrant` got on `turn`: its `release` frees the backend's grant, then
   * (even when that fails) passes the turn to this process's next acquirer of the user.
   */
  protected leaseOnTurn(turn: UserLockLease, grant: UserLockGrant): UserLockLease {
    return this.lease({
      ...grant,
      release: async () => {
        try {
          await grant.release();
        } finally {
          await turn.release();
        }
      },
    });
  }

  protected async closeStore(): Promise<void> {
    try {
      await this.closeBackend();
    } finally {
      // Last, so the queued acquirers' StoreClosedError reaches them as close() returns.
      await this.queue.close();
    }
  }
}
