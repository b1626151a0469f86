import { contentOf, type Statement } from './analyze-statement';
import { HAS_AFTER_S_AHEAD, normalizeText } from './normalize-text';
import { stemWord } from './stem-word';
import { NOT_NAMES, PRONOUNS } from './word-lists';

// "lily-mae's birthday", "Dr Patel's clinic": a word before "'s" that owns the next one. Not "rent's gone up" or
// "Jake's 12" ("has" and "is"), nor "she's in Leeds".
const OWNER = new RegExp(
  `\\b([a-z][a-z-]*)['’]s\\s+(?!${HAS_AFTER_S_AHEAD})(?!(?:a|an|the|so|very|really|not|still|now|just|in|at|on|with|from|back|off|out|up|down|home|here|there|going|getting|doing|been|\\d)\\b)(?=[a-z])`,
  'gi',
);

// "Dr Patel", "Mr Okonkwo", "dr patel": one named with a title, a person (not "I'll miss him"). After "doctor" spelt out,
// only a name with a capital ("my eye doctor is Dr Nguyen" names no "doctor is"). Dr Pepper is a drink. A surname after
// a first name is part of it ("Dr. Lisa Chung"), a day or a month is not ("Dr Patel Monday").
const TITLED =
  /\b([Dd]r|DR|[Dd]octor|[Mm]rs?|[Mm]s|Miss|[Pp]rof)\.?\s+(?!(?<=[Dd]octor\s+)[a-z])(?!(?:him|her|them|you|me|us|it|the|a|my|your)\b)(?![Pp]epper\b)([A-Za-z][a-z-]+)(?:\s+(?!(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun|Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\b)[A-Z][a-z-]+)?/g;

/** The stems of the words that own another in `text` ("lily-mae's birthday": lily, mae). */
function ownersIn(text: string): Set<string> {
  // "Lafitte's Lounge", "Sainsbury's Local": a name of a place, which no one owns here.
  const owners = [...text.matchAll(OWNER)].filter((match) => /[a-z]/.test(text[match.index + match[0].length] ?? ''));
  return new Set(owners.flatMap((match) => stemsOf(match[1]!)));
}

/**
 * "lily-mae's birthday is 19th june" / "lily-mae is 5 now": all that two statements share is whose the thing one of
 * them speaks of is (or who treats them), so they speak of two things of one.
 */
export function sharesOnlyAnOwner(earlierText: string, laterText: string, sharedStems: readonly string[]): boolean {
  // A number both happen to hold ("10:30", "10 mg") is no thing in common either.
  const shared = sharedStems.filter((stem) => !/^\d/.test(stem));
  if (shared.length === 0) return false;
  // "Ray's neurology appt with Dr. Thibodeaux is October 14" / "Dr. Thibodeaux bumped Ray's donepezil up to 10 mg now":
  // whose it is, and who treats them, are no thing of the two.
  const owners = new Set([...ownersIn(earlierText), ...ownersIn(laterText), ...titledIn(laterText)]);
  return shared.every((stem) => owners.has(stem));
}

/** The ones a text names with a title, as written ("Dr Hughes", "dr moyer"). */
export function titledNamesIn(text: string): string[] {
  return [...text.matchAll(TITLED)].map((match) => match[0]);
}

/**
 * "Eye doctor Dr Nguyen says I got diabetic retinopathy" / "Dr Ramirez is retiring, my new diabetes doctor is Dr Patel":
 * each names someone with a title, and none of the later one's is the earlier one's, so a change the later one tells
 * is of others.
 */
export function namesOthersTitled(earlierText: string, laterText: string): boolean {
  // Each one's words after the title ("Dr. Alan Feldman": alan, feldman), so "Dr. Feldman" is the same one.
  const namesIn = (text: string): string[][] => [...text.matchAll(TITLED)].map((match) => match[0].toLowerCase().split(/\s+/).slice(1));
  const before = new Set(namesIn(earlierText).flat());
  const now = namesIn(laterText);
  return before.size > 0 && now.length > 0 && now.every((words) => words.every((word) => !before.has(word)));
}

/** The stems of the ones a text names with a title ("Dr Patel": dr, patel). */
export function titledIn(text: string): string[] {
  return [...text.matchAll(TITLED)].flatMap((match) => stemsOf(`${match[1]} ${match[2]}`));
}

/** The stems of a name's words ("lily-mae": lily, mae), read without the whole text's rewrites. */
function stemsOf(name: string): string[] {
  return name
    .toLowerCase()
    .split(/[\s-]+/)
    .filter((word) => word !== '' && word !== 'and' && word !== '&')
    .map(stemWord);
}

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
  const titled = new Set(titledIn(laterText));
  if (shared.length === 0 || !shared.every((stem) => titled.has(stem))) return false;
  const changeStems = changeWords.map((word) => stemWord(word.split(' ').at(-1)!.toLowerCase()));
  const stretches = normalizeText(laterText).segments.filter((segment) => segment.some((stem) => changeStems.includes(stem)));
  return stretches.length > 0 && stretches.every((segment) => !contentOf(segment).some((stem) => earlierTokens.includes(stem)));
}

// The name a text opens with, the one it is about: "Wanda Sue is seventy-nine", "wor Liam's moved oot", "Actually,
// Bobby Ray don't work there". Not a place named further on ("Megan moved to Regina").
const OPENING_WORDS = /^\W*(?:(?:actually|so|and|oh|well|also|btw|my|our|wor|me)\b[,\s]+)*/i;
// ("Gary and Danielle have moved to Whitley Bay": both names.)
// (A word in capitals, "PASSED MY DRIVING TEST", is no name.)
const OPENING_NAME = /^(?:\p{Lu}\p{Ll}[\p{L}-]*\s+){0,2}\p{Lu}\p{Ll}[\p{L}-]*(?:\s+(?:and|&)\s+\p{Lu}\p{Ll}[\p{L}-]*)?(?![\p{L}-])/u;

/** The stems of the name `text` opens with (see `OPENING_NAME`), or none. */
function openingName(text: string): string[] {
  const name = OPENING_NAME.exec(text.replace(OPENING_WORDS, ''))?.[0];
  // "Netball practice moved to Mondays": a word written with a capital because it opens the text.
  return name === undefined || NOT_NAMES.has(name.split(/\s/)[0]!) ? [] : stemsOf(name);
}

/**
 * "Wanda Sue lives out on the farm road past Carlton" / "Wanda Sue is seventy-nine and she just had her hip replaced",
 * "Dr. Patel has me on metformin" / "not takin' the losartan anymore, Dr. Patel put me on amlodipine": all the two
 * share is the name of one person, the one the later one opens with or one both name with a title, so a change the
 * later one tells is of something else of theirs.
 */
export function sharesOnlyAName(earlierText: string, laterText: string, sharedStems: readonly string[]): boolean {
  const shared = sharedStems.filter((stem) => !/^\d/.test(stem));
  if (shared.length === 0) return false;
  const earlierTitled = new Set(titledIn(earlierText));
  const titledInBoth = titledIn(laterText).filter((stem) => earlierTitled.has(stem));
  // A word of the earlier text that starts with the stem ("sue" in "Wanda Sue", not in "issue").
  const inEarlier = (stem: string) => new RegExp(`(?<![\\p{L}])${stem.replace(/[^\p{L}\d]/gu, '')}`, 'iu').test(earlierText);
  const named = new Set([...openingName(laterText).filter(inEarlier), ...titledInBoth]);
  return shared.every((stem) => named.has(stem)) && shared.some((stem) => !TITLE_WORD.has(stem));
}
export const TITLE_WORD: ReadonlySet<string> = new Set(['dr', 'doctor', 'mr', 'mrs', 'ms', 'miss', 'prof']);

// A name of two words or more written with capitals ("Orlando Health", "Port Harcourt General").
const LONG_NAME = /\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*)+/gu;

/**
 * "Marisol lives in Orlando" / "Marisol switched to Orlando Health": all the two share is the place the earlier one
 * says one lives, which the later one names only inside a longer name of something else (a hospital, a firm), and the
 * later one says of no home. A change it tells is not of where one lives.
 */
export function sharesOnlyAPlaceInAName(earlier: Statement, later: Statement, sharedStems: readonly string[]): boolean {
  const home = earlier.attribute?.key === 'residence' ? earlier.attribute.value : undefined;
  if (home === undefined || later.attribute?.key === 'residence' || sharedStems.length === 0) return false;
  const names = [...later.text.matchAll(LONG_NAME)].map((match) => stemsOf(match[0]));
  // "she" is read as a word of both ("…, she moved from Tampa" / "…, better hours she says"): no place.
  const places = sharedStems.filter((stem) => !PRONOUNS.has(stem));
  return (
    places.length > 0 &&
    places.every((stem) => home.includes(stem) && names.some((name) => name.includes(stem) && name.some((word) => !home.includes(word))))
  );
}
