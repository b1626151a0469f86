import assert from 'node:assert/strict';
import { assertRejectsWith } from '../assert-rejects-with';
import { randomId } from '../random-id';
import { type ConflictHarness, conflict, resolution } from './conflict-fixtures';

export function registerLifecycleTests({ it, withStore, open, persistent }: ConflictHarness): void {
  it(
    'returned conflicts are copies: changing them changes nothing stored',
    withStore(async (store) => {
      const userId = randomId('user');
      const id = await store.addConflict(conflict(userId, { metadata: { list: [1], nested: { a: 'b' } } }));
      const [fromPending] = await store.getPendingConflicts(userId);
      const fromGet = await store.getConflict(userId, id);
      for (const item of [fromPending!, fromGet!]) {
        item.status = 'resolved';
        item.createdAt.setTime(0);
        (item.metadata['list'] as number[]).push(2);
        (item.metadata['nested'] as Record<string, string>)['a'] = 'changed';
      }
      const again = await store.getConflict(userId, id);
      assert.equal(again?.status, 'pending');
      assert.notEqual(again?.createdAt.getTime(), 0);
      assert.deepEqual(again?.metadata, { list: [1], nested: { a: 'b' } });
    }),
  );

  it(
    'keeps its own copy of what it was given',
    withStore(async (store) => {
      const userId = randomId('user');
      const input = conflict(userId, { createdAt: new Date('2025-01-01T00:00:00.000Z'), metadata: { list: [1] } });
      const id = await store.addConflict(input);
      input.category = 'changed';
      input.createdAt!.setTime(0);
      (input.metadata!['list'] as number[]).push(2);
      const stored = await store.getConflict(userId, id);
      assert.equal(stored?.category, 'location');
      assert.equal(stored?.createdAt.toISOString(), '2025-01-01T00:00:00.000Z');
      assert.deepEqual(stored?.metadata, { list: [1] });
    }),
  );

  it(
    'loses nothing to 200 parallel writers',
    withStore(async (store) => {
      const userId = randomId('user');
      const ids = await Promise.all(Array.from({ length: 200 }, (_, i) => store.addConflict(conflict(userId, { metadata: { i } }))));
      assert.equal(new Set(ids).size, 200);
      assert.equal(await store.getConflictCount(userId), 200);
      assert.equal((await store.getPendingConflicts(userId)).length, 200);
      const stored = await Promise.all(ids.map((id) => store.getConflict(userId, id)));
      assert.deepEqual(
        stored.map((item) => item?.metadata['i']),
        ids.map((_, i) => i),
      );
    }),
  );

  it('close can be called twice; every other method then rejects with STORE_CLOSED', async () => {
    const store = await open();
    const userId = randomId('user');
    const id = await store.addConflict(conflict(userId));
    await store.close();
    await store.close();
    const calls: [string, () => Promise<unknown>][] = [
      ['addConflict', () => store.addConflict(conflict(userId))],
      ['getConflict', () => store.getConflict(userId, id)],
      ['getPendingConflicts', () => store.getPendingConflicts(userId)],
      ['listConflicts', () => store.listConflicts(userId)],
      ['resolveConflict', () => store.resolveConflict(userId, id, resolution(id))],
      ['escalateConflict', () => store.escalateConflict(userId, id)],
      ['getConflictCount', () => store.getConflictCount(userId)],
      ['clearUserConflicts', () => store.clearUserConflicts(userId)],
    ];
    for (const [what, call] of calls) await assertRejectsWith(call, 'STORE_CLOSED', `${what} after close`);
  });

  if (persistent) {
    it('keeps conflicts and their changes across close and re-open', async () => {
      const userId = randomId('user');
      const first = await open();
      const ids: string[] = [];
      try {
        for (let i = 0; i < 3; i++) ids.push(await first.addConflict(conflict(userId, { metadata: { i, nested: { ok: true } } })));
        await first.resolveConflict(userId, ids[0]!, resolution(ids[0]!, { decision: 'keep_b', notes: 'kept', resolvedBy: userId }));
        await first.escalateConflict(userId, ids[1]!);
      } finally {
        await first.close();
      }
      const second = await open();
      try {
        const resolved = await second.getConflict(userId, ids[0]!);
        assert.equal(resolved?.status, 'resolved');
        assert.equal(resolved?.resolutionDecision, 'keep_b');
        assert.equal(resolved?.resolvedBy, userId);
        assert.equal(resolved?.resolutionNotes, 'kept');
        assert.ok(resolved?.resolvedAt instanceof Date);
        assert.equal((await second.getConflict(userId, ids[1]!))?.resolutionAttempts, 1);
        assert.deepEqual((await second.getConflict(userId, ids[2]!))?.metadata, { i: 2, nested: { ok: true } });
        assert.equal(await second.getConflictCount(userId, 'resolved'), 1);
        assert.equal((await second.getPendingConflicts(userId)).length, 2);
      } finally {
        await second.clearUserConflicts(userId);
        await second.close();
      }
    });
  }
}
