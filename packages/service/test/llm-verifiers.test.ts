import { ProviderError } from '@casual-memory/core';
import { CONFLICT_VERIFIER_PROMPT } from '../src/llm/conflict-verifier-prompt';
import { LlmConflictVerifier } from '../src/llm/llm-conflict-verifier';
import { LlmDuplicateDetector } from '../src/llm/llm-duplicate-detector';
import { LlmPairJudge } from '../src/llm/llm-pair-judge';
import { parseJsonReply } from '../src/llm/parse-json-reply';
import { emptyCallCounts } from '../src/observability/call-counts';
import { TieredConflictVerifier } from '../src/verification/tiered-conflict-verifier';
import { TieredDuplicateDetector } from '../src/verification/tiered-duplicate-detector';
import type { ConflictVerdict, ConflictVerifier, DuplicateDetector, DuplicateVerdict } from '../src/verification/verdicts';
import { scriptedChat } from './helpers/chat';
import { fact } from './helpers/memories';

// Ported from the original's tests/intelligence/test_conflict_verifier.py and test_duplicate_detector.py
// (REFERENCE.md §4.6, §4.8, §7), with replies read as JSON or whole words.
const london = fact('I live in London');
const paris = fact('I live in Paris');

const fixedConflict = (relation: ConflictVerdict['relation']): ConflictVerifier & { verifyConflict: jest.Mock } => ({
  verifyConflict: jest.fn(async () => ({ relation, method: 'heuristic', confidence: 0.7, reason: `heuristic ${relation}` })),
});
const fixedDuplicate = (relation: DuplicateVerdict['relation']): DuplicateDetector & { checkDuplicate: jest.Mock } => ({
  checkDuplicate: jest.fn(async () => ({ relation, method: 'heuristic', confidence: 0.7, reason: `heuristic ${relation}` })),
});

describe('LlmConflictVerifier', () => {
  it('starts with zero counters', () => {
    expect(new LlmConflictVerifier(scriptedChat('YES').provider).getMetrics()).toEqual({
      llmCalls: 0,
      llmSuccesses: 0,
      llmFailures: 0,
      unreadableReplies: 0,
      fallbacks: 0,
    });
  });

  it('reads a JSON verdict with category and reason, sending both statements as JSON', async () => {
    const { provider, calls } = scriptedChat(
      '{"relation": "contradiction", "category": "Location", "reason": "two cities", "confidence": 0.95}',
    );
    const verdict = await new LlmConflictVerifier(provider).verifyConflict(london, fact('I live in "Paris"'), 0.93);
    expect(verdict).toEqual({ relation: 'contradiction', method: 'llm', confidence: 0.95, reason: 'two cities', category: 'location' });
    expect(calls[0]?.messages[0]).toEqual({ role: 'system', content: CONFLICT_VERIFIER_PROMPT });
    expect(JSON.parse(calls[0]?.messages[1]?.content ?? '')).toEqual({ earlier: 'I live in London', later: 'I live in "Paris"' });
    expect(calls[0]?.options).toEqual({ json: true });
  });

  it.each([
    ['YES', 'contradiction'],
    ['NO', 'none'],
    ['yes, these conflict', 'contradiction'],
    ['no conflict here', 'none'],
    ['**Update** - the user moved', 'update'],
    ['```json\n{"relation":"update"}\n```', 'update'],
    ['Answer: {"answer": "none"}', 'none'],
  ])('reads %j as %s', async (reply, relation) => {
    expect((await new LlmConflictVerifier(scriptedChat(reply).provider).verifyConflict(london, paris, 0.93)).relation).toBe(relation);
  });

  it.each(['YESTERDAY I said so', 'Maybe.', '', '{"relation": "perhaps"}', 'I think yes'])(
    'never reads a word inside another (%j): an unreadable reply goes to the fallback',
    async (reply) => {
      const fallback = fixedConflict('none');
      const verifier = new LlmConflictVerifier(scriptedChat(reply).provider, { fallback });
      expect(await verifier.verifyConflict(london, paris, 0.93)).toMatchObject({ relation: 'none', method: 'heuristic_fallback' });
      expect(verifier.getMetrics()).toMatchObject({ llmCalls: 1, llmSuccesses: 1, unreadableReplies: 1, fallbacks: 1 });
    },
  );

  it('falls back when the call fails, counting 1 call / 0 successes / 1 failure / 1 fallback', async () => {
    const fallback = fixedConflict('contradiction');
    const verifier = new LlmConflictVerifier(scriptedChat(new Error('timeout')).provider, { fallback });
    expect(await verifier.verifyConflict(london, paris, 0.93)).toMatchObject({ relation: 'contradiction', method: 'heuristic_fallback' });
    expect(fallback.verifyConflict).toHaveBeenCalledWith(london, paris, 0.93, undefined);
    expect(verifier.getMetrics()).toEqual({
      llmCalls: 1,
      llmSuccesses: 0,
      llmFailures: 1,
      unreadableReplies: 0,
      fallbacks: 1,
      llmSuccessRatePercent: 0,
    });
  });

  it('throws when the fallback is disabled', async () => {
    const failing = new LlmConflictVerifier(scriptedChat(new Error('down')).provider, { fallback: null });
    await expect(failing.verifyConflict(london, paris, 0.93)).rejects.toThrow('down');
    const unreadable = new LlmConflictVerifier(scriptedChat('hmm').provider, { fallback: null });
    await expect(unreadable.verifyConflict(london, paris, 0.93)).rejects.toMatchObject({ code: 'PROVIDER_BAD_RESPONSE' });
    await expect(unreadable.verifyConflict(london, paris, 0.93)).rejects.toBeInstanceOf(ProviderError);
  });

  it('uses a custom system prompt, counts every call and reports a 100% success rate', async () => {
    const { provider, calls } = scriptedChat('YES');
    const verifier = new LlmConflictVerifier(provider, { systemPrompt: 'Answer YES or NO.' });
    const counts = emptyCallCounts();
    for (let i = 0; i < 3; i++) await verifier.verifyConflict(london, paris, 0.93, { calls: counts });
    expect(calls[0]?.messages[0]?.content).toBe('Answer YES or NO.');
    expect(counts.llm).toBe(3);
    expect(verifier.getMetrics()).toMatchObject({ llmCalls: 3, llmSuccesses: 3, llmSuccessRatePercent: 100 });
  });

  it('falls back to the offline heuristic by default', async () => {
    const verdict = await new LlmConflictVerifier(scriptedChat(new Error('down')).provider).verifyConflict(london, paris, 0.93);
    expect(verdict.method).toMatch(/_fallback$/);
  });
});

describe('LlmDuplicateDetector', () => {
  it.each([
    ['SAME', 'duplicate'],
    ['DISTINCT', 'distinct'],
    ['same fact', 'duplicate'],
    ['distinct facts', 'distinct'],
    ['{"relation": "refinement", "reason": "more precise"}', 'refinement'],
  ])('reads %j as %s', async (reply, relation) => {
    expect((await new LlmDuplicateDetector(scriptedChat(reply).provider).checkDuplicate(london, paris, 0.9)).relation).toBe(relation);
  });

  it('does not read "not the same" as the same', async () => {
    const fallback = fixedDuplicate('distinct');
    const detector = new LlmDuplicateDetector(scriptedChat('not the same').provider, { fallback });
    expect(await detector.checkDuplicate(london, paris, 0.9)).toMatchObject({ relation: 'distinct', method: 'heuristic_fallback' });
  });

  it('falls back on failure and reports a 50% success rate after one success and one failure', async () => {
    const fallback = fixedDuplicate('duplicate');
    const detector = new LlmDuplicateDetector(scriptedChat('SAME', new Error('boom')).provider, { fallback, systemPrompt: 'custom' });
    expect((await detector.checkDuplicate(london, london, 0.96)).method).toBe('llm');
    expect((await detector.checkDuplicate(london, london, 0.96)).method).toBe('heuristic_fallback');
    expect(detector.getMetrics()).toEqual({
      llmCalls: 2,
      llmSuccesses: 1,
      llmFailures: 1,
      unreadableReplies: 0,
      fallbacks: 1,
      llmSuccessRatePercent: 50,
    });
    await expect(
      new LlmDuplicateDetector(scriptedChat(new Error('x')).provider, { fallback: null }).checkDuplicate(london, paris, 0.9),
    ).rejects.toThrow('x');
  });

  it('falls back to the offline heuristic by default', async () => {
    const verdict = await new LlmDuplicateDetector(scriptedChat('??').provider).checkDuplicate(london, london, 0.99);
    expect(verdict.method).toMatch(/_fallback$/);
  });
});

describe('TieredConflictVerifier and TieredDuplicateDetector', () => {
  it('ask the LLM only when the heuristic is unsure', async () => {
    const sure = fixedConflict('contradiction');
    const { provider, calls } = scriptedChat('NO');
    const tiered = new TieredConflictVerifier([sure, new LlmConflictVerifier(provider)]);
    expect((await tiered.verifyConflict(london, paris, 0.93)).method).toBe('heuristic');
    expect(calls).toHaveLength(0);
    const unsure = new TieredConflictVerifier([fixedConflict('unsure'), new LlmConflictVerifier(provider)]);
    expect(await unsure.verifyConflict(london, paris, 0.93)).toMatchObject({ relation: 'none', method: 'llm' });
    expect(calls).toHaveLength(1);
    expect(unsure.getMetrics()).toMatchObject({ llmCalls: 1 });
  });

  it('return the last verdict when everyone is unsure, or unsure when empty', async () => {
    expect((await new TieredConflictVerifier([fixedConflict('unsure')]).verifyConflict(london, paris, 0.9)).reason).toBe(
      'heuristic unsure',
    );
    expect((await new TieredConflictVerifier([]).verifyConflict(london, paris, 0.9)).relation).toBe('unsure');
    expect(
      (await new TieredDuplicateDetector([fixedDuplicate('unsure'), fixedDuplicate('refinement')]).checkDuplicate(london, paris, 0.9))
        .relation,
    ).toBe('refinement');
    expect((await new TieredDuplicateDetector([]).checkDuplicate(london, paris, 0.9)).relation).toBe('unsure');
    expect(new TieredDuplicateDetector([fixedDuplicate('unsure')]).getMetrics()).toEqual({});
  });
});

describe('parseJsonReply', () => {
  it('finds JSON in fences or prose and gives undefined otherwise', () => {
    expect(parseJsonReply('{"a":1}')).toEqual({ a: 1 });
    expect(parseJsonReply('Sure:\n```json\n{"a":2}\n```')).toEqual({ a: 2 });
    expect(parseJsonReply('Here: [1, 2] done')).toEqual([1, 2]);
    expect(parseJsonReply('no json {here')).toBeUndefined();
  });
});

describe('LlmPairJudge.judgeAmong', () => {
  const later = fact('I moved to Lisbon');
  const earlier = [fact('I live in Porto'), fact('My sister lives in Porto')];

  it('asks once about every earlier statement and reads a verdict for each', async () => {
    const { provider, calls } = scriptedChat('{"matches": [{"id": 1, "relation": "update", "category": "location", "reason": "moved"}]}');
    const verdicts = await new LlmPairJudge(provider).judgeAmong?.(earlier, later);
    expect(calls).toHaveLength(1);
    expect(verdicts?.map((verdict) => verdict.outcome)).toEqual(['superseded', 'neutral']);
    expect(verdicts?.[0]).toMatchObject({ category: 'location', reason: 'moved', method: 'llm' });
  });

  it('is unsure of every pair when the call fails', async () => {
    const provider = { chat: async () => Promise.reject(new Error('down')) };
    const verdicts = await new LlmPairJudge(provider).judgeAmong?.(earlier, later);
    expect(verdicts?.map((verdict) => verdict.outcome)).toEqual(['unsure', 'unsure']);
  });

  it("is absent with a system prompt of one's own, unless a prompt for it is given too", () => {
    const { provider } = scriptedChat('{}');
    expect(new LlmPairJudge(provider, { systemPrompt: 'mine' }).judgeAmong).toBeUndefined();
    expect(new LlmPairJudge(provider, { systemPrompt: 'mine', amongPrompt: 'mine too' }).judgeAmong).toBeDefined();
  });
});
