import { contentOf } from './analyze-statement';
import { HAS_AFTER_S_AHEAD, normalizeText } from './normalize-text';
import { stemWord } from './stem-word';

// "lily-mae's birthday", "Dr Patel's clinic": a word before "'s" that owns the next one. Not "rent's gone up" or
// "Jake's 12" ("has" and "is"), nor "she's in Leeds".
const OWNER = new RegExp(
  `\\b([a-z][a-z-]*)['’]s\\s+(?!${HAS_AFTER_S_AHEAD})(?!(?:a|an|the|so|very|really|not|still|now|just|in|at|on|with|from|back|off|out|up|down|home|here|there|going|getting|doing|been|\\d)\\b)(?=[a-z])`,
  'gi',
);

/** The stems of the words that own another in `text` ("lily-mae's birthday": lily, mae). */
function ownersIn(text: string): Set<string> {
  return new Set([...text.matchAll(OWNER)].flatMap((match) => normalizeText(match[1]!).tokens));
}

/**
 * "lily-mae's birthday is 19th june" / "lily-mae is 5 now": all that two statements share is whose the thing one of
 * them speaks of is, so they speak of two things of one.
 */
export function sharesOnlyAnOwner(earlierText: string, laterText: string, shared: readonly string[]): boolean {
  if (shared.length === 0) return false;
  const owners = new Set([...ownersIn(earlierText), ...ownersIn(laterText)]);
  return shared.every((stem) => owners.has(stem));
}

// "Dr Patel", "Mr Okonkwo", "dr patel": one named with a title, a person (not "I'll miss him").
const TITLED = /\b([Dd]r|DR|[Dd]octor|[Mm]rs?|[Mm]s|Miss|[Pp]rof)\.?\s+(?!(?:him|her|them|you|me|us|it|the|a|my|your)\b)([A-Za-z][a-z-]+)/g;

/**
 * "Dr Patel switched me from metformin to Jardiance" / "HbA1c now 52, Dr Patel happy with me": all the two share is one
 * named with a title, and the later one's words of change ("now") are all in stretches that share nothing with the
 * earlier one, so what changed is something else. ("Paid down my student loans, $14,500 left now" shares a thing.)
 */
export function changedElsewhere(
  earlierTokens: readonly string[],
  laterText: string,
  changeWords: readonly string[],
  shared: readonly string[],
): boolean {
  const titled = new Set([...laterText.matchAll(TITLED)].flatMap((match) => normalizeText(`${match[1]} ${match[2]}`).tokens));
  if (shared.length === 0 || !shared.every((stem) => titled.has(stem))) return false;
  const changeStems = changeWords.map((word) => stemWord(word.split(' ').at(-1)!.toLowerCase()));
  const stretches = normalizeText(laterText).segments.filter((segment) => segment.some((stem) => changeStems.includes(stem)));
  return stretches.length > 0 && stretches.every((segment) => !contentOf(segment).some((stem) => earlierTokens.includes(stem)));
}
