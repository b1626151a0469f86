import assert from 'node:assert/strict';
import { assertRejectsWith } from '../assert-rejects-with';
import { randomId } from '../random-id';
import { GENEROUS_WAIT_MS, pause, type UserLockHarness } from './user-lock-fixtures';

export function registerLeaseTests({ it, withStore }: UserLockHarness): void {
  it(
    'gives each lease its user id and a token of its own',
    withStore(async (lock) => {
      const userId = randomId('user');
      const first = await lock.acquire(userId);
      await first.release();
      const second = await lock.acquire(userId);
      await second.release();
      assert.equal(first.userId, userId);
      assert.equal(typeof first.token, 'string');
      assert.ok(first.token.length > 0);
      assert.notEqual(first.token, second.token);
    }),
  );

  it(
    'release can be called twice, also at once',
    withStore(async (lock) => {
      const userId = randomId('user');
      const lease = await lock.acquire(userId);
      await Promise.all([lease.release(), lease.release()]);
      await lease.release();
      const next = await lock.acquire(userId, { waitMs: 0 });
      await next.release();
    }),
  );

  it(
    "lets the next acquirer in when a lease expires, and the old lease's release does not free the new holder",
    withStore(async (lock) => {
      const userId = randomId('user');
      const crashed = await lock.acquire(userId, { leaseMs: 100 });
      const next = await lock.acquire(userId, { waitMs: GENEROUS_WAIT_MS });
      await crashed.release();
      await assertRejectsWith(() => lock.acquire(userId, { waitMs: 0 }), 'LOCK_TIMEOUT', 'acquire while the next holder holds');
      await next.release();
      if (crashed.fence !== undefined && next.fence !== undefined) assert.ok(next.fence > crashed.fence, 'the fence did not increase');
    }),
  );

  it(
    'increases the fence with every grant for the user, where the backend gives one',
    withStore(async (lock) => {
      const userId = randomId('user');
      const fences: (number | undefined)[] = [];
      for (let i = 0; i < 5; i++) {
        const lease = await lock.acquire(userId);
        fences.push(lease.fence);
        await lease.release();
      }
      if (fences.every((fence) => fence === undefined)) return;
      for (const [i, fence] of fences.entries()) {
        assert.ok(Number.isSafeInteger(fence), `fence ${i} is ${fence}`);
        if (i > 0) assert.ok((fence as number) > (fences[i - 1] as number), `fences do not increase: ${fences.join(', ')}`);
      }
    }),
  );

  it(
    'keeps a lease for its leaseMs: no one else gets it while it lasts',
    withStore(async (lock) => {
      const userId = randomId('user');
      const lease = await lock.acquire(userId, { leaseMs: 5_000 });
      await pause(50);
      await assertRejectsWith(() => lock.acquire(userId, { waitMs: 20 }), 'LOCK_TIMEOUT', 'acquire during a live lease');
      await lease.release();
    }),
  );
}
