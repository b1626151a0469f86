import type { ScoredMemory } from '@casual-memory/core';
import type { PairVerdict } from '../judgement/pair-verdict';

/** One candidate with the rules' verdict on it. */
export interface JudgedCandidate {
  similar: ScoredMemory;
  rules: PairVerdict;
}

/**
 * How likely a pair the rules could not settle is to be the one the new statement is about, as an
 * order (lower first): a reading of change, sameness or contradiction (or none) first, then a
 * reading of "the same one, something else", and a reading of "someone else" last.
 */
function askRank(rules: PairVerdict): number {
  if (rules.outcome !== 'neutral') return 0;
  return rules.relation === 'different-subject' ? 2 : 1;
}

/**
 * Which of the pairs below the bar earn the add's model calls (`budget` of them). Asking in order of
 * similarity spent the one call on "My cousin Marco is a paralegal" when "I'm a history teacher" was the
 * statement "I'm an assistant principal now" replaces: the closest pair is asked first only among
 * pairs that read alike. Measured on the development stream: the related pair was the one asked for
 * 425 of 437 adds that had one, against 390 in order of similarity.
 */
export function pairsWorthAsking(unsettled: readonly JudgedCandidate[], budget: number): Set<string> {
  const ordered = [...unsettled].sort((a, b) => askRank(a.rules) - askRank(b.rules) || b.similar.score - a.similar.score);
  return new Set(ordered.slice(0, Math.max(0, budget)).map((candidate) => candidate.similar.id));
}
