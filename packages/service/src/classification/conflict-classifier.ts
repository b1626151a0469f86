import type { MemoryFact, ScoredMemory } from '@casual-memory/core';
import { metricsOf } from '../observability/metrics-of';
import type { ConflictVerifier } from '../verification/verdicts';
import { clarificationHint, conflictCategory } from './conflict-category';
import type { CheckType, ClassificationRun, MemoryClassifier, SimilarityResult } from './similarity-result';

/** The original's confidence for a detected contradiction. */
const CONFLICT_CONFIDENCE = 0.9;

/**
 * Asks a `ConflictVerifier` whether the new memory contradicts the earlier one. `contradiction` is a
 * `conflict` (with a category, the question to ask the user and the pair's average importance);
 * `update` (a deliberate change: "I moved to Paris") supersedes the earlier memory; `none` and
 * `unsure` pass on to the next classifier. Runs on primary and secondary checks; a failing verifier
 * passes on too.
 */
export class ConflictClassifier implements MemoryClassifier {
  readonly name = 'conflict';
  #checks = 0;
  #failures = 0;

  constructor(private readonly verifier: ConflictVerifier) {}

  async classifyPair(
    newMemory: MemoryFact,
    similar: ScoredMemory,
    _checkType: CheckType,
    existing: SimilarityResult | null,
    run?: ClassificationRun,
  ): Promise<SimilarityResult | null> {
    if (existing !== null) return existing;
    this.#checks += 1;
    let verdict: Awaited<ReturnType<ConflictVerifier['verifyConflict']>>;
    try {
      verdict = await this.verifier.verifyConflict(similar.memory, newMemory, similar.score, { calls: run?.calls });
    } catch {
      this.#failures += 1;
      return null;
    }
    if (verdict.relation === 'contradiction') {
      const category = verdict.category ?? conflictCategory(similar.memory.text, newMemory.text);
      return {
        similar,
        outcome: 'conflict',
        confidence: CONFLICT_CONFIDENCE,
        classifier: this.name,
        reason: verdict.reason,
        metadata: {
          detectionMethod: verdict.method,
          category,
          clarificationHint: clarificationHint(category),
          avgImportance: (similar.memory.importance + newMemory.importance) / 2,
          verdictConfidence: verdict.confidence,
        },
      };
    }
    if (verdict.relation === 'update') {
      return {
        similar,
        outcome: 'superseded',
        confidence: verdict.confidence,
        classifier: this.name,
        reason: verdict.reason,
        metadata: {
          detectionMethod: verdict.method,
          relation: 'update',
          ...(verdict.category === undefined ? {} : { category: verdict.category }),
        },
      };
    }
    return null;
  }

  getMetrics(): Record<string, unknown> {
    const verifierMetrics = metricsOf(this.verifier);
    return { conflictChecks: this.#checks, conflictFailures: this.#failures, ...verifierMetrics };
  }
}
