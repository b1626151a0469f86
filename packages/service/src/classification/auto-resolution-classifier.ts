import type { MemoryFact, ScoredMemory } from '@casual-memory/core';
import { checkUnitInterval } from './check-unit-interval';
import type { CheckType, MemoryClassifier, SimilarityResult } from './similarity-result';

export interface AutoResolutionClassifierOptions {
  /** New confidence / old confidence at or above this: the new memory wins (`superseded`). Default 1.3. */
  supersedeThreshold?: number;
  /** At or below this: the old memory wins and the new one counts as a mention of it (`same`). Default 0.7. */
  keepThreshold?: number;
}

/**
 * Settles a detected conflict without asking when one side is much better established: compares the
 * memories' confidences. Leaves every other outcome alone; a conflict it cannot settle stays a
 * conflict, annotated with the ratio. Keeps the conflict's own metadata on the result it returns.
 */
export class AutoResolutionClassifier implements MemoryClassifier {
  readonly name = 'auto_resolution';
  readonly supersedeThreshold: number;
  readonly keepThreshold: number;

  constructor(options: AutoResolutionClassifierOptions = {}) {
    this.supersedeThreshold = checkUnitInterval(options.supersedeThreshold ?? 1.3, 'supersedeThreshold', Number.MAX_VALUE);
    this.keepThreshold = checkUnitInterval(options.keepThreshold ?? 0.7, 'keepThreshold', Number.MAX_VALUE);
  }

  async classifyPair(
    newMemory: MemoryFact,
    similar: ScoredMemory,
    _checkType: CheckType,
    existing: SimilarityResult | null,
  ): Promise<SimilarityResult | null> {
    if (existing === null || existing.outcome !== 'conflict') return existing;
    const oldConfidence = similar.memory.confidence;
    const newConfidence = newMemory.confidence;
    if (oldConfidence === 0) return existing;
    const confidenceRatio = newConfidence / oldConfidence;
    const numbers = { confidenceRatio, oldConfidence, newConfidence };
    if (confidenceRatio >= this.supersedeThreshold || confidenceRatio <= this.keepThreshold) {
      const keepNew = confidenceRatio >= this.supersedeThreshold;
      return {
        similar,
        outcome: keepNew ? 'superseded' : 'same',
        confidence: 0.9,
        classifier: this.name,
        reason: keepNew
          ? `contradiction settled for the new memory: confidence ratio ${confidenceRatio.toFixed(2)} >= ${this.supersedeThreshold}`
          : `contradiction settled for the old memory: confidence ratio ${confidenceRatio.toFixed(2)} <= ${this.keepThreshold}`,
        metadata: {
          ...existing.metadata,
          ...numbers,
          autoResolved: true,
          resolutionDecision: keepNew ? 'keep_new' : 'keep_old',
          originalOutcome: 'conflict',
          originalReason: existing.reason,
        },
      };
    }
    return { ...existing, metadata: { ...existing.metadata, ...numbers, autoResolved: false } };
  }

  getMetrics(): Record<string, unknown> {
    return { autoResolutionSupersedeThreshold: this.supersedeThreshold, autoResolutionKeepThreshold: this.keepThreshold };
  }
}
