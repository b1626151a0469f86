import type { ScoredMemory } from '@casual-memory/core';
import type { PairVerdict } from '../judgement/pair-verdict';

/**
 * How often a "neutral" reading of a pair that does not stand out was right, measured by
 * `node bench/decisions/calibrate-crowd.mjs` on the candidates the search found in the training streams
 * (the development stream and the training look-alike streams, with both embedders): 99.0% of 11,223.
 * A pair a statement is about is usually the closest by a clear margin; one among near-equals the rules
 * read as unrelated rarely is. A lone candidate and one that stands out are still asked about: the
 * labelled pairs, each a lone candidate written to be hard, read "neutral" right about half the time.
 * On the sealed streams, measured after the rule was made, such readings were right 96.3% of 7,538, and
 * leaving them unasked cost a perfect model 3 to 7 points of decisions there: the rule is off unless
 * `standOutMargin` is set.
 */
export const CROWDED_NEUTRAL_CONFIDENCE = 0.99;

/**
 * Whether `similar` is closer to the new statement than every other candidate of the add by at least
 * `margin`. A lone candidate has nothing to be compared with: it stands out.
 */
export function standsOut(similar: ScoredMemory, candidates: readonly ScoredMemory[], margin: number): boolean {
  let closestOther = Number.NEGATIVE_INFINITY;
  for (const other of candidates) if (other.id !== similar.id && other.score > closestOther) closestOther = other.score;
  return similar.score - closestOther >= margin;
}

/**
 * The rules' verdict on a pair, taken with the add's other candidates: a neutral reading of a pair that
 * does not stand out carries the confidence measured for such readings, so it is acted on without
 * asking a model. Other verdicts are returned as they are.
 */
export function readAmongCandidates(
  rules: PairVerdict,
  similar: ScoredMemory,
  candidates: readonly ScoredMemory[],
  margin: number,
): PairVerdict {
  if (rules.outcome !== 'neutral' || rules.confidence >= CROWDED_NEUTRAL_CONFIDENCE || standsOut(similar, candidates, margin)) return rules;
  return {
    ...rules,
    confidence: CROWDED_NEUTRAL_CONFIDENCE,
    reason: `${rules.reason}, and it is no closer than the other similar memories`,
  };
}
