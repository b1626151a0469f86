import { ValidationError } from '@casual-memory/core';
import { AutoResolutionClassifier } from '../src/classification/auto-resolution-classifier';
import type { SimilarityResult } from '../src/classification/similarity-result';
import { fact, scored } from './helpers/memories';

// Ported from the original's tests/classifiers/test_auto_resolution_classifier.py (REFERENCE.md §4.9, §7).
function conflictOn(oldConfidence: number): SimilarityResult {
  return {
    similar: scored('m1', 'I work as a teacher', 0.93, { confidence: oldConfidence }),
    outcome: 'conflict',
    confidence: 0.9,
    classifier: 'conflict',
    reason: 'two jobs',
    metadata: { category: 'job', clarificationHint: 'What is your current job or position?' },
  };
}

describe('AutoResolutionClassifier', () => {
  const classifier = new AutoResolutionClassifier();
  const classify = (oldConfidence: number, newConfidence: number, existing = conflictOn(oldConfidence)) =>
    classifier.classifyPair(fact('I work as a doctor', { confidence: newConfidence }), existing.similar, 'primary', existing);

  it('lets a much more confident new memory supersede (0.8 over 0.5 = 1.6)', async () => {
    const result = await classify(0.5, 0.8);
    expect(result).toMatchObject({ outcome: 'superseded', confidence: 0.9, classifier: 'auto_resolution' });
    expect(result?.metadata).toMatchObject({
      autoResolved: true,
      resolutionDecision: 'keep_new',
      oldConfidence: 0.5,
      newConfidence: 0.8,
      originalOutcome: 'conflict',
    });
    expect(result?.metadata.confidenceRatio).toBeCloseTo(1.6, 12);
    // The conflict's own metadata is kept (the original dropped it).
    expect(result?.metadata.category).toBe('job');
  });

  it('keeps a much more confident old memory (0.4 over 0.8 = 0.5) as the same', async () => {
    const result = await classify(0.8, 0.4);
    expect(result).toMatchObject({ outcome: 'same', metadata: { resolutionDecision: 'keep_old', confidenceRatio: 0.5 } });
  });

  it('leaves an even conflict as it is, annotated', async () => {
    const result = await classify(0.8, 0.8);
    expect(result).toMatchObject({ outcome: 'conflict', classifier: 'conflict', metadata: { autoResolved: false, confidenceRatio: 1 } });
  });

  it('passes through non-conflicts and null, and a conflict with an old confidence of 0', async () => {
    const neutral: SimilarityResult = { ...conflictOn(0.5), outcome: 'neutral' };
    expect(await classify(0.5, 0.9, neutral)).toBe(neutral);
    expect(await classifier.classifyPair(fact('x'), scored('m1', 'y'), 'primary', null)).toBeNull();
    const zero = conflictOn(0);
    expect(await classify(0, 0.9, zero)).toBe(zero);
  });

  it('takes custom thresholds and exposes them', async () => {
    const custom = new AutoResolutionClassifier({ supersedeThreshold: 1.5, keepThreshold: 0.5 });
    const existing = conflictOn(0.5);
    expect((await custom.classifyPair(fact('x', { confidence: 0.8 }), existing.similar, 'primary', existing))?.outcome).toBe('superseded');
    expect(custom.getMetrics()).toEqual({ autoResolutionSupersedeThreshold: 1.5, autoResolutionKeepThreshold: 0.5 });
    expect(classifier.getMetrics()).toEqual({ autoResolutionSupersedeThreshold: 1.3, autoResolutionKeepThreshold: 0.7 });
    expect(() => new AutoResolutionClassifier({ keepThreshold: -0.1 })).toThrow(ValidationError);
  });
});
