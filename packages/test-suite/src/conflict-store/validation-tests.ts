import assert from 'node:assert/strict';
import { assertRejectsWith } from '../assert-rejects-with';
import { randomId } from '../random-id';
import { conflict, type ConflictHarness } from './conflict-fixtures';

/** Deliberately bad input, typed loosely as JavaScript callers would send it. */
type Loose = never;

export function registerValidationTests({ it, withStore }: ConflictHarness): void {
  it('rejects invalid conflicts, naming the field, and stores nothing', withStore(async (store) => {
    const userId = randomId('user');
    const same = randomId('memory');
    const cases: [Record<string, unknown>, string][] = [
      [{ ...conflict(userId), userId: undefined }, 'userId'],
      [{ ...conflict(userId), userId: '  ' }, 'userId'],
      [{ ...conflict(userId), memoryAId: '' }, 'memoryAId'],
      [{ ...conflict(userId), memoryAId: same, memoryBId: same }, 'memoryBId'],
      [{ ...conflict(userId), similarityScore: 1.01 }, 'similarityScore'],
      [{ ...conflict(userId), similarityScore: Number.NaN }, 'similarityScore'],
      [{ ...conflict(userId), avgImportance: -0.5 }, 'avgImportance'],
      [{ ...conflict(userId), status: 'open' }, 'status'],
      [{ ...conflict(userId), resolutionAttempts: -1 }, 'resolutionAttempts'],
      [{ ...conflict(userId), clarificationHint: '' }, 'clarificationHint'],
      [{ ...conflict(userId), category: '' }, 'category'],
      [{ ...conflict(userId), createdAt: '2025-01-01' }, 'createdAt'],
      [{ ...conflict(userId), memory_a_id: 'x' }, 'conflict'],
      [{ ...conflict(userId), metadata: { when: new Date() } }, 'metadata'],
      [{ ...conflict(userId), metadata: { score: Number.NaN } }, 'metadata'],
      [{ ...conflict(userId), metadata: { callback: () => 1 } }, 'metadata'],
      [{ ...conflict(userId), metadata: ['not', 'an', 'object'] }, 'metadata'],
    ];
    for (const [input, field] of cases) {
      const error = await assertRejectsWith(() => store.addConflict(input as Loose), 'VALIDATION_ERROR', `addConflict ${field}`);
      assert.match(error.message, new RegExp(field), `the message names ${field}: ${error.message}`);
    }
    assert.equal(await store.getConflictCount(userId), 0);
  }));

  it('rejects a taken id with ConflictStateError and keeps the first conflict', withStore(async (store) => {
    const userId = randomId('user');
    const id = randomId('conflict');
    await store.addConflict(conflict(userId, { id, category: 'first' }));
    await assertRejectsWith(() => store.addConflict(conflict(userId, { id, category: 'second' })), 'CONFLICT_STATE', 'duplicate id');
    assert.equal((await store.getConflict(id))?.category, 'first');
    assert.equal(await store.getConflictCount(userId), 1);
  }));

  it('rejects blank ids and user ids', withStore(async (store) => {
    for (const id of ['', '  ', undefined, 7]) {
      await assertRejectsWith(() => store.getConflict(id as Loose), 'VALIDATION_ERROR', 'getConflict');
      await assertRejectsWith(() => store.escalateConflict(id as Loose), 'VALIDATION_ERROR', 'escalateConflict');
      await assertRejectsWith(
        () => store.resolveConflict(id as Loose, { conflictId: 'x', decision: 'keep_a', resolutionType: 'manual', resolvedBy: 'u' }),
        'VALIDATION_ERROR',
        'resolveConflict',
      );
      await assertRejectsWith(() => store.getPendingConflicts(id as Loose), 'VALIDATION_ERROR', 'getPendingConflicts');
      await assertRejectsWith(() => store.getConflictCount(id as Loose), 'VALIDATION_ERROR', 'getConflictCount');
      await assertRejectsWith(() => store.clearUserConflicts(id as Loose), 'VALIDATION_ERROR', 'clearUserConflicts');
    }
  }));

  it('rejects unknown statuses and bad limits', withStore(async (store) => {
    const userId = randomId('user');
    await store.addConflict(conflict(userId));
    await assertRejectsWith(() => store.getConflictCount(userId, 'open' as Loose), 'VALIDATION_ERROR', 'count status');
    await assertRejectsWith(() => store.clearUserConflicts(userId, 'done' as Loose), 'VALIDATION_ERROR', 'clear status');
    for (const limit of [-1, 1.5, Number.NaN, '3']) {
      await assertRejectsWith(() => store.getPendingConflicts(userId, { limit } as Loose), 'VALIDATION_ERROR', `limit ${String(limit)}`);
    }
    assert.equal(await store.getConflictCount(userId), 1);
  }));
}
