import type { PairJudgement } from '../../../packages/service/src/judgement/pair-verdict';

/** The outcomes the pair model scores, in the order of each weight row. */
export const PAIR_MODEL_OUTCOMES: readonly Exclude<PairJudgement, 'unsure'>[] = ['same', 'superseded', 'conflict', 'neutral'];

/** One trained model: features are standardised with `mean` and `scale`, then weighed (row 0 is the bias). */
export interface PairModelWeights {
  mean: readonly number[];
  scale: readonly number[];
  /** One row per feature plus the bias first; one column per outcome. */
  weights: readonly (readonly number[])[];
  /** How it did on topics it was not trained on, for the record. */
  crossValidated: string;
}

/** The probability of each outcome (same order as `PAIR_MODEL_OUTCOMES`) for one pair's features. */
export function outcomeProbabilities(model: PairModelWeights, features: readonly number[]): number[] {
  const scores = PAIR_MODEL_OUTCOMES.map((_, k) => {
    let score = model.weights[0]![k]!;
    for (let j = 0; j < features.length; j++) score += ((features[j]! - model.mean[j]!) / model.scale[j]!) * model.weights[j + 1]![k]!;
    return score;
  });
  const max = Math.max(...scores);
  const exps = scores.map((score) => Math.exp(score - max));
  const total = exps.reduce((sum, value) => sum + value, 0);
  return exps.map((value) => value / total);
}
