import { type MemoryFact, type ScoredMemory, ValidationError } from '@casual-memory/core';
import { MemoryClassificationPipeline } from '../src/classification/memory-classification-pipeline';
import type { CheckType, MemoryClassifier, SimilarityOutcome, SimilarityResult } from '../src/classification/similarity-result';
import { fact, scored } from './helpers/memories';

// Ported from the original's tests/classifiers/test_pipeline.py (REFERENCE.md §4.2, §7).
type Answer = SimilarityOutcome | null | ((similar: ScoredMemory) => SimilarityOutcome | null);

function classifier(name: string, answer: Answer, calls: string[] = []): MemoryClassifier & { seen: Array<[string, CheckType]> } {
  const seen: Array<[string, CheckType]> = [];
  return {
    name,
    seen,
    async classifyPair(_new: MemoryFact, similar: ScoredMemory, checkType: CheckType, existing: SimilarityResult | null) {
      calls.push(name);
      seen.push([similar.id, checkType]);
      const outcome = typeof answer === 'function' ? answer(similar) : answer;
      if (outcome === null) return existing;
      return { similar, outcome, confidence: 0.9, classifier: name, reason: `${name} says ${outcome}`, metadata: {} };
    },
  };
}

const newMemory = fact('I live in Paris');
const similar = [scored('mem_1', 'a', 0.95), scored('mem_2', 'b', 0.92), scored('mem_3', 'c', 0.88), scored('mem_4', 'd', 0.86)];

describe('MemoryClassificationPipeline', () => {
  it('threads each result to the next classifier, which may override it', async () => {
    const result = await new MemoryClassificationPipeline([classifier('first', 'conflict'), classifier('second', 'superseded')], {
      strategy: 'single',
    }).classify(newMemory, similar);
    expect(result.overallOutcome).toBe('add');
    expect(result.supersedes).toEqual(['mem_1']);
  });

  it('checks only the closest memory with the single strategy', async () => {
    const only = classifier('c', 'neutral');
    await new MemoryClassificationPipeline([only], { strategy: 'single' }).classify(newMemory, similar);
    expect(only.seen).toEqual([['mem_1', 'primary']]);
  });

  it('adds secondary checks above the threshold with the tiered strategy, up to the maximum', async () => {
    const tiered = classifier('c', 'neutral');
    await new MemoryClassificationPipeline([tiered], {
      strategy: 'tiered',
      secondaryConflictThreshold: 0.9,
      maxSecondaryChecks: 2,
    }).classify(newMemory, similar);
    expect(tiered.seen).toEqual([
      ['mem_1', 'primary'],
      ['mem_2', 'secondary'],
    ]);
    const capped = classifier('c', 'neutral');
    const close = [scored('a', 'a', 0.99), scored('b', 'b', 0.98), scored('c', 'c', 0.97), scored('d', 'd', 0.96), scored('e', 'e', 0.95)];
    await new MemoryClassificationPipeline([capped]).classify(newMemory, close);
    expect(capped.seen.map(([id]) => id)).toEqual(['a', 'b', 'c', 'd']);
  });

  it('stops the tiered selection at the first secondary below the threshold', async () => {
    const tiered = classifier('c', 'neutral');
    await new MemoryClassificationPipeline([tiered]).classify(newMemory, [
      scored('a', 'a', 0.95),
      scored('b', 'b', 0.85),
      scored('c', 'c', 0.95),
    ]);
    expect(tiered.seen.map(([id]) => id)).toEqual(['a']);
  });

  it('checks everything with the all strategy', async () => {
    const all = classifier('c', 'neutral');
    await new MemoryClassificationPipeline([all], { strategy: 'all' }).classify(newMemory, similar);
    expect(all.seen).toHaveLength(4);
  });

  it('stops early on a conflict or a same', async () => {
    const onConflict = classifier('c', 'conflict');
    const conflict = await new MemoryClassificationPipeline([onConflict], { strategy: 'all' }).classify(newMemory, similar);
    expect(onConflict.seen).toHaveLength(1);
    expect(conflict).toMatchObject({ overallOutcome: 'conflict', conflictsWith: ['mem_1'] });
    const onSame = classifier('c', 'same');
    const same = await new MemoryClassificationPipeline([onSame], { strategy: 'all' }).classify(newMemory, similar);
    expect(onSame.seen).toHaveLength(1);
    expect(same).toMatchObject({ overallOutcome: 'skip', sameAs: 'mem_1' });
  });

  it('derives the overall outcome', async () => {
    const byId = (answers: Record<string, SimilarityOutcome>) => classifier('c', (s) => answers[s.id] ?? 'neutral');
    const run = (answers: Record<string, SimilarityOutcome>) =>
      new MemoryClassificationPipeline([byId(answers)], { strategy: 'all' }).classify(newMemory, similar);
    expect((await run({ mem_2: 'conflict' })).overallOutcome).toBe('conflict');
    expect((await run({ mem_3: 'same' })).overallOutcome).toBe('skip');
    expect((await run({ mem_1: 'superseded' })).overallOutcome).toBe('add');
    expect((await run({})).overallOutcome).toBe('add');
    const mixed = await run({ mem_1: 'superseded', mem_2: 'neutral', mem_3: 'same', mem_4: 'conflict' });
    expect(mixed).toMatchObject({ supersedes: ['mem_1'], sameAs: 'mem_3', conflictsWith: [], overallOutcome: 'skip' });
  });

  it('adds without calling anything when nothing is similar', async () => {
    const never = classifier('c', 'conflict');
    const result = await new MemoryClassificationPipeline([never]).classify(newMemory, []);
    expect(result).toMatchObject({ overallOutcome: 'add', similarityResults: [], supersedes: [], conflictsWith: [], sameAs: null });
    expect(never.seen).toHaveLength(0);
  });

  it('falls back to a default neutral result when no classifier is confident', async () => {
    const result = await new MemoryClassificationPipeline([classifier('c', null)], { strategy: 'single' }).classify(newMemory, similar);
    expect(result.similarityResults[0]).toMatchObject({
      outcome: 'neutral',
      confidence: 0.5,
      classifier: 'default',
      metadata: { reason: 'no_classifier_confident', checkType: 'primary' },
    });
  });

  it('runs the classifiers in order and reports its metrics', async () => {
    const calls: string[] = [];
    const pipeline = new MemoryClassificationPipeline(
      [classifier('a', null, calls), classifier('b', null, calls), classifier('c', null, calls)],
      {
        strategy: 'single',
      },
    );
    await pipeline.classify(newMemory, similar);
    expect(calls).toEqual(['a', 'b', 'c']);
    expect(pipeline.getMetrics()).toEqual({
      strategy: 'single',
      secondaryConflictThreshold: 0.9,
      maxSecondaryChecks: 3,
      classifierCount: 3,
      classifiers: ['a', 'b', 'c'],
    });
  });

  it('rejects an unknown strategy and bad numbers (the original ran an unknown strategy as all)', () => {
    expect(() => new MemoryClassificationPipeline([], { strategy: 'everything' as 'all' })).toThrow(ValidationError);
    expect(() => new MemoryClassificationPipeline([], { maxSecondaryChecks: -1 })).toThrow(ValidationError);
    expect(() => new MemoryClassificationPipeline([], { secondaryConflictThreshold: 2 })).toThrow(ValidationError);
  });
});
