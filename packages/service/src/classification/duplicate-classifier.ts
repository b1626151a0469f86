import type { MemoryFact, ScoredMemory } from '@casual-memory/core';
import { metricsOf } from '../observability/metrics-of';
import type { DuplicateDetector } from '../verification/verdicts';
import { checkUnitInterval } from './check-unit-interval';
import type { CheckType, ClassificationRun, MemoryClassifier, SimilarityResult } from './similarity-result';

export interface DuplicateClassifierOptions {
  /**
   * A `duplicate` verdict whose new text is more than this many times longer than the old one is
   * treated as a refinement: the new memory supersedes the old. Default 1.2 (the original's).
   */
  refinementLengthRatio?: number;
}

/**
 * Asks a `DuplicateDetector` whether the new memory states the same fact as the closest earlier one:
 * `duplicate` is `same` (or `superseded` when the new text is much longer, so more precise),
 * `refinement` is `superseded`, `distinct` is `neutral`, `unsure` passes on. Primary checks only, as
 * in the original: secondary matches are too far apart to be duplicates.
 */
export class DuplicateClassifier implements MemoryClassifier {
  readonly name = 'duplicate';
  readonly refinementLengthRatio: number;
  #checks = 0;
  #failures = 0;

  constructor(
    private readonly detector: DuplicateDetector,
    options: DuplicateClassifierOptions = {},
  ) {
    this.refinementLengthRatio = checkUnitInterval(options.refinementLengthRatio ?? 1.2, 'refinementLengthRatio', Number.MAX_VALUE);
  }

  async classifyPair(
    newMemory: MemoryFact,
    similar: ScoredMemory,
    checkType: CheckType,
    existing: SimilarityResult | null,
    run?: ClassificationRun,
  ): Promise<SimilarityResult | null> {
    if (existing !== null) return existing;
    if (checkType === 'secondary') return null;
    this.#checks += 1;
    let verdict: Awaited<ReturnType<DuplicateDetector['checkDuplicate']>>;
    try {
      verdict = await this.detector.checkDuplicate(similar.memory, newMemory, similar.score, { calls: run?.calls });
    } catch (error) {
      // As the original: a failed check keeps both memories rather than dropping either.
      this.#failures += 1;
      const message = error instanceof Error ? error.message : String(error);
      return {
        similar,
        outcome: 'neutral',
        confidence: 0.5,
        classifier: this.name,
        reason: `duplicate check failed (${message}); both memories kept`,
        metadata: { duplicateType: 'error_fallback', error: message },
      };
    }
    const base = { similar, classifier: this.name, reason: verdict.reason };
    const metadata = { detectionMethod: verdict.method, verdictConfidence: verdict.confidence };
    if (verdict.relation === 'duplicate') {
      const lengthRatio = lengthRatioOf(similar.memory.text, newMemory.text);
      if (lengthRatio > this.refinementLengthRatio) {
        return {
          ...base,
          outcome: 'superseded',
          confidence: 0.9,
          reason: `${verdict.reason}; the new text is ${lengthRatio.toFixed(2)}x longer, so it refines the old one`,
          metadata: { ...metadata, duplicateType: 'refinement', lengthRatio },
        };
      }
      return { ...base, outcome: 'same', confidence: 0.9, metadata: { ...metadata, duplicateType: 'duplicate', lengthRatio } };
    }
    if (verdict.relation === 'refinement') {
      return { ...base, outcome: 'superseded', confidence: 0.9, metadata: { ...metadata, duplicateType: 'refinement' } };
    }
    if (verdict.relation === 'distinct') {
      return { ...base, outcome: 'neutral', confidence: 0.8, metadata: { ...metadata, duplicateType: 'distinct_facts' } };
    }
    return null;
  }

  getMetrics(): Record<string, unknown> {
    return { duplicateChecks: this.#checks, duplicateFailures: this.#failures, ...metricsOf(this.detector) };
  }
}

/** Length of the new text over the old, in code points as the original counts; 1 when the old is empty. */
function lengthRatioOf(earlier: string, later: string): number {
  const earlierLength = [...earlier].length;
  return earlierLength === 0 ? 1 : [...later].length / earlierLength;
}
