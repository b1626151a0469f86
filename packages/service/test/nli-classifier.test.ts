import type { NliProvider, NliScores } from '@casual-memory/core';
import { ValidationError } from '@casual-memory/core';
import { NliClassifier } from '../src/classification/nli-classifier';
import type { SimilarityResult } from '../src/classification/similarity-result';
import { emptyCallCounts } from '../src/observability/call-counts';
import { fact, scored } from './helpers/memories';

// Ported from the original's tests/classifiers/test_nli_classifier.py (REFERENCE.md §4.3, §7).
function nliAnswering(contradiction: number, entailment: number, neutral: number) {
  const predict = jest.fn<Promise<NliScores>, [string, string]>(async () => ({ contradiction, entailment, neutral }));
  return { provider: { predict } satisfies NliProvider, predict };
}

const newMemory = fact('I live in London');
const similar = scored('m1', 'I reside in London', 0.92);

describe('NliClassifier', () => {
  it('calls strong entailment the same fact, with the scores in metadata', async () => {
    const { provider, predict } = nliAnswering(0.1, 0.95, 0.05);
    const result = await new NliClassifier(provider).classifyPair(newMemory, similar, 'primary', null);
    expect(predict).toHaveBeenCalledWith('I reside in London', 'I live in London');
    expect(result).toMatchObject({ outcome: 'same', confidence: 0.95, classifier: 'nli' });
    expect(result?.metadata).toEqual({ nliLabel: 'entailment', nliScores: { contradiction: 0.1, entailment: 0.95, neutral: 0.05 } });
    expect(result?.reason).toMatch(/entailment 0\.95/);
  });

  it('calls clear neutrality neutral', async () => {
    const result = await new NliClassifier(nliAnswering(0.1, 0.2, 0.7).provider).classifyPair(newMemory, similar, 'primary', null);
    expect(result).toMatchObject({ outcome: 'neutral', confidence: 0.7 });
    expect(result?.metadata.nliLabel).toBe('neutral');
  });

  it.each([
    [0.6, 0.3, 0.1],
    [0.1, 0.5, 0.4],
    [0.85, 0.1, 0.05],
  ])('passes on uncertain scores %d/%d/%d', async (c, e, n) => {
    expect(await new NliClassifier(nliAnswering(c, e, n).provider).classifyPair(newMemory, similar, 'secondary', null)).toBeNull();
  });

  it.each([
    [0.02, 0.96, 0.02, 'same'],
    [0.05, 0.15, 0.8, 'neutral'],
  ])('classifies %d/%d/%d as %s', async (c, e, n, outcome) => {
    expect((await new NliClassifier(nliAnswering(c, e, n).provider).classifyPair(newMemory, similar, 'primary', null))?.outcome).toBe(
      outcome,
    );
  });

  it('passes on when the model fails', async () => {
    const classifier = new NliClassifier({ predict: async () => Promise.reject(new Error('model down')) });
    expect(await classifier.classifyPair(newMemory, similar, 'primary', null)).toBeNull();
    expect(classifier.getMetrics()).toMatchObject({ nliPredictions: 1, nliFailures: 1 });
  });

  it('passes an earlier result through without calling the model', async () => {
    const { provider, predict } = nliAnswering(0, 1, 0);
    const earlier: SimilarityResult = { similar, outcome: 'conflict', confidence: 0.9, classifier: 'x', reason: 'r', metadata: {} };
    expect(await new NliClassifier(provider).classifyPair(newMemory, similar, 'primary', earlier)).toBe(earlier);
    expect(predict).not.toHaveBeenCalled();
  });

  it('takes its thresholds as options and rejects out-of-range ones', async () => {
    const classifier = new NliClassifier(nliAnswering(0.1, 0.8, 0.1).provider, { entailmentThreshold: 0.75 });
    expect((await classifier.classifyPair(newMemory, similar, 'primary', null))?.outcome).toBe('same');
    const strictNeutral = new NliClassifier(nliAnswering(0.1, 0.25, 0.65).provider, { neutralMaxEntailment: 0.2, neutralThreshold: 0.6 });
    expect(await strictNeutral.classifyPair(newMemory, similar, 'primary', null)).toBeNull();
    expect(() => new NliClassifier(nliAnswering(0, 0, 0).provider, { entailmentThreshold: 1.5 })).toThrow(ValidationError);
    expect(() => new NliClassifier(nliAnswering(0, 0, 0).provider, { neutralThreshold: Number.NaN })).toThrow(ValidationError);
  });

  it('exposes its metrics and counts each prediction against the running operation', async () => {
    const classifier = new NliClassifier(nliAnswering(0.1, 0.95, 0.05).provider);
    const counts = emptyCallCounts();
    await classifier.classifyPair(newMemory, similar, 'primary', null, { newMemory, candidates: [similar], calls: counts });
    expect(counts).toEqual({ embedding: 0, nli: 1, llm: 0 });
    expect(classifier.getMetrics()).toEqual({
      nliPredictions: 1,
      nliFailures: 0,
      entailmentThreshold: 0.85,
      neutralThreshold: 0.5,
      neutralMaxEntailment: 0.3,
    });
  });
});
