import { CasualMemoryError, type ResolutionDecision } from '@casual-memory/core';
import { InMemoryConflictStore } from '@casual-memory/memory-conflicts';
import { InMemoryVectorStore } from '@casual-memory/memory-vector';
import { PENDING_CONFLICT_TAG } from '../src/execution/reserved-tags';
import { MemoryService } from '../src/service/memory-service';
import type { ConflictResolutionResult } from '../src/service/resolve-conflict-types';
import { type FaultMode, FaultPlan } from './helpers/faulty-stores';
import { ruleConflictVerifier, ruleDuplicateDetector, ruleNli, TEST_DIMENSIONS, topicEmbedding } from './helpers/rule-providers';

const LONDON = 'I live in London';
const PARIS = 'I live in Paris';
const MERGED = 'I live between London and Paris';
const EXPECTED: Record<ResolutionDecision, string[]> = {
  keep_a: [LONDON],
  keep_b: [PARIS],
  merge: [MERGED],
  both_valid: [LONDON, PARIS],
};
const DECISIONS = Object.keys(EXPECTED) as ResolutionDecision[];
const MODES: FaultMode[] = ['throw', 'commit-then-throw', 'hang'];

/** A service whose two stores fail where the plan says; the raw stores are read directly to judge the state. */
function faultyService() {
  const plan = new FaultPlan();
  const vectorStore = new InMemoryVectorStore({ dimensions: TEST_DIMENSIONS });
  const conflictStore = new InMemoryConflictStore();
  const service = new MemoryService({
    vectorStore: plan.wrap(vectorStore, 'vector'),
    conflictStore: plan.wrap(conflictStore, 'conflicts'),
    embedding: topicEmbedding(),
    nli: ruleNli,
    conflictVerifier: ruleConflictVerifier,
    duplicateDetector: ruleDuplicateDetector,
    // A hung store call ends the call after this long; the user's next call goes ahead.
    timeoutMs: 300,
  });
  /** The texts of the user's current memories, straight from the store. */
  const current = async (userId = 'u1') => {
    const probe = new Float32Array(TEST_DIMENSIONS).fill(1);
    const hits = await vectorStore.search(userId, probe, { topK: 100, minScore: -1 });
    return hits.map((hit) => hit.memory.text).sort();
  };
  const held = async (userId = 'u1') => {
    const probe = new Float32Array(TEST_DIMENSIONS).fill(1);
    return vectorStore.search(userId, probe, {
      topK: 100,
      minScore: -1,
      filter: { tags: [PENDING_CONFLICT_TAG], includeArchived: true, includeExpired: true },
    });
  };
  return { plan, service, vectorStore, conflictStore, current, held };
}

async function withConflict() {
  const setup = faultyService();
  await setup.service.add({ text: LONDON, type: 'fact', userId: 'u1' });
  const paris = await setup.service.add({ text: PARIS, type: 'fact', userId: 'u1' });
  expect(paris.action).toBe('conflict');
  return { ...setup, conflictId: paris.conflictIds[0] ?? '' };
}

const ask = (decision: ResolutionDecision) => (decision === 'merge' ? { decision, confirmingMemoryText: MERGED } : { decision });

/** Settles `promise` and says how: a result, or a typed error (anything else fails the test). */
async function outcome(promise: Promise<ConflictResolutionResult>): Promise<ConflictResolutionResult | CasualMemoryError> {
  try {
    const result = await promise;
    for (const failure of result.failures) if (failure.reason === 'error') expect(CasualMemoryError.isInstance(failure.error)).toBe(true);
    return result;
  } catch (error) {
    expect(CasualMemoryError.isInstance(error)).toBe(true);
    expect((error as CasualMemoryError).retryable).toBe(true);
    return error as CasualMemoryError;
  }
}

/** How many store calls a clean resolution makes, so every one of them can be made to fail. */
async function stepsOf(decision: ResolutionDecision): Promise<string[]> {
  const { plan, service, conflictId } = await withConflict();
  plan.arm();
  const result = await service.resolveConflict('u1', conflictId, ask(decision));
  expect(result).toMatchObject({ applied: true, complete: true, failures: [] });
  return plan.calls;
}

describe.each(DECISIONS)('resolving %s when a store fails at any step', (decision) => {
  it('makes the steps it is tested on', async () => {
    const steps = await stepsOf(decision);
    expect(steps).toContain('conflicts.resolveConflict');
    expect(steps).toContain('conflicts.markResolutionApplied');
    expect(steps.length).toBeGreaterThanOrEqual(5);
  });

  it.each(MODES)(
    'never leaves the user without a current fact, and a retry finishes the job (%s)',
    async (mode) => {
      const steps = await stepsOf(decision);
      for (let step = 0; step < steps.length; step++) {
        const what = `${decision}: ${mode} at step ${step} (${steps[step]})`;
        const { plan, service, conflictStore, conflictId, current } = await withConflict();
        plan.arm(step, mode);
        await outcome(service.resolveConflict('u1', conflictId, ask(decision)));
        plan.disarm();
        const after = await current();
        expect({ what, some: after.length > 0 }).toEqual({ what, some: true });
        for (const text of after) expect({ what, text, known: [LONDON, PARIS, MERGED].includes(text) }).toMatchObject({ known: true });

        // The retry (the same call again) finishes it; a third call changes nothing.
        const retried = await service.resolveConflict('u1', conflictId, ask(decision));
        expect({ what, complete: retried.complete }).toEqual({ what, complete: true });
        expect({ what, current: await current() }).toEqual({ what, current: [...EXPECTED[decision]].sort() });
        const stored = await conflictStore.getConflict('u1', conflictId);
        expect({ what, decision: stored?.resolutionDecision, applied: stored?.resolutionAppliedAt instanceof Date }).toEqual({
          what,
          decision,
          applied: true,
        });
        expect(await conflictStore.getUnappliedResolutions('u1')).toEqual([]);
        expect(await service.resolveConflict('u1', conflictId, ask(decision))).toMatchObject({ applied: false, complete: true });
        expect({ what, current: await current() }).toEqual({ what, current: [...EXPECTED[decision]].sort() });
      }
    },
    60_000,
  );

  it('repair() finishes every interrupted resolution of the user, with the stored decision', async () => {
    const steps = await stepsOf(decision);
    const claim = steps.indexOf('conflicts.resolveConflict');
    // The steps after it is marked applied answer other conflicts; the resolution is finished by then.
    const applied = steps.indexOf('conflicts.markResolutionApplied');
    for (let step = claim + 1; step <= applied; step++) {
      const { plan, service, conflictStore, conflictId, current } = await withConflict();
      plan.arm(step, 'throw');
      await outcome(service.resolveConflict('u1', conflictId, ask(decision)));
      plan.disarm();
      const repaired = await service.repair('u1');
      expect(repaired.resolutions.map((done) => [done.conflictId, done.decision, done.complete, done.resumed])).toEqual([
        [conflictId, decision, true, true],
      ]);
      expect(await current()).toEqual([...EXPECTED[decision]].sort());
      expect((await conflictStore.getConflict('u1', conflictId))?.resolutionAppliedAt).toBeInstanceOf(Date);
      expect((await service.repair('u1')).resolutions).toEqual([]);
    }
  }, 60_000);
});

describe('a claimed but unapplied resolution', () => {
  it('is visible on the conflict and finished by a retry asking another decision (its stored one wins)', async () => {
    const { plan, service, conflictStore, conflictId, current } = await withConflict();
    plan.arm();
    await service.resolveConflict('u1', conflictId, 'keep_b');
    const steps = plan.calls;
    const { plan: faulty, service: second, conflictStore: store2, conflictId: id2, current: current2 } = await withConflict();
    faulty.arm(steps.indexOf('conflicts.resolveConflict') + 1, 'throw');
    const failed = await second.resolveConflict('u1', id2, 'keep_b');
    faulty.disarm();
    expect(failed).toMatchObject({ applied: true, complete: false });
    expect(failed.failures[0]?.error).toMatchObject({ code: 'STORE_UNAVAILABLE', retryable: true });
    const claimed = await store2.getConflict('u1', id2);
    expect(claimed).toMatchObject({ status: 'resolved', resolutionDecision: 'keep_b' });
    expect(claimed?.resolutionAppliedAt).toBeUndefined();
    const retried = await second.resolveConflict('u1', id2, 'keep_a');
    expect(retried).toMatchObject({ applied: true, complete: true, resumed: true, decision: 'keep_b' });
    expect(await current2()).toEqual([PARIS]);
    // The clean one, for comparison.
    expect(await current()).toEqual([PARIS]);
    expect((await conflictStore.getConflict('u1', conflictId))?.resolutionAppliedAt).toBeInstanceOf(Date);
  });

  it('a claim that timed out but committed later (MariaDB under a locked row) is finished by the retry', async () => {
    const { plan, service, conflictStore, conflictId, current, held } = await withConflict();
    plan.arm();
    await service.resolveConflict('u1', conflictId, 'keep_b');
    const claimAt = plan.calls.indexOf('conflicts.resolveConflict');
    const late = await withConflict();
    late.plan.arm(claimAt, 'commit-then-throw');
    await expect(late.service.resolveConflict('u1', late.conflictId, 'keep_b')).rejects.toMatchObject({
      code: 'STORE_UNAVAILABLE',
      retryable: true,
    });
    late.plan.disarm();
    expect(await late.current()).toEqual([LONDON]);
    expect((await late.held()).map((hit) => hit.memory.text)).toEqual([PARIS]);
    const retried = await late.service.resolveConflict('u1', late.conflictId, 'keep_b');
    expect(retried).toMatchObject({ applied: true, complete: true, resumed: true });
    expect(await late.current()).toEqual([PARIS]);
    expect(await late.held()).toEqual([]);
    expect(await current()).toEqual([PARIS]);
    expect(await held()).toEqual([]);
    expect((await conflictStore.getConflict('u1', conflictId))?.status).toBe('resolved');
  });
  it('a claim lost to an earlier one that committed meanwhile finishes that one instead of answering applied: false', async () => {
    const { service, conflictStore, conflictId, current, held } = await withConflict();
    const resolve = conflictStore.resolveConflict.bind(conflictStore);
    // Our earlier, timed-out claim commits just before this call's claim: the UPDATE finds it resolved.
    jest.spyOn(conflictStore, 'resolveConflict').mockImplementationOnce(async (userId, id, resolution) => {
      await resolve(userId, id, { ...resolution, decision: 'keep_b', resolvedBy: 'the earlier call' });
      return false;
    });
    const result = await service.resolveConflict('u1', conflictId, 'keep_b');
    expect(result).toMatchObject({ applied: true, complete: true, resumed: true, decision: 'keep_b' });
    expect(await current()).toEqual([PARIS]);
    expect(await held()).toEqual([]);
    expect((await conflictStore.getConflict('u1', conflictId))?.resolvedBy).toBe('the earlier call');
  });
});

describe('an add that finds a contradiction when the stores fail', () => {
  /** The calls of a clean contradicting add. */
  async function addSteps(): Promise<string[]> {
    const { plan, service } = faultyService();
    await service.add({ text: LONDON, type: 'fact', userId: 'u1' });
    plan.arm();
    expect((await service.add({ text: PARIS, type: 'fact', userId: 'u1' })).action).toBe('conflict');
    return plan.calls;
  }

  it('leaves no held memory nobody can find when the conflict cannot be recorded and the clean-up fails too', async () => {
    const { plan, service, vectorStore, current, held, conflictStore } = faultyService();
    await service.add({ text: LONDON, type: 'fact', userId: 'u1' });
    const steps = await addSteps();
    plan.arm(steps.indexOf('conflicts.addConflict'), 'throw');
    let calls = 0;
    const deleteMemory = jest.spyOn(vectorStore, 'deleteMemory').mockImplementation(async () => {
      calls += 1;
      throw new Error('clean-up failed too');
    });
    try {
      await expect(service.add({ text: PARIS, type: 'fact', userId: 'u1' })).rejects.toMatchObject({ code: 'STORE_UNAVAILABLE' });
    } finally {
      deleteMemory.mockRestore();
      plan.disarm();
    }
    expect(calls).toBe(1);
    expect(await current()).toEqual([LONDON]);
    expect((await held()).map((hit) => hit.memory.text)).toEqual([PARIS]);
    expect(await conflictStore.getPendingConflicts('u1')).toEqual([]);

    // Saying it again is not swallowed as a mention of the invisible memory: it opens the conflict.
    const again = await service.add({ text: PARIS, type: 'fact', userId: 'u1' });
    expect(again.action).toBe('conflict');
    // repair() removes the memory the failed add left behind, and only that one.
    const repaired = await service.repair('u1');
    expect(repaired.removedHeldIds).toHaveLength(1);
    expect(repaired.removedHeldIds).not.toContain(again.memoryId);
    expect((await held()).map((hit) => hit.id)).toEqual([again.memoryId]);
    expect((await service.resolveConflict('u1', again.conflictIds[0] ?? '', 'keep_b')).complete).toBe(true);
    expect(await current()).toEqual([PARIS]);
  });

  it.each(MODES)(
    'at any step ends with the earlier fact current, and repair plus a retry leave one conflict (%s)',
    async (mode) => {
      const steps = await addSteps();
      for (let step = 0; step < steps.length; step++) {
        const what = `${mode} at step ${step} (${steps[step]})`;
        const { plan, service, conflictStore, current, held } = faultyService();
        await service.add({ text: LONDON, type: 'fact', userId: 'u1' });
        plan.arm(step, mode);
        try {
          await service.add({ text: PARIS, type: 'fact', userId: 'u1' });
        } catch (error) {
          expect({ what, typed: CasualMemoryError.isInstance(error) }).toEqual({ what, typed: true });
        }
        plan.disarm();
        expect({ what, current: await current() }).toEqual({ what, current: [LONDON] });
        await service.repair('u1');
        const pending = await conflictStore.getPendingConflicts('u1');
        const heldIds = (await held()).map((hit) => hit.id);
        // Every held memory has its conflict, and every pending conflict its held memory.
        expect({ what, held: heldIds.sort() }).toEqual({ what, held: pending.map((conflict) => conflict.memoryBId).sort() });
        if (pending.length === 0) expect((await service.add({ text: PARIS, type: 'fact', userId: 'u1' })).action).toBe('conflict');
        const [conflict] = await conflictStore.getPendingConflicts('u1');
        expect({ what, pending: (await conflictStore.getPendingConflicts('u1')).length }).toEqual({ what, pending: 1 });
        await service.resolveConflict('u1', conflict?.id ?? '', 'keep_b');
        expect({ what, current: await current() }).toEqual({ what, current: [PARIS] });
      }
    },
    60_000,
  );
});
