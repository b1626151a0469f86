import assert from 'node:assert/strict';
import { randomId } from '../random-id';
import { conflict, type ConflictHarness } from './conflict-fixtures';

export function registerLifecycleTests({ it, withStore, open, persistent }: ConflictHarness): void {
  it('returned conflicts are copies: changing them changes nothing stored', withStore(async (store) => {
    const userId = randomId('user');
    const id = await store.addConflict(conflict(userId, { metadata: { list: [1], nested: { a: 'b' } } }));
    const [fromPending] = await store.getPendingConflicts(userId);
    const fromGet = await store.getConflict(id);
    for (const item of [fromPending!, fromGet!]) {
      item.status = 'resolved';
      item.createdAt.setTime(0);
      (item.metadata['list'] as number[]).push(2);
      (item.metadata['nested'] as Record<string, string>)['a'] = 'changed';
    }
    const again = await store.getConflict(id);
    assert.equal(again?.status, 'pending');
    assert.notEqual(again?.createdAt.getTime(), 0);
    assert.deepEqual(again?.metadata, { list: [1], nested: { a: 'b' } });
  }));

  it('keeps its own copy of what it was given', withStore(async (store) => {
    const input = conflict(randomId('user'), { createdAt: new Date('2025-01-01T00:00:00.000Z'), metadata: { list: [1] } });
    const id = await store.addConflict(input);
    input.category = 'changed';
    input.createdAt!.setTime(0);
    (input.metadata!['list'] as number[]).push(2);
    const stored = await store.getConflict(id);
    assert.equal(stored?.category, 'location');
    assert.equal(stored?.createdAt.toISOString(), '2025-01-01T00:00:00.000Z');
    assert.deepEqual(stored?.metadata, { list: [1] });
  }));

  it('loses nothing to 200 parallel writers', withStore(async (store) => {
    const userId = randomId('user');
    const ids = await Promise.all(Array.from({ length: 200 }, (_, i) => store.addConflict(conflict(userId, { metadata: { i } }))));
    assert.equal(new Set(ids).size, 200);
    assert.equal(await store.getConflictCount(userId), 200);
    assert.equal((await store.getPendingConflicts(userId)).length, 200);
    const stored = await Promise.all(ids.map((id) => store.getConflict(id)));
    assert.deepEqual(stored.map((item) => item?.metadata['i']), ids.map((_, i) => i));
  }));

  it('close can be called twice; other calls then fail with StoreUnavailableError', async () => {
    const store = await open();
    const userId = randomId('user');
    const id = await store.addConflict(conflict(userId));
    await store.close();
    await store.close();
    const isUnavailable = (error: { code?: string }) => error.code === 'STORE_UNAVAILABLE';
    await assert.rejects(store.getConflict(id), isUnavailable);
    await assert.rejects(store.addConflict(conflict(userId)), isUnavailable);
    await assert.rejects(store.getPendingConflicts(userId), isUnavailable);
  });

  if (persistent) {
    it('keeps conflicts and their changes across close and re-open', async () => {
      const userId = randomId('user');
      const first = await open();
      const ids: string[] = [];
      try {
        for (let i = 0; i < 3; i++) ids.push(await first.addConflict(conflict(userId, { metadata: { i, nested: { ok: true } } })));
        await first.resolveConflict(ids[0]!, { conflictId: ids[0]!, decision: 'keep_b', resolutionType: 'manual', resolvedBy: userId });
        await first.escalateConflict(ids[1]!);
      } finally {
        await first.close();
      }
      const second = await open();
      try {
        assert.equal((await second.getConflict(ids[0]!))?.status, 'resolved');
        assert.equal((await second.getConflict(ids[1]!))?.resolutionAttempts, 1);
        assert.deepEqual((await second.getConflict(ids[2]!))?.metadata, { i: 2, nested: { ok: true } });
        assert.equal(await second.getConflictCount(userId, 'resolved'), 1);
        assert.equal((await second.getPendingConflicts(userId)).length, 2);
      } finally {
        await second.clearUserConflicts(userId);
        await second.close();
      }
    });
  }
}
