import { assertRejectsWith } from '../assert-rejects-with';
import { BAD_IDS, describeBadId } from '../bad-ids';
import { randomId } from '../random-id';
import { GENEROUS_WAIT_MS, type UserLockHarness } from './user-lock-fixtures';

const BAD_OPTIONS: readonly unknown[] = [
  { leaseMs: 0 },
  { leaseMs: -5 },
  { leaseMs: 1.5 },
  { leaseMs: Number.NaN },
  { waitMs: -1 },
  { waitMs: Number.POSITIVE_INFINITY },
  { waitMs: '100' },
  { signal: 'abort' },
  { lease: 100 },
  'fast',
];

export function registerValidationAndLifecycleTests({ it, withStore }: UserLockHarness): void {
  it(
    'rejects a bad user id or option with VALIDATION_ERROR',
    withStore(async (lock) => {
      for (const bad of BAD_IDS) {
        await assertRejectsWith(() => lock.acquire(bad as never), 'VALIDATION_ERROR', `acquire(${describeBadId(bad)})`);
      }
      for (const bad of BAD_OPTIONS) {
        await assertRejectsWith(
          () => lock.acquire(randomId('user'), bad as never),
          'VALIDATION_ERROR',
          `acquire(user, ${describeBadId(bad)})`,
        );
      }
    }),
  );

  it(
    'close can be called twice; acquire then rejects with STORE_CLOSED, and releasing an old lease does not throw',
    withStore(async (lock) => {
      const userId = randomId('user');
      const lease = await lock.acquire(userId);
      await lock.close();
      await lock.close();
      await assertRejectsWith(() => lock.acquire(userId), 'STORE_CLOSED', 'acquire after close');
      await lease.release();
    }),
  );

  it(
    'close ends a pending wait with STORE_CLOSED',
    withStore(async (lock) => {
      const userId = randomId('user');
      await lock.acquire(userId);
      // Watched from the start: the wait may end while close() is still running.
      const waiting = assertRejectsWith(
        () => lock.acquire(userId, { waitMs: GENEROUS_WAIT_MS }),
        'STORE_CLOSED',
        'a wait when the lock closes',
      );
      await new Promise((resolve) => setTimeout(resolve, 20));
      await lock.close();
      await waiting;
    }),
  );
}
