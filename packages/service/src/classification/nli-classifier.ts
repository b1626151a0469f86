import type { MemoryFact, NliProvider, ScoredMemory } from '@casual-memory/core';
import { countCall } from '../observability/call-counts';
import { deadlineOf, guardedCall } from '../service/call-deadline';
import { checkUnitInterval } from './check-unit-interval';
import type { CheckType, ClassificationRun, MemoryClassifier, SimilarityResult } from './similarity-result';

export interface NliClassifierOptions {
  /** Entailment at or above this means the same fact. Default 0.85. */
  entailmentThreshold?: number;
  /** Neutral at or above this (with low entailment) means unrelated facts. Default 0.5. */
  neutralThreshold?: number;
  /** Entailment must stay below this for a neutral verdict. Default 0.3. */
  neutralMaxEntailment?: number;
}

/**
 * A fast first pass with a natural-language-inference model: strong entailment of the new memory by
 * the old one is a duplicate (`same`), clear neutrality is `neutral`; anything else (contradiction
 * included) passes on to the conflict and duplicate checks. Runs on primary and secondary checks.
 */
export class NliClassifier implements MemoryClassifier {
  readonly name = 'nli';
  readonly entailmentThreshold: number;
  readonly neutralThreshold: number;
  readonly neutralMaxEntailment: number;
  #predictions = 0;
  #failures = 0;

  constructor(
    private readonly nli: NliProvider,
    options: NliClassifierOptions = {},
  ) {
    this.entailmentThreshold = checkUnitInterval(options.entailmentThreshold ?? 0.85, 'entailmentThreshold');
    this.neutralThreshold = checkUnitInterval(options.neutralThreshold ?? 0.5, 'neutralThreshold');
    this.neutralMaxEntailment = checkUnitInterval(options.neutralMaxEntailment ?? 0.3, 'neutralMaxEntailment');
  }

  async classifyPair(
    newMemory: MemoryFact,
    similar: ScoredMemory,
    _checkType: CheckType,
    existing: SimilarityResult | null,
    run?: ClassificationRun,
  ): Promise<SimilarityResult | null> {
    if (existing !== null) return existing;
    let scores: Awaited<ReturnType<NliProvider['predict']>>;
    try {
      countCall(run?.calls, 'nli');
      this.#predictions += 1;
      // Under the operation's deadline (found through its counters), a hung model is raced.
      scores = await guardedCall(
        'provider',
        'NliProvider.predict',
        () => this.nli.predict(similar.memory.text, newMemory.text),
        deadlineOf(run?.calls),
      );
    } catch {
      // A failing model must not block the write: the LLM or heuristic checks still decide.
      this.#failures += 1;
      return null;
    }
    const { contradiction, entailment, neutral } = scores;
    const metadata = { nliLabel: nliLabel(scores), nliScores: { contradiction, entailment, neutral } };
    if (entailment >= this.entailmentThreshold) {
      const reason = `NLI entailment ${entailment.toFixed(2)} >= ${this.entailmentThreshold}: the same fact`;
      return { similar, outcome: 'same', confidence: entailment, classifier: this.name, reason, metadata };
    }
    if (neutral >= this.neutralThreshold && entailment < this.neutralMaxEntailment) {
      const reason = `NLI neutral ${neutral.toFixed(2)} >= ${this.neutralThreshold} with entailment ${entailment.toFixed(2)} < ${this.neutralMaxEntailment}: unrelated facts`;
      return { similar, outcome: 'neutral', confidence: neutral, classifier: this.name, reason, metadata };
    }
    return null;
  }

  getMetrics(): Record<string, unknown> {
    return {
      nliPredictions: this.#predictions,
      nliFailures: this.#failures,
      entailmentThreshold: this.entailmentThreshold,
      neutralThreshold: this.neutralThreshold,
      neutralMaxEntailment: this.neutralMaxEntailment,
    };
  }
}

/** The most probable label; the first of equals wins, in the original's order. */
function nliLabel(scores: { contradiction: number; entailment: number; neutral: number }): string {
  let label = 'contradiction';
  let best = scores.contradiction;
  if (scores.entailment > best) [label, best] = ['entailment', scores.entailment];
  if (scores.neutral > best) label = 'neutral';
  return label;
}
