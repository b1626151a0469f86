import { stemWord } from './stem-word';

// "switched me from Atorvastatin", "took me off the lisinopril", "switched me off the amlodipine onto ramipril",
// "oat milk instead of cow's": what it replaces.
const REPLACED =
  /\b(?:from|(?:took|taken|take|taking|came|come|coming|went|gone|going|switched|switching|put|putting)(?: me| him| her| us| them)? off|instead of|rather than|replac(?:e|es|ed|ing))\s+(?:the |my |our |a |an |his |her )?([A-Za-z][\w'-]*)/gi;

// "Dr Singh put mi amlodipine up to 10mg", "increased my thyroxine to 75mcg": the amount of what it names, replaced.
const AMOUNT_CHANGED =
  /\b(?:put|puts|bumped|upped|knocked|brought|turned|increased|raised|lowered|reduced|decreased|doubled|halved|cut|dropped)(?: me| mi| him| her| us)?\s+(?:the |my |mi |our |his |her )?([A-Za-z][\w'-]*)\s+(?:(?:up|down)(?: to)?|to)\s+\d/gi;

/** The stems of the first words of what `text` names as replaced ("Atorvastatin" in "switched me from Atorvastatin to …"). */
export function namedAsReplaced(text: string): string[] {
  return [...text.matchAll(REPLACED)].map(firstStem);
}

/** `namedAsReplaced`, and what `text` gives another amount of ("amlodipine" in "put mi amlodipine up to 10mg"). */
export function namedAsChanged(text: string): string[] {
  return [...namedAsReplaced(text), ...[...text.matchAll(AMOUNT_CHANGED)].map(firstStem)];
}

function firstStem(match: RegExpMatchArray): string {
  return stemWord(match[1]!.toLowerCase().replace(/'s$/, ''));
}
