import type { Statement } from '../../../packages/service/src/offline/analyze-statement';
import type { StatementComparison, StatementRelation } from '../../../packages/service/src/offline/compare-statements';
import { stemWord } from '../../../packages/service/src/offline/stem-word';

/** The rules' readings, one feature each (`same-text` never reaches the features: it is decided before). */
export const RELATIONS: readonly StatementRelation[] = [
  'different-subject',
  'different-attribute',
  'unrelated',
  'equal',
  'narrower',
  'refinement',
  'negation',
  'value-change',
  'update',
  'correction',
  'compatible',
  'unclear',
];

/** Names of the features, in the order `pairFeatures` returns them (the weights file is checked against it). */
export const PAIR_FEATURE_NAMES: readonly string[] = [
  'similarity',
  'content-overlap',
  'later-new-content',
  'earlier-unsaid-content',
  'later-change-words',
  'earlier-change-words',
  'later-correction',
  'retracts-earlier',
  'negation-differs',
  'later-negated',
  'later-past',
  'earlier-past',
  'same-subject',
  'both-about-user',
  'same-attribute',
  'same-attribute-other-value',
  'single-valued-attribute',
  'numbers-differ',
  'numbers-shared',
  'later-adds',
  'later-length',
  ...RELATIONS.map((relation) => `relation:${relation}`),
];

const ADDITIVE = new Set(['also', 'too', 'another', 'well', 'addition', 'second'].map(stemWord));
const SELF_LIKE = new Set(['self', 'thing']);

const isNumber = (token: string) => /^\d/.test(token);

/**
 * What the pair model weighs, read off the two analysed statements, the rules' comparison and the
 * embedder's cosine of the pair (0 when the model in use has no similarity weight). Every feature is
 * a number, mostly 0/1, so a newcomer can read a weight as "how much this signal pushes each outcome".
 */
export function pairFeatures(earlier: Statement, later: Statement, comparison: StatementComparison, similarity: number): number[] {
  const earlierContent = new Set(earlier.content);
  const laterContent = new Set(later.content);
  const shared = [...laterContent].filter((stem) => earlierContent.has(stem)).length;
  const union = earlierContent.size + laterContent.size - shared;
  const earlierNumbers = new Set(earlier.tokens.filter(isNumber));
  const laterNumbers = later.tokens.filter(isNumber);
  const sharedNumbers = laterNumbers.filter((token) => earlierNumbers.has(token)).length;
  const sameAttribute = earlier.attribute !== undefined && later.attribute !== undefined && earlier.attribute.key === later.attribute.key;
  const otherValue = sameAttribute && earlier.attribute?.value.join(' ') !== later.attribute?.value.join(' ');
  const flag = (value: boolean) => (value ? 1 : 0);
  return [
    similarity,
    union === 0 ? 0 : shared / union,
    laterContent.size === 0 ? 0 : (laterContent.size - shared) / laterContent.size,
    earlierContent.size === 0 ? 0 : (earlierContent.size - shared) / earlierContent.size,
    flag(later.changeWords.length > 0),
    flag(earlier.changeWords.length > 0),
    flag(later.correction),
    flag(later.retracted.some((stem) => earlierContent.has(stem))),
    flag(earlier.negated !== later.negated),
    flag(later.negated),
    flag(later.past),
    flag(earlier.past),
    flag(earlier.subject === later.subject || (SELF_LIKE.has(earlier.subject) && SELF_LIKE.has(later.subject))),
    flag(earlier.subject === 'self' && later.subject === 'self'),
    flag(sameAttribute),
    flag(otherValue),
    flag(sameAttribute && earlier.attribute?.single === true),
    flag(earlierNumbers.size > 0 && laterNumbers.length > 0 && sharedNumbers < laterNumbers.length),
    flag(sharedNumbers > 0),
    flag(later.tokens.some((token) => ADDITIVE.has(token))),
    Math.min(later.tokens.length, 30) / 30,
    ...RELATIONS.map((relation) => flag(comparison.relation === relation)),
  ];
}
