import assert from 'node:assert/strict';
import { assertRejectsWith } from '../assert-rejects-with';
import { lookAlikeUserIds } from '../look-alike-user-ids';
import { randomId } from '../random-id';
import { type ConflictHarness, conflict, resolution } from './conflict-fixtures';

export function registerIsolationTests({ it, withStore }: ConflictHarness): void {
  it(
    'pending lists and counts are per user',
    withStore(async (store) => {
      const alice = randomId('alice');
      const bob = randomId('bob');
      const aliceId = await store.addConflict(conflict(alice));
      await store.addConflict(conflict(bob));
      await store.addConflict(conflict(bob));
      assert.deepEqual(
        (await store.getPendingConflicts(alice)).map((item) => item.id),
        [aliceId],
      );
      assert.equal(await store.getConflictCount(alice), 1);
      assert.equal(await store.getConflictCount(bob), 2);
    }),
  );

  it(
    "another user's id behaves exactly like an unknown id, and the owner's conflict stays as it was",
    withStore(async (store) => {
      const alice = randomId('alice');
      const bob = randomId('bob');
      const aliceId = await store.addConflict(conflict(alice));
      await store.addConflict(conflict(bob));
      const before = await store.getConflict(alice, aliceId);
      for (const [caller, id] of [
        [bob, aliceId],
        [bob, randomId('missing')],
        [randomId('stranger'), aliceId],
      ] as const) {
        assert.equal(await store.getConflict(caller, id), null, 'getConflict');
        assert.equal(await store.resolveConflict(caller, id, resolution(id, { resolvedBy: caller })), false, 'resolveConflict');
        assert.equal(await store.escalateConflict(caller, id), false, 'escalateConflict');
      }
      assert.deepEqual(await store.getConflict(alice, aliceId), before);
      assert.equal(await store.getConflictCount(alice, 'pending'), 1);
      assert.equal(await store.getConflictCount(bob), 1);
    }),
  );

  it(
    'two users can each add a conflict with the same chosen id, and each sees only their own',
    withStore(async (store) => {
      const alice = randomId('alice');
      const bob = randomId('bob');
      const id = randomId('conflict');
      const aliceInput = conflict(alice, { id, category: "alice's" });
      const bobInput = conflict(bob, { id, category: "bob's" });
      assert.equal(await store.addConflict(aliceInput), id);
      assert.equal(await store.addConflict(bobInput), id);
      assert.equal((await store.getConflict(alice, id))?.category, "alice's");
      assert.equal((await store.getConflict(bob, id))?.category, "bob's");
      assert.deepEqual(
        (await store.getPendingConflicts(alice)).map((item) => item.category),
        ["alice's"],
      );
      assert.deepEqual(
        (await store.getPendingConflicts(bob)).map((item) => item.category),
        ["bob's"],
      );

      assert.equal(await store.resolveConflict(alice, id, resolution(id, { resolvedBy: alice })), true);
      assert.equal((await store.getConflict(bob, id))?.status, 'pending', "resolving alice's leaves bob's pending");
      assert.equal(await store.escalateConflict(bob, id), true);
      assert.equal((await store.getConflict(alice, id))?.status, 'resolved', "escalating bob's leaves alice's resolved");
      assert.equal(
        await store.resolveConflict(bob, id, resolution(id, { decision: 'keep_b', resolvedBy: bob })),
        true,
        'bob resolves his own',
      );
      assert.equal((await store.getConflict(alice, id))?.winningMemoryId, aliceInput.memoryAId);
      assert.equal((await store.getConflict(bob, id))?.winningMemoryId, bobInput.memoryBId);

      assert.equal(await store.clearUserConflicts(alice), 1);
      assert.equal(await store.getConflict(alice, id), null);
      assert.equal((await store.getConflict(bob, id))?.category, "bob's");
    }),
  );

  it(
    'the same chosen id for many users at once: every add succeeds',
    withStore(async (store) => {
      const id = randomId('conflict');
      const users = Array.from({ length: 20 }, () => randomId('user'));
      const ids = await Promise.all(users.map((userId) => store.addConflict(conflict(userId, { id, metadata: { owner: userId } }))));
      assert.deepEqual(
        ids,
        users.map(() => id),
      );
      for (const userId of users) assert.equal((await store.getConflict(userId, id))?.metadata['owner'], userId);
    }),
  );

  it(
    'one user adding an id twice is CONFLICT_STATE and keeps the first conflict',
    withStore(async (store) => {
      const userId = randomId('user');
      const id = randomId('conflict');
      await store.addConflict(conflict(userId, { id, category: 'first' }));
      await assertRejectsWith(() => store.addConflict(conflict(userId, { id, category: 'second' })), 'CONFLICT_STATE', 'duplicate id');
      assert.equal((await store.getConflict(userId, id))?.category, 'first');
      assert.equal(await store.getConflictCount(userId), 1);
    }),
  );

  it(
    'of racing adds of one id for one user exactly one succeeds',
    withStore(async (store) => {
      const userId = randomId('user');
      const id = randomId('conflict');
      const results = await Promise.allSettled(
        Array.from({ length: 20 }, (_, i) => store.addConflict(conflict(userId, { id, metadata: { i } }))),
      );
      assert.equal(results.filter((result) => result.status === 'fulfilled').length, 1);
      for (const result of results) {
        if (result.status === 'rejected') assert.equal((result.reason as { code?: unknown }).code, 'CONFLICT_STATE');
      }
      assert.equal(await store.getConflictCount(userId), 1);
    }),
  );

  it(
    "resolving, escalating or clearing one user's conflicts leaves another's as they were",
    withStore(async (store) => {
      const alice = randomId('alice');
      const bob = randomId('bob');
      const aliceIds = [await store.addConflict(conflict(alice)), await store.addConflict(conflict(alice))];
      const bobId = await store.addConflict(conflict(bob));
      const bobBefore = await store.getConflict(bob, bobId);
      await store.resolveConflict(alice, aliceIds[0]!, resolution(aliceIds[0]!, { resolvedBy: alice }));
      await store.escalateConflict(alice, aliceIds[1]!);
      await store.clearUserConflicts(alice);
      assert.deepEqual(await store.getConflict(bob, bobId), bobBefore);
      assert.equal(await store.getConflictCount(bob, 'pending'), 1);
    }),
  );

  it(
    'user ids are matched exactly: look-alike ids are different users',
    withStore(async (store) => {
      const ids = lookAlikeUserIds(randomId('user'));
      const id = randomId('conflict');
      for (const [i, userId] of ids.entries()) await store.addConflict(conflict(userId, { id, metadata: { i } }));
      for (const [i, userId] of ids.entries()) {
        assert.deepEqual(
          (await store.getPendingConflicts(userId)).map((item) => item.metadata['i']),
          [i],
          `conflicts of ${JSON.stringify(userId)}`,
        );
        assert.equal(await store.getConflictCount(userId), 1, `count of ${JSON.stringify(userId)}`);
      }
      assert.equal(await store.clearUserConflicts(ids[5]!), 1);
      assert.equal(await store.clearUserConflicts(ids[0]!), 1);
      for (const [i, userId] of ids.entries()) {
        assert.equal(
          await store.getConflictCount(userId),
          i === 0 || i === 5 ? 0 : 1,
          `count of ${JSON.stringify(userId)} after clearing others`,
        );
      }
    }),
  );
}
