import assert from 'node:assert/strict';
import { randomId } from '../random-id';
import { conflict, type ConflictHarness } from './conflict-fixtures';

export function registerCountClearIsolationTests({ it, withStore }: ConflictHarness): void {
  it('counts all conflicts of a user, or those of one status', withStore(async (store) => {
    const userId = randomId('user');
    const ids = [];
    for (let i = 0; i < 5; i++) ids.push(await store.addConflict(conflict(userId)));
    await store.resolveConflict(ids[0]!, { conflictId: ids[0]!, decision: 'keep_a', resolutionType: 'manual', resolvedBy: userId });
    await store.escalateConflict(ids[1]!);
    assert.equal(await store.getConflictCount(userId), 5);
    assert.equal(await store.getConflictCount(userId, 'pending'), 3);
    assert.equal(await store.getConflictCount(userId, 'resolved'), 1);
    assert.equal(await store.getConflictCount(userId, 'escalated'), 1);
    assert.equal(await store.getConflictCount(randomId('nobody')), 0);
  }));

  it('clearUserConflicts deletes all of the user\'s conflicts and counts them', withStore(async (store) => {
    const user1 = randomId('user');
    const user2 = randomId('user');
    for (let i = 0; i < 3; i++) await store.addConflict(conflict(user1));
    const kept = await store.addConflict(conflict(user2));
    assert.equal(await store.clearUserConflicts(user1), 3);
    assert.equal(await store.getConflictCount(user1), 0);
    assert.equal((await store.getConflict(kept))?.userId, user2);
    assert.equal(await store.clearUserConflicts(user1), 0);
  }));

  it('clearUserConflicts with a status deletes only those', withStore(async (store) => {
    const userId = randomId('user');
    const resolved = await store.addConflict(conflict(userId));
    await store.resolveConflict(resolved, { conflictId: resolved, decision: 'keep_b', resolutionType: 'manual', resolvedBy: userId });
    await store.addConflict(conflict(userId));
    await store.addConflict(conflict(userId));
    assert.equal(await store.clearUserConflicts(userId, 'pending'), 2);
    assert.equal(await store.getConflictCount(userId), 1);
    assert.equal((await store.getConflict(resolved))?.status, 'resolved');
  }));

  it('pending lists and counts are per user', withStore(async (store) => {
    const alice = randomId('alice');
    const bob = randomId('bob');
    const aliceId = await store.addConflict(conflict(alice));
    await store.addConflict(conflict(bob));
    await store.addConflict(conflict(bob));
    assert.deepEqual((await store.getPendingConflicts(alice)).map((item) => item.id), [aliceId]);
    assert.equal(await store.getConflictCount(alice), 1);
    assert.equal(await store.getConflictCount(bob), 2);
  }));

  it('resolving, escalating or clearing one user\'s conflicts leaves another\'s as they were', withStore(async (store) => {
    const alice = randomId('alice');
    const bob = randomId('bob');
    const aliceIds = [await store.addConflict(conflict(alice)), await store.addConflict(conflict(alice))];
    const bobId = await store.addConflict(conflict(bob));
    const bobBefore = await store.getConflict(bobId);
    await store.resolveConflict(aliceIds[0]!, { conflictId: aliceIds[0]!, decision: 'keep_a', resolutionType: 'manual', resolvedBy: alice });
    await store.escalateConflict(aliceIds[1]!);
    await store.clearUserConflicts(alice);
    assert.deepEqual(await store.getConflict(bobId), bobBefore);
    assert.equal(await store.getConflictCount(bob, 'pending'), 1);
  }));
}
