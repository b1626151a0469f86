import { stemWord } from './stem-word';

// "switched me from Atorvastatin", "took me off the lisinopril", "switched me off the amlodipine onto ramipril",
// "oat milk instead of cow's": what it replaces.
const REPLACED =
  /\b(?:from|(?:took|taken|take|taking|came|come|coming|went|gone|going|switched|switching|put|putting)(?: me| him| her| us| them)? off|instead of|rather than|replac(?:e|es|ed|ing))\s+(?:the |my |our |a |an |his |her )?([A-Za-z][\w'-]*)/gi;

/** The stems of the first words of what `text` names as replaced ("Atorvastatin" in "switched me from Atorvastatin to …"). */
export function namedAsReplaced(text: string): string[] {
  return [...text.matchAll(REPLACED)].map((match) => stemWord(match[1]!.toLowerCase().replace(/'s$/, '')));
}
