import { type MemoryFact, type ScoredMemory, ValidationError } from '@casual-memory/core';
import type { CountingOptions } from '../observability/call-counts';
import { checkCount, checkUnitInterval } from './check-unit-interval';
import { createClassificationResult, type MemoryClassificationResult, type MemoryOutcome } from './memory-classification-result';
import type { ClassificationRun, MemoryClassifier, SimilarityResult } from './similarity-result';

/** Which similar memories to check: the closest only, the closest plus very close ones, or all. */
export type ClassificationStrategy = 'single' | 'tiered' | 'all';
const STRATEGIES: readonly ClassificationStrategy[] = ['single', 'tiered', 'all'];

export interface MemoryClassificationPipelineOptions {
  /** Default `tiered`. */
  strategy?: ClassificationStrategy;
  /** `tiered`: a secondary memory is checked only when its score is at least this. Default 0.90. */
  secondaryConflictThreshold?: number;
  /** `tiered`: at most this many secondary checks. Default 3. */
  maxSecondaryChecks?: number;
}

/**
 * Classifies a new memory against its similar memories (best first) by running every classifier, in
 * order, on each selected pair; each classifier sees the previous one's result. Stops at the first
 * `conflict` or `same`. Overall: any conflict is `conflict`, else any same is `skip`, else `add`.
 */
export class MemoryClassificationPipeline {
  readonly strategy: ClassificationStrategy;
  readonly secondaryConflictThreshold: number;
  readonly maxSecondaryChecks: number;
  readonly classifiers: readonly MemoryClassifier[];

  constructor(classifiers: readonly MemoryClassifier[], options: MemoryClassificationPipelineOptions = {}) {
    const strategy = options.strategy ?? 'tiered';
    // The original ran an unknown strategy as `all`; a typo is an error here.
    if (!STRATEGIES.includes(strategy)) {
      throw new ValidationError({
        path: 'strategy',
        message: `Invalid strategy: expected one of ${STRATEGIES.join(', ')}, got ${String(strategy)}`,
      });
    }
    this.strategy = strategy;
    this.secondaryConflictThreshold = checkUnitInterval(options.secondaryConflictThreshold ?? 0.9, 'secondaryConflictThreshold');
    this.maxSecondaryChecks = checkCount(options.maxSecondaryChecks ?? 3, 'maxSecondaryChecks');
    this.classifiers = [...classifiers];
  }

  /** `options.calls` receives the provider calls the classifiers make (a `MemoryService` add passes its own). */
  async classify(
    newMemory: MemoryFact,
    similarMemories: readonly ScoredMemory[],
    options: CountingOptions = {},
  ): Promise<MemoryClassificationResult> {
    const results: SimilarityResult[] = [];
    const run: ClassificationRun = { newMemory, candidates: this.select(similarMemories), calls: options.calls };
    for (const [index, similar] of run.candidates.entries()) {
      const checkType = index === 0 ? 'primary' : 'secondary';
      let result: SimilarityResult | null = null;
      for (const classifier of this.classifiers) result = await classifier.classifyPair(newMemory, similar, checkType, result, run);
      result ??= {
        similar,
        outcome: 'neutral',
        confidence: 0.5,
        classifier: 'default',
        reason: 'no classifier was confident; both memories kept',
        metadata: { reason: 'no_classifier_confident', checkType },
      };
      results.push(result);
      if (result.outcome === 'conflict' || result.outcome === 'same') break;
    }
    return createClassificationResult(newMemory, overallOutcome(results), results);
  }

  private select(similarMemories: readonly ScoredMemory[]): readonly ScoredMemory[] {
    const [first, ...rest] = similarMemories;
    if (first === undefined) return [];
    if (this.strategy === 'single') return [first];
    if (this.strategy === 'all') return similarMemories;
    const selected = [first];
    for (const similar of rest.slice(0, this.maxSecondaryChecks)) {
      if (similar.score < this.secondaryConflictThreshold) break;
      selected.push(similar);
    }
    return selected;
  }

  getMetrics(): Record<string, unknown> {
    return {
      strategy: this.strategy,
      secondaryConflictThreshold: this.secondaryConflictThreshold,
      maxSecondaryChecks: this.maxSecondaryChecks,
      classifierCount: this.classifiers.length,
      classifiers: this.classifiers.map((classifier) => classifier.name),
    };
  }
}

function overallOutcome(results: readonly SimilarityResult[]): MemoryOutcome {
  if (results.some((result) => result.outcome === 'conflict')) return 'conflict';
  if (results.some((result) => result.outcome === 'same')) return 'skip';
  return 'add';
}
