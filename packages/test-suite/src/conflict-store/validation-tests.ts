import assert from 'node:assert/strict';
import type { MemoryConflictInput } from '@casual-memory/core';
import { assertRejectsWith } from '../assert-rejects-with';
import { BAD_IDS, badIdPositions, describeBadId } from '../bad-ids';
import { randomId } from '../random-id';
import { type ConflictHarness, conflict, resolution } from './conflict-fixtures';

/** Deliberately bad input, typed loosely as JavaScript callers would send it. */
type Loose = never;

/** A consistent resolved keep_a conflict for `userId`; override any field. */
function resolvedConflict(userId: string, extra: Record<string, unknown> = {}): Record<string, unknown> {
  const base = conflict(userId, { memoryAId: 'memory-a', memoryBId: 'memory-b' });
  return {
    ...base,
    status: 'resolved',
    resolvedAt: new Date('2025-01-02T00:00:00.000Z'),
    resolutionType: 'manual',
    resolutionDecision: 'keep_a',
    resolvedBy: 'system',
    winningMemoryId: 'memory-a',
    ...extra,
  };
}

/** Records that contradict themselves, with the field the error must name. */
function inconsistentConflicts(userId: string): [string, Record<string, unknown>, string][] {
  const pending = (extra: Record<string, unknown>, status = 'pending') => ({
    ...conflict(userId, { memoryAId: 'memory-a', memoryBId: 'memory-b' }),
    status,
    ...extra,
  });
  return [
    [
      'resolved without a decision',
      resolvedConflict(userId, { resolutionDecision: undefined, winningMemoryId: undefined }),
      'resolutionDecision',
    ],
    ['resolved without resolvedAt', resolvedConflict(userId, { resolvedAt: undefined }), 'resolvedAt'],
    ['resolved without a resolution type', resolvedConflict(userId, { resolutionType: undefined }), 'resolutionType'],
    ['resolved without resolvedBy', resolvedConflict(userId, { resolvedBy: undefined }), 'resolvedBy'],
    ['resolved with a winner that is neither memory', resolvedConflict(userId, { winningMemoryId: 'memory-c' }), 'winningMemoryId'],
    ['keep_a with memory B as the winner', resolvedConflict(userId, { winningMemoryId: 'memory-b' }), 'winningMemoryId'],
    ['keep_a without a winner', resolvedConflict(userId, { winningMemoryId: undefined }), 'winningMemoryId'],
    ['keep_b with memory A as the winner', resolvedConflict(userId, { resolutionDecision: 'keep_b' }), 'winningMemoryId'],
    ['both_valid with a winner', resolvedConflict(userId, { resolutionDecision: 'both_valid' }), 'winningMemoryId'],
    ['merge with a winner', resolvedConflict(userId, { resolutionDecision: 'merge', mergedText: 'merged' }), 'winningMemoryId'],
    ['merge without mergedText', resolvedConflict(userId, { resolutionDecision: 'merge', winningMemoryId: undefined }), 'mergedText'],
    ['keep_a with mergedText', resolvedConflict(userId, { mergedText: 'merged' }), 'mergedText'],
    ['pending with resolvedAt', pending({ resolvedAt: new Date() }), 'resolvedAt'],
    ['pending with a resolution type', pending({ resolutionType: 'manual' }), 'resolutionType'],
    ['pending with a decision', pending({ resolutionDecision: 'keep_a' }), 'resolutionDecision'],
    ['pending with resolvedBy', pending({ resolvedBy: 'system' }), 'resolvedBy'],
    ['pending with notes', pending({ resolutionNotes: 'notes' }), 'resolutionNotes'],
    ['pending with mergedText', pending({ mergedText: 'merged' }), 'mergedText'],
    ['pending with a winner', pending({ winningMemoryId: 'memory-a' }), 'winningMemoryId'],
    ['escalated with resolvedBy', pending({ resolvedBy: 'system' }, 'escalated'), 'resolvedBy'],
    ['escalated with a winner', pending({ winningMemoryId: 'memory-b' }, 'escalated'), 'winningMemoryId'],
    ['escalated with a full resolution', { ...resolvedConflict(userId), status: 'escalated' }, 'resolvedAt'],
  ];
}

export function registerValidationTests({ it, withStore }: ConflictHarness): void {
  it(
    'rejects invalid conflicts, naming the field, and stores nothing',
    withStore(async (store) => {
      const userId = randomId('user');
      const same = randomId('memory');
      const cases: [Record<string, unknown>, string][] = [
        [{ ...conflict(userId), userId: undefined }, 'userId'],
        [{ ...conflict(userId), userId: '  ' }, 'userId'],
        [{ ...conflict(userId), id: ' ' }, 'id'],
        [{ ...conflict(userId), id: 42 }, 'id'],
        [{ ...conflict(userId), memoryAId: '' }, 'memoryAId'],
        [{ ...conflict(userId), memoryAId: same, memoryBId: same }, 'memoryBId'],
        [{ ...conflict(userId), similarityScore: 1.01 }, 'similarityScore'],
        [{ ...conflict(userId), similarityScore: Number.NaN }, 'similarityScore'],
        [{ ...conflict(userId), avgImportance: -0.5 }, 'avgImportance'],
        [{ ...conflict(userId), status: 'open' }, 'status'],
        [{ ...conflict(userId), resolutionAttempts: -1 }, 'resolutionAttempts'],
        [{ ...conflict(userId), resolutionAttempts: 1.5 }, 'resolutionAttempts'],
        [{ ...conflict(userId), clarificationHint: '' }, 'clarificationHint'],
        [{ ...conflict(userId), category: '' }, 'category'],
        [{ ...conflict(userId), createdAt: '2025-01-01' }, 'createdAt'],
        [{ ...conflict(userId), createdAt: new Date('not a date') }, 'createdAt'],
        [{ ...conflict(userId), memory_a_id: 'x' }, 'conflict'],
        [{ ...conflict(userId), metadata: { when: new Date() } }, 'metadata'],
        [{ ...conflict(userId), metadata: { score: Number.NaN } }, 'metadata'],
        [{ ...conflict(userId), metadata: { callback: () => 1 } }, 'metadata'],
        [{ ...conflict(userId), metadata: { list: [undefined] } }, 'metadata'],
        [{ ...conflict(userId), metadata: { map: new Map() } }, 'metadata'],
        [{ ...conflict(userId), metadata: ['not', 'an', 'object'] }, 'metadata'],
        [{ ...conflict(userId), metadata: null }, 'metadata'],
      ];
      for (const [input, field] of cases) {
        const error = await assertRejectsWith(() => store.addConflict(input as Loose), 'VALIDATION_ERROR', `addConflict ${field}`);
        assert.match(error.message, new RegExp(field), `the message names ${field}: ${error.message}`);
      }
      for (const input of [undefined, null, 'conflict', 42, [conflict(userId)]]) {
        await assertRejectsWith(() => store.addConflict(input as Loose), 'VALIDATION_ERROR', `addConflict(${JSON.stringify(input)})`);
      }
      assert.equal(await store.getConflictCount(userId), 0);
    }),
  );

  it(
    'rejects records whose resolution fields contradict their status or decision, storing nothing',
    withStore(async (store) => {
      const userId = randomId('user');
      for (const [what, input, field] of inconsistentConflicts(userId)) {
        const id = randomId('conflict');
        const error = await assertRejectsWith(() => store.addConflict({ ...input, id } as Loose), 'VALIDATION_ERROR', what);
        assert.match(error.message, new RegExp(field), `${what}: the message names ${field}: ${error.message}`);
        assert.equal(await store.getConflict(userId, id), null, `${what}: nothing stored`);
      }
      assert.equal(await store.getConflictCount(userId), 0);
      // The consistent record they were made from is accepted.
      const id = await store.addConflict(resolvedConflict(userId) as unknown as MemoryConflictInput);
      assert.equal((await store.getConflict(userId, id))?.winningMemoryId, 'memory-a');
    }),
  );

  it(
    'rejects blank or non-string ids and user ids in every method',
    withStore(async (store) => {
      const userId = randomId('user');
      const id = await store.addConflict(conflict(userId));
      const before = await store.getConflict(userId, id);
      for (const bad of BAD_IDS) {
        const what = describeBadId(bad);
        for (const [user, conflictId] of badIdPositions(bad, userId, id)) {
          await assertRejectsWith(() => store.getConflict(user, conflictId), 'VALIDATION_ERROR', `getConflict with ${what}`);
          await assertRejectsWith(() => store.escalateConflict(user, conflictId), 'VALIDATION_ERROR', `escalateConflict with ${what}`);
          await assertRejectsWith(
            () => store.resolveConflict(user, conflictId, resolution(id)),
            'VALIDATION_ERROR',
            `resolveConflict with ${what}`,
          );
        }
        const user = bad as Loose;
        await assertRejectsWith(() => store.getPendingConflicts(user), 'VALIDATION_ERROR', `getPendingConflicts with ${what}`);
        await assertRejectsWith(() => store.getConflictCount(user), 'VALIDATION_ERROR', `getConflictCount with ${what}`);
        await assertRejectsWith(() => store.clearUserConflicts(user), 'VALIDATION_ERROR', `clearUserConflicts with ${what}`);
      }
      assert.deepEqual(await store.getConflict(userId, id), before);
    }),
  );

  it(
    'rejects calls in the old argument order (id first)',
    withStore(async (store) => {
      const userId = randomId('user');
      const id = await store.addConflict(conflict(userId));
      await assertRejectsWith(() => (store.getConflict as (id: string) => Promise<unknown>)(id), 'VALIDATION_ERROR', 'getConflict(id)');
      await assertRejectsWith(
        () => (store.escalateConflict as (id: string) => Promise<unknown>)(id),
        'VALIDATION_ERROR',
        'escalateConflict(id)',
      );
      await assertRejectsWith(
        () => store.resolveConflict(id, resolution(id) as Loose, undefined as Loose),
        'VALIDATION_ERROR',
        'resolveConflict(id, resolution)',
      );
      assert.equal((await store.getConflict(userId, id))?.status, 'pending');
    }),
  );

  it(
    'rejects unknown statuses, bad limits and unknown option keys',
    withStore(async (store) => {
      const userId = randomId('user');
      await store.addConflict(conflict(userId));
      await assertRejectsWith(() => store.getConflictCount(userId, 'open' as Loose), 'VALIDATION_ERROR', 'count status');
      await assertRejectsWith(() => store.clearUserConflicts(userId, 'done' as Loose), 'VALIDATION_ERROR', 'clear status');
      for (const options of [
        { limit: -1 },
        { limit: 1.5 },
        { limit: Number.NaN },
        { limit: Number.POSITIVE_INFINITY },
        { limit: '3' },
        { limt: 3 },
        { topK: 3 },
        3,
        'all',
      ]) {
        await assertRejectsWith(
          () => store.getPendingConflicts(userId, options as Loose),
          'VALIDATION_ERROR',
          `options ${JSON.stringify(options)}`,
        );
      }
      assert.equal(await store.getConflictCount(userId), 1);
    }),
  );
}
