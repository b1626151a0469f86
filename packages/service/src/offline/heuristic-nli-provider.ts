import type { NliProvider, NliScores } from '@casual-memory/core';
import { ValidationError } from '@casual-memory/core';
import type { StatementRelation } from './compare-statements';
import { compareTexts } from './statement-cache';

// A strong change word with little in common: scored alike however few words are shared.
const LOOSE_CHANGE: NliScores = { contradiction: 0.4, entailment: 0.1, neutral: 0.5 };

// Scores per relation, each summing to 1. Only `equal`/`narrower` reach the NLI classifier's entailment
// threshold (0.85) and only clearly separate facts its neutral rule (neutral >= 0.5, entailment < 0.3);
// everything where a contradiction or an update is possible stays in between, so the pipeline asks the
// conflict verifier.
const SCORES: Readonly<Record<StatementRelation, NliScores>> = {
  equal: { contradiction: 0.03, entailment: 0.92, neutral: 0.05 },
  narrower: { contradiction: 0.03, entailment: 0.9, neutral: 0.07 },
  'different-subject': { contradiction: 0.05, entailment: 0.1, neutral: 0.85 },
  'different-attribute': { contradiction: 0.07, entailment: 0.08, neutral: 0.85 },
  unrelated: { contradiction: 0.05, entailment: 0.05, neutral: 0.9 },
  compatible: { contradiction: 0.1, entailment: 0.15, neutral: 0.75 },
  negation: { contradiction: 0.75, entailment: 0.05, neutral: 0.2 },
  denial: { contradiction: 0.6, entailment: 0.05, neutral: 0.35 },
  'value-change': { contradiction: 0.7, entailment: 0.1, neutral: 0.2 },
  update: { contradiction: 0.5, entailment: 0.15, neutral: 0.35 },
  'loose-update': LOOSE_CHANGE,
  'one-word-update': LOOSE_CHANGE,
  correction: { contradiction: 0.5, entailment: 0.15, neutral: 0.35 },
  refinement: { contradiction: 0.1, entailment: 0.45, neutral: 0.45 },
  unclear: { contradiction: 0.34, entailment: 0.33, neutral: 0.33 },
};

/**
 * Natural-language inference without a model: reads both statements (subject, attribute, value,
 * negation, change words, numbers and dates) and turns how they relate into contradiction / entailment /
 * neutral scores. Near-identical meaning gives entailment >= 0.85, clearly different subjects or
 * attributes neutral >= 0.5 with entailment < 0.3, and anything that may be a contradiction or an update
 * scores in between. Deterministic; no network.
 */
export class HeuristicNliProvider implements NliProvider {
  #predictions = 0;

  async predict(premise: string, hypothesis: string): Promise<NliScores> {
    if (typeof premise !== 'string') throw new ValidationError({ path: 'premise', message: 'premise must be a string' });
    if (typeof hypothesis !== 'string') throw new ValidationError({ path: 'hypothesis', message: 'hypothesis must be a string' });
    this.#predictions += 1;
    return { ...SCORES[compareTexts(premise, hypothesis).relation] };
  }

  getMetrics(): Record<string, unknown> {
    return { heuristicNliPredictions: this.#predictions };
  }
}
