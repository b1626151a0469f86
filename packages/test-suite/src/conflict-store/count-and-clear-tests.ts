import assert from 'node:assert/strict';
import { randomId } from '../random-id';
import { type ConflictHarness, conflict, resolution } from './conflict-fixtures';

export function registerCountAndClearTests({ it, withStore }: ConflictHarness): void {
  it(
    'counts all conflicts of a user, or those of one status',
    withStore(async (store) => {
      const userId = randomId('user');
      const ids = [];
      for (let i = 0; i < 5; i++) ids.push(await store.addConflict(conflict(userId)));
      await store.resolveConflict(userId, ids[0]!, resolution(ids[0]!));
      await store.escalateConflict(userId, ids[1]!);
      assert.equal(await store.getConflictCount(userId), 5);
      assert.equal(await store.getConflictCount(userId, undefined), 5);
      assert.equal(await store.getConflictCount(userId, 'pending'), 3);
      assert.equal(await store.getConflictCount(userId, 'resolved'), 1);
      assert.equal(await store.getConflictCount(userId, 'escalated'), 1);
      assert.equal(await store.getConflictCount(randomId('nobody')), 0);
    }),
  );

  it(
    "clearUserConflicts deletes all of the user's conflicts and counts them",
    withStore(async (store) => {
      const user1 = randomId('user');
      const user2 = randomId('user');
      const cleared = [];
      for (let i = 0; i < 3; i++) cleared.push(await store.addConflict(conflict(user1)));
      const kept = await store.addConflict(conflict(user2));
      assert.equal(await store.clearUserConflicts(user1), 3);
      assert.equal(await store.getConflictCount(user1), 0);
      for (const id of cleared) assert.equal(await store.getConflict(user1, id), null);
      assert.equal((await store.getConflict(user2, kept))?.userId, user2);
      assert.equal(await store.clearUserConflicts(user1), 0);
    }),
  );

  it(
    'clearUserConflicts with a status deletes only those',
    withStore(async (store) => {
      const userId = randomId('user');
      const resolved = await store.addConflict(conflict(userId));
      await store.resolveConflict(userId, resolved, resolution(resolved, { decision: 'keep_b' }));
      const escalated = await store.addConflict(conflict(userId));
      await store.escalateConflict(userId, escalated);
      await store.addConflict(conflict(userId));
      await store.addConflict(conflict(userId));
      assert.equal(await store.clearUserConflicts(userId, 'pending'), 2);
      assert.equal(await store.getConflictCount(userId), 2);
      assert.equal(await store.clearUserConflicts(userId, 'escalated'), 1);
      assert.equal((await store.getConflict(userId, resolved))?.status, 'resolved');
      assert.equal(await store.clearUserConflicts(userId, 'resolved'), 1);
      assert.equal(await store.getConflictCount(userId), 0);
    }),
  );

  it(
    'a cleared id can be used again',
    withStore(async (store) => {
      const userId = randomId('user');
      const id = randomId('conflict');
      await store.addConflict(conflict(userId, { id, category: 'first' }));
      await store.clearUserConflicts(userId);
      assert.equal(await store.addConflict(conflict(userId, { id, category: 'second' })), id);
      assert.equal((await store.getConflict(userId, id))?.category, 'second');
    }),
  );
}
