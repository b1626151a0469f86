import { ValidationError } from '@casual-memory/core';
import { DuplicateClassifier } from '../src/classification/duplicate-classifier';
import type { SimilarityResult } from '../src/classification/similarity-result';
import type { DuplicateDetector, DuplicateVerdict } from '../src/verification/verdicts';
import { fact, scored } from './helpers/memories';

// Ported from the original's tests/classifiers/test_duplicate_classifier.py (REFERENCE.md §4.7, §7).
function detectorAnswering(relation: DuplicateVerdict['relation']) {
  const checkDuplicate = jest.fn(async () => ({ relation, method: 'llm', confidence: 0.9, reason: `said ${relation}` }));
  return { detector: { checkDuplicate } satisfies DuplicateDetector, checkDuplicate };
}

describe('DuplicateClassifier', () => {
  it('supersedes when a duplicate is much longer (a refinement)', async () => {
    const result = await new DuplicateClassifier(detectorAnswering('duplicate').detector).classifyPair(
      fact('I live in Central London near the Thames'),
      scored('m1', 'I live in London'),
      'primary',
      null,
    );
    expect(result).toMatchObject({ outcome: 'superseded', confidence: 0.9, metadata: { duplicateType: 'refinement' } });
    expect(result?.metadata.lengthRatio).toBeGreaterThan(1.2);
  });

  it('calls a duplicate of similar length the same', async () => {
    const result = await new DuplicateClassifier(detectorAnswering('duplicate').detector).classifyPair(
      fact('I enjoy reading books'),
      scored('m1', 'I love to read books'),
      'primary',
      null,
    );
    expect(result).toMatchObject({ outcome: 'same', confidence: 0.9, metadata: { duplicateType: 'duplicate' } });
    expect(result?.metadata.lengthRatio).toBeLessThanOrEqual(1.2);
  });

  it('supersedes on a refinement verdict whatever the lengths', async () => {
    const result = await new DuplicateClassifier(detectorAnswering('refinement').detector).classifyPair(
      fact('I am a senior engineer'),
      scored('m1', 'I am an engineer at Google in Mountain View'),
      'primary',
      null,
    );
    expect(result).toMatchObject({ outcome: 'superseded', metadata: { duplicateType: 'refinement' } });
  });

  it('keeps distinct facts as neutral', async () => {
    const result = await new DuplicateClassifier(detectorAnswering('distinct').detector).classifyPair(
      fact('I speak French'),
      scored('m1', 'I speak Spanish'),
      'primary',
      null,
    );
    expect(result).toMatchObject({ outcome: 'neutral', confidence: 0.8, metadata: { duplicateType: 'distinct_facts' } });
  });

  it('passes on when unsure', async () => {
    expect(
      await new DuplicateClassifier(detectorAnswering('unsure').detector).classifyPair(fact('a b'), scored('m1', 'a c'), 'primary', null),
    ).toBeNull();
  });

  it('skips secondary checks without asking and passes earlier results through', async () => {
    const { detector, checkDuplicate } = detectorAnswering('duplicate');
    const classifier = new DuplicateClassifier(detector);
    expect(await classifier.classifyPair(fact('x y'), scored('m1', 'x y'), 'secondary', null)).toBeNull();
    const earlier: SimilarityResult = {
      similar: scored('m1', 'x y'),
      outcome: 'conflict',
      confidence: 0.9,
      classifier: 'conflict',
      reason: 'r',
      metadata: {},
    };
    expect(await classifier.classifyPair(fact('x y'), scored('m1', 'x y'), 'primary', earlier)).toBe(earlier);
    expect(checkDuplicate).not.toHaveBeenCalled();
  });

  it('keeps both memories (neutral 0.5) when the detector throws', async () => {
    const classifier = new DuplicateClassifier({ checkDuplicate: async () => Promise.reject(new Error('detector down')) });
    const result = await classifier.classifyPair(fact('a'), scored('m1', 'b'), 'primary', null);
    expect(result).toMatchObject({
      outcome: 'neutral',
      confidence: 0.5,
      metadata: { duplicateType: 'error_fallback', error: 'detector down' },
    });
    expect(classifier.getMetrics()).toEqual({ duplicateChecks: 1, duplicateFailures: 1 });
  });

  it('takes the length ratio as an option', async () => {
    const classifier = new DuplicateClassifier(detectorAnswering('duplicate').detector, { refinementLengthRatio: 3 });
    expect(
      (await classifier.classifyPair(fact('I live in Central London'), scored('m1', 'I live in London'), 'primary', null))?.outcome,
    ).toBe('same');
    expect(() => new DuplicateClassifier(detectorAnswering('duplicate').detector, { refinementLengthRatio: -1 })).toThrow(ValidationError);
  });
});
