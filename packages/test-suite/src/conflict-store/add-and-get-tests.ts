import assert from 'node:assert/strict';
import type { MemoryConflict, ResolutionDecision } from '@casual-memory/core';
import { randomId } from '../random-id';
import { type ConflictHarness, conflict, RESOLUTION_FIELDS } from './conflict-fixtures';

export function registerAddAndGetTests({ it, withStore }: ConflictHarness): void {
  it(
    'addConflict returns the id it was given',
    withStore(async (store) => {
      const id = randomId('conflict');
      assert.equal(await store.addConflict(conflict(randomId('user'), { id })), id);
    }),
  );

  it(
    'generates a uuid when no id is given',
    withStore(async (store) => {
      const userId = randomId('user');
      const id = await store.addConflict(conflict(userId));
      assert.match(id, /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/);
      assert.equal((await store.getConflict(userId, id))?.id, id);
    }),
  );

  it(
    'fills in defaults and carries no resolution fields',
    withStore(async (store) => {
      const userId = randomId('user');
      const before = Date.now();
      const id = await store.addConflict(conflict(userId));
      const stored = await store.getConflict(userId, id);
      assert.ok(stored);
      assert.equal(stored.status, 'pending');
      assert.equal(stored.resolutionAttempts, 0);
      assert.equal(stored.isSingletonCategory, false);
      assert.deepEqual(stored.metadata, {});
      assert.ok(stored.createdAt instanceof Date);
      assert.ok(stored.createdAt.getTime() >= before - 1000 && stored.createdAt.getTime() <= Date.now() + 1000);
      for (const field of RESOLUTION_FIELDS) assert.equal(field in stored, false, `${field} stays absent`);
    }),
  );

  it(
    'round-trips every field exactly',
    withStore(async (store) => {
      const userId = randomId('user');
      const input = conflict(userId, {
        id: randomId('conflict'),
        category: 'job',
        isSingletonCategory: true,
        similarityScore: 0.9312,
        avgImportance: 0.65,
        createdAt: new Date('2025-06-07T08:09:10.123Z'),
        status: 'escalated',
        resolutionAttempts: 2,
        clarificationHint: 'What is your current job — «really»?',
        metadata: {
          memoryAText: 'I work as a teacher',
          nested: { list: [1, 'two', null, true, { deep: 'ünïcode ✓' }] },
          score: 0.5,
          resolvedBy: "the caller's own key",
        },
      });
      const id = await store.addConflict(input);
      assert.deepEqual(await store.getConflict(userId, id), input);
    }),
  );

  it(
    'round-trips a conflict added as resolved, for every decision',
    withStore(async (store) => {
      const userId = randomId('user');
      const decisions: ResolutionDecision[] = ['keep_a', 'keep_b', 'merge', 'both_valid'];
      for (const decision of decisions) {
        const input: MemoryConflict = {
          ...(conflict(userId) as MemoryConflict),
          id: randomId('conflict'),
          isSingletonCategory: false,
          createdAt: new Date('2025-01-01T00:00:00.000Z'),
          status: 'resolved',
          resolutionAttempts: 1,
          resolvedAt: new Date('2025-01-02T00:00:00.000Z'),
          resolutionType: 'manual',
          resolutionDecision: decision,
          resolvedBy: 'system',
          resolutionNotes: `imported ${decision}`,
          metadata: { importedFrom: 'another store' },
        };
        if (decision === 'keep_a') input.winningMemoryId = input.memoryAId;
        if (decision === 'keep_b') input.winningMemoryId = input.memoryBId;
        if (decision === 'merge') input.mergedText = 'I live in London and Paris';
        const id = await store.addConflict(input);
        assert.deepEqual(await store.getConflict(userId, id), input, decision);
      }
      assert.equal(await store.getConflictCount(userId, 'resolved'), 4);
      assert.deepEqual(await store.getPendingConflicts(userId), []);
    }),
  );

  it(
    'getConflict of an unknown id is null',
    withStore(async (store) => {
      assert.equal(await store.getConflict(randomId('user'), randomId('missing')), null);
    }),
  );
}
