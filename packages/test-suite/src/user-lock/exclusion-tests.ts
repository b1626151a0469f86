import assert from 'node:assert/strict';
import { assertRejectsWith } from '../assert-rejects-with';
import { randomId } from '../random-id';
import { contend, GENEROUS_WAIT_MS, type UserLockHarness } from './user-lock-fixtures';

export function registerExclusionTests({ it, withStore, open, sharedBackend }: UserLockHarness): void {
  it(
    'grants one holder at a time among 50 parallel acquirers of one user',
    withStore(async (lock) => {
      const { most, fences } = await contend([lock], randomId('user'), 50);
      assert.equal(most, 1, 'two acquirers held the lock at once');
      assert.equal(fences.length, 50);
    }),
  );

  it(
    "does not make one user wait for another user's lock",
    withStore(async (lock) => {
      const first = await lock.acquire(randomId('user'));
      const second = await lock.acquire(randomId('user'), { waitMs: 0 });
      await second.release();
      await first.release();
    }),
  );

  it(
    'rejects with a retryable LOCK_TIMEOUT when the lock stays held for all of waitMs, and grants it once released',
    withStore(async (lock) => {
      const userId = randomId('user');
      const held = await lock.acquire(userId);
      const error = await assertRejectsWith(() => lock.acquire(userId, { waitMs: 50 }), 'LOCK_TIMEOUT', 'acquire of a held lock');
      assert.equal((error as unknown as { userId: string }).userId, userId);
      await assertRejectsWith(() => lock.acquire(userId, { waitMs: 0 }), 'LOCK_TIMEOUT', 'acquire with waitMs 0 of a held lock');
      await held.release();
      const next = await lock.acquire(userId, { waitMs: 0 });
      await next.release();
    }),
  );

  it(
    'grants a waiting acquirer when the holder releases',
    withStore(async (lock) => {
      const userId = randomId('user');
      const held = await lock.acquire(userId);
      let granted = false;
      const waiting = lock.acquire(userId, { waitMs: GENEROUS_WAIT_MS }).then((lease) => {
        granted = true;
        return lease;
      });
      await new Promise((resolve) => setTimeout(resolve, 30));
      assert.equal(granted, false, 'granted while another held the lock');
      await held.release();
      await (await waiting).release();
    }),
  );

  it(
    'ends a wait with LOCK_TIMEOUT when its signal aborts, keeping the reason as cause',
    withStore(async (lock) => {
      const userId = randomId('user');
      const held = await lock.acquire(userId);
      const controller = new AbortController();
      const reason = new Error('deadline passed');
      setTimeout(() => controller.abort(reason), 30);
      const error = await assertRejectsWith(
        () => lock.acquire(userId, { waitMs: GENEROUS_WAIT_MS, signal: controller.signal }),
        'LOCK_TIMEOUT',
        'aborted acquire',
      );
      assert.equal(error.cause, reason);
      await assertRejectsWith(
        () => lock.acquire(randomId('user'), { signal: controller.signal }),
        'LOCK_TIMEOUT',
        'acquire with an aborted signal',
      );
      await held.release();
    }),
  );

  if (!sharedBackend) return;

  it('excludes across two lock objects on the same backend', async () => {
    const [first, second] = [await open(), await open()];
    try {
      const userId = randomId('user');
      const held = await first.acquire(userId);
      await assertRejectsWith(() => second.acquire(userId, { waitMs: 50 }), 'LOCK_TIMEOUT', "the other object's acquire of a held lock");
      await held.release();
      const taken = await second.acquire(userId, { waitMs: GENEROUS_WAIT_MS });
      await taken.release();
      const { most } = await contend([first, second], userId, 20);
      assert.equal(most, 1, 'holders of two lock objects held one user at once');
    } finally {
      await first.close();
      await second.close();
    }
  });
}
