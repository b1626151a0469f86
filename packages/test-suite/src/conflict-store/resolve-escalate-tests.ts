import assert from 'node:assert/strict';
import type { MemoryConflict } from '@casual-memory/core';
import { assertRejectsWith } from '../assert-rejects-with';
import { randomId } from '../random-id';
import { type ConflictHarness, conflict, resolution } from './conflict-fixtures';

/** Asserts `resolvedAt` is about now, then returns the conflict without it for exact comparison. */
function withoutRecentResolvedAt(stored: MemoryConflict | null, before: number): Omit<MemoryConflict, 'resolvedAt'> {
  assert.ok(stored, 'the conflict exists');
  const { resolvedAt, ...rest } = stored;
  assert.ok(resolvedAt instanceof Date, 'resolvedAt is a Date');
  assert.ok(
    resolvedAt.getTime() >= before - 1000 && resolvedAt.getTime() <= Date.now() + 1000,
    `resolvedAt ${resolvedAt.toISOString()} is not about now`,
  );
  return rest;
}

export function registerResolveEscalateTests({ it, withStore }: ConflictHarness): void {
  it(
    'keep_a resolves with memory A as the winner, recording decision, who, how, when and notes in the conflict',
    withStore(async (store) => {
      const userId = randomId('user');
      const metadata = { memoryAText: 'I live in London', resolvedBy: "the caller's own key", resolutionDecision: "also the caller's" };
      const id = await store.addConflict(conflict(userId, { metadata }));
      const pending = await store.getConflict(userId, id);
      const before = Date.now();
      assert.equal(await store.resolveConflict(userId, id, resolution(id, { notes: 'asked in chat', resolvedBy: 'user-7' })), true);
      assert.deepEqual(withoutRecentResolvedAt(await store.getConflict(userId, id), before), {
        ...pending,
        status: 'resolved',
        resolutionType: 'manual',
        resolutionDecision: 'keep_a',
        resolvedBy: 'user-7',
        resolutionNotes: 'asked in chat',
        winningMemoryId: pending?.memoryAId,
        metadata,
      });
    }),
  );

  it(
    'keep_b makes memory B the winner; without notes there are no resolutionNotes',
    withStore(async (store) => {
      const userId = randomId('user');
      const id = await store.addConflict(conflict(userId));
      const pending = await store.getConflict(userId, id);
      const before = Date.now();
      await store.resolveConflict(userId, id, resolution(id, { decision: 'keep_b', resolutionType: 'conversational' }));
      assert.deepEqual(withoutRecentResolvedAt(await store.getConflict(userId, id), before), {
        ...pending,
        status: 'resolved',
        resolutionType: 'conversational',
        resolutionDecision: 'keep_b',
        resolvedBy: 'user-1',
        winningMemoryId: pending?.memoryBId,
      });
    }),
  );

  it(
    "merge keeps the merged text and no winner; both_valid has neither; metadata stays the caller's",
    withStore(async (store) => {
      const userId = randomId('user');
      const merged = await store.addConflict(conflict(userId, { metadata: { mine: true } }));
      const both = await store.addConflict(conflict(userId));
      const before = Date.now();
      await store.resolveConflict(
        userId,
        merged,
        resolution(merged, {
          decision: 'merge',
          confirmingMemoryText: 'I live in London and Paris',
          resolutionType: 'automated',
          resolvedBy: 'system',
          notes: '',
        }),
      );
      await store.resolveConflict(userId, both, resolution(both, { decision: 'both_valid' }));
      const mergedConflict = withoutRecentResolvedAt(await store.getConflict(userId, merged), before);
      assert.equal(mergedConflict.status, 'resolved');
      assert.equal(mergedConflict.resolutionDecision, 'merge');
      assert.equal(mergedConflict.resolutionType, 'automated');
      assert.equal(mergedConflict.resolvedBy, 'system');
      assert.equal(mergedConflict.mergedText, 'I live in London and Paris');
      assert.equal(mergedConflict.resolutionNotes, '', 'empty notes are kept as given');
      assert.equal('winningMemoryId' in mergedConflict, false);
      assert.deepEqual(mergedConflict.metadata, { mine: true });
      const bothConflict = withoutRecentResolvedAt(await store.getConflict(userId, both), before);
      assert.equal(bothConflict.resolutionDecision, 'both_valid');
      for (const field of ['winningMemoryId', 'mergedText', 'resolutionNotes'])
        assert.equal(field in bothConflict, false, `both_valid has no ${field}`);
      assert.deepEqual(bothConflict.metadata, {});
    }),
  );

  it(
    'a resolved conflict cannot be resolved again',
    withStore(async (store) => {
      const userId = randomId('user');
      const id = await store.addConflict(conflict(userId));
      await store.resolveConflict(userId, id, resolution(id));
      const first = await store.getConflict(userId, id);
      assert.equal(await store.resolveConflict(userId, id, resolution(id, { decision: 'keep_b', resolvedBy: 'someone-else' })), false);
      assert.deepEqual(await store.getConflict(userId, id), first);
    }),
  );

  it(
    'an escalated conflict can still be resolved, keeping its attempts',
    withStore(async (store) => {
      const userId = randomId('user');
      const id = await store.addConflict(conflict(userId));
      await store.escalateConflict(userId, id);
      assert.equal(await store.resolveConflict(userId, id, resolution(id)), true);
      const stored = await store.getConflict(userId, id);
      assert.equal(stored?.status, 'resolved');
      assert.equal(stored?.resolutionAttempts, 1);
      assert.equal(stored?.resolutionDecision, 'keep_a');
    }),
  );

  it(
    'resolving an unknown id is false',
    withStore(async (store) => {
      const id = randomId('missing');
      assert.equal(await store.resolveConflict(randomId('user'), id, resolution(id)), false);
    }),
  );

  it(
    'rejects a resolution naming another conflict, changing nothing',
    withStore(async (store) => {
      const userId = randomId('user');
      const id = await store.addConflict(conflict(userId));
      await assertRejectsWith(
        () => store.resolveConflict(userId, id, resolution(randomId('other'))),
        'VALIDATION_ERROR',
        'conflictId mismatch',
      );
      assert.equal((await store.getConflict(userId, id))?.status, 'pending');
    }),
  );

  it(
    'rejects bad resolutions, changing nothing',
    withStore(async (store) => {
      const userId = randomId('user');
      const id = await store.addConflict(conflict(userId));
      const before = await store.getConflict(userId, id);
      const bad: [string, unknown][] = [
        ['a merge without the merged text', resolution(id, { decision: 'merge' })],
        ['merged text for keep_a', resolution(id, { confirmingMemoryText: 'only merges have this' })],
        ['merged text for both_valid', resolution(id, { decision: 'both_valid', confirmingMemoryText: 'only merges have this' })],
        ['a blank merged text', resolution(id, { decision: 'merge', confirmingMemoryText: '  ' })],
        ['an unknown decision', resolution(id, { decision: 'keep_both' as never })],
        ['an unknown resolution type', resolution(id, { resolutionType: 'magic' as never })],
        ['a blank resolvedBy', resolution(id, { resolvedBy: ' ' })],
        ['no resolvedBy', { conflictId: id, decision: 'keep_a', resolutionType: 'manual' }],
        ['an unknown key', { ...resolution(id), winningMemoryId: 'x' }],
        ['non-string notes', resolution(id, { notes: 42 as never })],
        ['no resolution', undefined],
      ];
      for (const [what, value] of bad) {
        await assertRejectsWith(() => store.resolveConflict(userId, id, value as never), 'VALIDATION_ERROR', what);
      }
      assert.deepEqual(await store.getConflict(userId, id), before);
    }),
  );

  it(
    'of 100 racing resolutions exactly one wins, and its decision is stored',
    withStore(async (store) => {
      const userId = randomId('user');
      const input = conflict(userId);
      const id = await store.addConflict(input);
      const decisions = Array.from({ length: 100 }, (_, i) => (i % 2 === 0 ? 'keep_a' : 'keep_b') as 'keep_a' | 'keep_b');
      const results = await Promise.all(
        decisions.map((decision, i) => store.resolveConflict(userId, id, resolution(id, { decision, resolvedBy: `resolver-${i}` }))),
      );
      assert.equal(results.filter(Boolean).length, 1);
      const winner = results.indexOf(true);
      const stored = await store.getConflict(userId, id);
      assert.equal(stored?.resolvedBy, `resolver-${winner}`);
      assert.equal(stored?.resolutionDecision, decisions[winner]);
      assert.equal(stored?.winningMemoryId, decisions[winner] === 'keep_a' ? input.memoryAId : input.memoryBId);
      assert.deepEqual(stored?.metadata, {});
    }),
  );

  it(
    'escalateConflict marks it escalated and counts each attempt',
    withStore(async (store) => {
      const userId = randomId('user');
      const id = await store.addConflict(conflict(userId));
      assert.equal(await store.escalateConflict(userId, id), true);
      assert.equal((await store.getConflict(userId, id))?.status, 'escalated');
      assert.equal((await store.getConflict(userId, id))?.resolutionAttempts, 1);
      assert.equal(await store.escalateConflict(userId, id), true);
      const stored = await store.getConflict(userId, id);
      assert.equal(stored?.resolutionAttempts, 2);
      assert.equal('resolvedAt' in stored!, false);
    }),
  );

  it(
    'of 50 parallel escalations every one is counted',
    withStore(async (store) => {
      const userId = randomId('user');
      const id = await store.addConflict(conflict(userId));
      const results = await Promise.all(Array.from({ length: 50 }, () => store.escalateConflict(userId, id)));
      assert.ok(results.every(Boolean));
      assert.equal((await store.getConflict(userId, id))?.resolutionAttempts, 50);
    }),
  );

  it(
    'escalating a resolved or unknown conflict is false and changes nothing',
    withStore(async (store) => {
      const userId = randomId('user');
      const id = await store.addConflict(conflict(userId));
      await store.resolveConflict(userId, id, resolution(id));
      const before = await store.getConflict(userId, id);
      assert.equal(await store.escalateConflict(userId, id), false);
      assert.deepEqual(await store.getConflict(userId, id), before);
      assert.equal(await store.escalateConflict(userId, randomId('missing')), false);
    }),
  );
}
