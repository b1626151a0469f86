import assert from 'node:assert/strict';
import type { ConflictResolution } from '@casual-memory/core';
import { assertRejectsWith } from '../assert-rejects-with';
import { randomId } from '../random-id';
import { conflict, type ConflictHarness } from './conflict-fixtures';

function resolution(conflictId: string, extra: Partial<ConflictResolution> = {}): ConflictResolution {
  return { conflictId, decision: 'keep_a', resolutionType: 'manual', resolvedBy: 'user-1', ...extra };
}

export function registerResolveEscalateTests({ it, withStore }: ConflictHarness): void {
  it('keep_a resolves with memory A as the winner, recording how', withStore(async (store) => {
    const input = conflict(randomId('user'), { metadata: { memoryAText: 'I live in London' } });
    const id = await store.addConflict(input);
    const before = Date.now();
    assert.equal(await store.resolveConflict(id, resolution(id, { notes: 'asked in chat' })), true);
    const stored = await store.getConflict(id);
    assert.equal(stored?.status, 'resolved');
    assert.equal(stored?.winningMemoryId, input.memoryAId);
    assert.equal(stored?.resolutionType, 'manual');
    assert.ok(stored?.resolvedAt instanceof Date);
    assert.ok(stored.resolvedAt.getTime() >= before - 1000 && stored.resolvedAt.getTime() <= Date.now() + 1000);
    assert.deepEqual(stored.metadata, { memoryAText: 'I live in London', resolutionDecision: 'keep_a', resolvedBy: 'user-1', resolutionNotes: 'asked in chat' });
  }));

  it('keep_b makes memory B the winner', withStore(async (store) => {
    const input = conflict(randomId('user'));
    const id = await store.addConflict(input);
    await store.resolveConflict(id, resolution(id, { decision: 'keep_b', resolutionType: 'conversational' }));
    const stored = await store.getConflict(id);
    assert.equal(stored?.winningMemoryId, input.memoryBId);
    assert.equal(stored?.resolutionType, 'conversational');
  }));

  it('merge and both_valid leave no single winner; merge keeps the merged text', withStore(async (store) => {
    const userId = randomId('user');
    const merged = await store.addConflict(conflict(userId));
    const both = await store.addConflict(conflict(userId));
    await store.resolveConflict(merged, resolution(merged, { decision: 'merge', confirmingMemoryText: 'I live in London and Paris', resolutionType: 'automated', resolvedBy: 'system' }));
    await store.resolveConflict(both, resolution(both, { decision: 'both_valid' }));
    const mergedConflict = await store.getConflict(merged);
    assert.equal(mergedConflict?.status, 'resolved');
    assert.equal('winningMemoryId' in mergedConflict!, false);
    assert.equal(mergedConflict?.metadata['confirmingMemoryText'], 'I live in London and Paris');
    assert.equal(mergedConflict?.metadata['resolvedBy'], 'system');
    const bothConflict = await store.getConflict(both);
    assert.equal('winningMemoryId' in bothConflict!, false);
    assert.equal(bothConflict?.metadata['resolutionDecision'], 'both_valid');
  }));

  it('a resolved conflict cannot be resolved again', withStore(async (store) => {
    const id = await store.addConflict(conflict(randomId('user')));
    await store.resolveConflict(id, resolution(id));
    const first = await store.getConflict(id);
    assert.equal(await store.resolveConflict(id, resolution(id, { decision: 'keep_b', resolvedBy: 'someone-else' })), false);
    assert.deepEqual(await store.getConflict(id), first);
  }));

  it('an escalated conflict can still be resolved', withStore(async (store) => {
    const id = await store.addConflict(conflict(randomId('user')));
    await store.escalateConflict(id);
    assert.equal(await store.resolveConflict(id, resolution(id)), true);
    const stored = await store.getConflict(id);
    assert.equal(stored?.status, 'resolved');
    assert.equal(stored?.resolutionAttempts, 1);
  }));

  it('resolving an unknown id is false', withStore(async (store) => {
    const id = randomId('missing');
    assert.equal(await store.resolveConflict(id, resolution(id)), false);
  }));

  it('rejects a resolution naming another conflict, changing nothing', withStore(async (store) => {
    const id = await store.addConflict(conflict(randomId('user')));
    await assertRejectsWith(() => store.resolveConflict(id, resolution(randomId('other'))), 'VALIDATION_ERROR', 'conflictId mismatch');
    assert.equal((await store.getConflict(id))?.status, 'pending');
  }));

  it('rejects a merge without the merged text and bad decisions', withStore(async (store) => {
    const id = await store.addConflict(conflict(randomId('user')));
    await assertRejectsWith(() => store.resolveConflict(id, resolution(id, { decision: 'merge' })), 'VALIDATION_ERROR', 'merge without text');
    await assertRejectsWith(() => store.resolveConflict(id, resolution(id, { decision: 'keep_both' as never })), 'VALIDATION_ERROR', 'unknown decision');
    await assertRejectsWith(() => store.resolveConflict(id, resolution(id, { resolvedBy: ' ' })), 'VALIDATION_ERROR', 'blank resolvedBy');
    await assertRejectsWith(() => store.resolveConflict(id, undefined as never), 'VALIDATION_ERROR', 'no resolution');
    assert.equal((await store.getConflict(id))?.status, 'pending');
  }));

  it('of 100 racing resolutions exactly one wins, and its decision is stored', withStore(async (store) => {
    const input = conflict(randomId('user'));
    const id = await store.addConflict(input);
    const decisions = Array.from({ length: 100 }, (_, i) => (i % 2 === 0 ? 'keep_a' : 'keep_b') as 'keep_a' | 'keep_b');
    const results = await Promise.all(decisions.map((decision, i) => store.resolveConflict(id, resolution(id, { decision, resolvedBy: `resolver-${i}` }))));
    assert.equal(results.filter(Boolean).length, 1);
    const winner = results.indexOf(true);
    const stored = await store.getConflict(id);
    assert.equal(stored?.metadata['resolvedBy'], `resolver-${winner}`);
    assert.equal(stored?.metadata['resolutionDecision'], decisions[winner]);
    assert.equal(stored?.winningMemoryId, decisions[winner] === 'keep_a' ? input.memoryAId : input.memoryBId);
  }));

  it('escalateConflict marks it escalated and counts each attempt', withStore(async (store) => {
    const id = await store.addConflict(conflict(randomId('user')));
    assert.equal(await store.escalateConflict(id), true);
    assert.equal((await store.getConflict(id))?.status, 'escalated');
    assert.equal((await store.getConflict(id))?.resolutionAttempts, 1);
    assert.equal(await store.escalateConflict(id), true);
    assert.equal((await store.getConflict(id))?.resolutionAttempts, 2);
  }));

  it('escalating a resolved or unknown conflict is false and changes nothing', withStore(async (store) => {
    const id = await store.addConflict(conflict(randomId('user')));
    await store.resolveConflict(id, resolution(id));
    const before = await store.getConflict(id);
    assert.equal(await store.escalateConflict(id), false);
    assert.deepEqual(await store.getConflict(id), before);
    assert.equal(await store.escalateConflict(randomId('missing')), false);
  }));
}
