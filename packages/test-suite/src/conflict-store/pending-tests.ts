import assert from 'node:assert/strict';
import { randomId } from '../random-id';
import { type ConflictHarness, conflict, resolution } from './conflict-fixtures';

export function registerPendingTests({ it, withStore }: ConflictHarness): void {
  it(
    'lists pending and escalated conflicts, never resolved ones',
    withStore(async (store) => {
      const userId = randomId('user');
      const pending = await store.addConflict(conflict(userId, { avgImportance: 0.5 }));
      const escalated = await store.addConflict(conflict(userId, { avgImportance: 0.6 }));
      const resolved = await store.addConflict(conflict(userId, { avgImportance: 0.9 }));
      await store.escalateConflict(userId, escalated);
      await store.resolveConflict(userId, resolved, resolution(resolved));
      const ids = (await store.getPendingConflicts(userId)).map((item) => item.id);
      assert.deepEqual(ids, [escalated, pending]);
    }),
  );

  it(
    'orders by avgImportance, highest first, then oldest first',
    withStore(async (store) => {
      const userId = randomId('user');
      const at = (minute: number) => new Date(Date.UTC(2025, 0, 1, 0, minute));
      const rows: [string, number, Date][] = [
        ['mid-new', 0.5, at(9)],
        ['low', 0.1, at(0)],
        ['high', 0.9, at(5)],
        ['mid-old', 0.5, at(1)],
        ['top', 1, at(7)],
      ];
      for (const [label, avgImportance, createdAt] of rows) {
        await store.addConflict(conflict(userId, { avgImportance, createdAt, metadata: { label } }));
      }
      const labels = (await store.getPendingConflicts(userId)).map((item) => item.metadata['label']);
      assert.deepEqual(labels, ['top', 'high', 'mid-old', 'mid-new', 'low']);
    }),
  );

  it(
    'breaks ties of importance and age by id, so every backend gives the same order',
    withStore(async (store) => {
      const userId = randomId('user');
      const prefix = randomId('conflict');
      const createdAt = new Date('2025-01-01T00:00:00.000Z');
      for (const suffix of ['b', 'c', 'a'])
        await store.addConflict(conflict(userId, { id: `${prefix}-${suffix}`, avgImportance: 0.5, createdAt }));
      assert.deepEqual(
        (await store.getPendingConflicts(userId)).map((item) => item.id),
        ['a', 'b', 'c'].map((suffix) => `${prefix}-${suffix}`),
      );
    }),
  );

  it(
    'limit keeps the first n; 0 gives none; no limit gives all',
    withStore(async (store) => {
      const userId = randomId('user');
      for (let i = 0; i < 5; i++) await store.addConflict(conflict(userId, { avgImportance: i / 10 }));
      const top3 = await store.getPendingConflicts(userId, { limit: 3 });
      assert.deepEqual(
        top3.map((item) => item.avgImportance),
        [0.4, 0.3, 0.2],
      );
      assert.deepEqual(await store.getPendingConflicts(userId, { limit: 0 }), []);
      assert.equal((await store.getPendingConflicts(userId, { limit: 50 })).length, 5);
      assert.equal((await store.getPendingConflicts(userId)).length, 5);
      assert.equal((await store.getPendingConflicts(userId, {})).length, 5);
    }),
  );

  it(
    'a user without conflicts has none pending',
    withStore(async (store) => {
      assert.deepEqual(await store.getPendingConflicts(randomId('nobody')), []);
    }),
  );
}
