import { capitalized } from './capitalized';
import { stemWord } from './stem-word';
import { NOT_NAMES, OTHER_ENTITIES, STOP_WORDS } from './word-lists';

// "mwangi lives in githurai 45", "tay stays in college park": a text typed in lower case that opens with one word and
// then where that one lives. Such a word is a name (a thing does not live somewhere). Not before "moved": "ingrid moved
// from cardiology to the ICU" is a change of ward.
const OPENS_WITH_WHO_LIVES = /^([^\p{L}\d]*)([a-z]{3,})(?=\s+(?:lives|lived|is living|stays|is staying)\s+(?:in|at)\s)/u;

// Words that open such a text without naming anyone: "everyone lives in fear", "who lives in".
const NO_ONE_NAMED: ReadonlySet<string> = new Set(
  [
    'everyone',
    'everybody',
    'someone',
    'somebody',
    'nobody',
    'noone',
    'anyone',
    'anybody',
    'who',
    'family',
    'office',
    'company',
    'business',
    'shop',
    'team',
  ].map(stemWord),
);

/** `text` with the name it opens with capitalised, when typed in lower case (see `OPENS_WITH_WHO_LIVES`). */
export function withOpeningNameCapitalised(text: string): string {
  const match = OPENS_WITH_WHO_LIVES.exec(text);
  if (match === null) return text;
  const word = match[2]!;
  const stem = stemWord(word);
  if (NOT_NAMES.has(capitalized(word)) || STOP_WORDS.has(stem) || OTHER_ENTITIES.has(stem) || NO_ONE_NAMED.has(stem)) return text;
  return `${match[1]}${capitalized(word)}${text.slice(match[0].length)}`;
}
