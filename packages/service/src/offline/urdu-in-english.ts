import { wordsReadInEnglish } from './words-read-in-english';

// Urdu and Hindi mixed into English, written in Latin letters ("gym chor diya, too tired after duty", "psychiatrist ne
// escitalopram 15mg kar di, 10 se barha di", "mujhe penicillin se allergy hai"): the verbs that say a change, and the
// few words around them, read in English so the rules find a change word and a value. Only in a text that holds one of
// these words; each is read whole, in lower case.

// A dose or sum made so ("15mg kar di", "20,000 kar diya"): changed to it.
const MADE_SO = /(\d[\d,.]*\s?(?:mg|mcg|ml|units?|k)?) kar d(?:i|iya|ia|e|ye)(?![\p{L}])/giu;
// "10 se barha di" (raised from 10), "5 se kam kar di" (lowered from 5).
const RAISED_FROM = /(\d[\d,.]*\s?(?:mg|mcg|ml|units?|k)?) se (?:barha|badha) d(?:i|iya|ia)(?![\p{L}])/giu;
const LOWERED_FROM = /(\d[\d,.]*\s?(?:mg|mcg|ml|units?|k)?) se kam kar d(?:i|iya|ia)(?![\p{L}])/giu;
// "mujhe penicillin se allergy hai": I am allergic to penicillin.
const ALLERGY = /(?<![\p{L}])mujhe ([\p{L}-]+) se allergy hai(?![\p{L}])/giu;

// "gym chor diya", "Mehran bech di": the thing comes before the verb; read "quit gym", "sold Mehran".
const OBJECT_THEN_VERB = /(?<![\p{L}'])([\p{L}][\p{L}'-]*) (chor|chhor|chod|chhod|bech|band kar|shuru kar) d(?:i|iya|ia)(?![\p{L}])/giu;
const VERB_OF: Readonly<Record<string, string>> = {
  chor: 'quit',
  chhor: 'quit',
  chod: 'quit',
  chhod: 'quit',
  bech: 'sold',
  'band kar': 'stopped',
  'shuru kar': 'started',
};

// Verbs of change in their common spellings ("chor diya", "chhod diya": left, gave up).
const CHANGE_VERBS: Readonly<Record<string, string>> = {
  'chor diya': 'quit',
  'chor di': 'quit',
  'chhor diya': 'quit',
  'chhor di': 'quit',
  'chod diya': 'quit',
  'chod di': 'quit',
  'chhod diya': 'quit',
  'chhod di': 'quit',
  'barha di': 'increased',
  'barha diya': 'increased',
  'badha di': 'increased',
  'badha diya': 'increased',
  'barh gaya': 'went up',
  'barh gayi': 'went up',
  'badh gaya': 'went up',
  'badh gayi': 'went up',
  'kam kar di': 'reduced',
  'kam kar diya': 'reduced',
  'kam ho gaya': 'went down',
  'kam ho gayi': 'went down',
  'shift ho gaye': 'moved',
  'shift ho gaya': 'moved',
  'shift ho gayi': 'moved',
  'shift kar liya': 'moved',
  'bech diya': 'sold',
  'bech di': 'sold',
  'le liya': 'bought',
  'le li': 'bought',
  'band kar di': 'stopped',
  'band kar diya': 'stopped',
  'band ho gaya': 'stopped',
  'band ho gayi': 'stopped',
  'shuru kar di': 'started',
  'shuru kar diya': 'started',
};

// Words that carry what is said around them: "abhi" (now), "bhi" (also), "hai" (is), "nahi" (not).
const WORDS: Readonly<Record<string, string>> = {
  abhi: 'now',
  bhi: 'also',
  hai: 'is',
  hain: 'are',
  nahi: 'not',
  nahin: 'not',
};

const inEnglish = wordsReadInEnglish({ ...CHANGE_VERBS, ...WORDS });
// "psychiatrist ne", "doctor ne": the mark of who did it, which English does not write.
const DONE_BY = /(?<=[\p{L}])\s+ne(?=\s)/giu;
// "yaar": said in passing.
const IN_PASSING = /(?:,\s*|\s+)(?:yaar|yar)(?![\p{L}])/giu;

// A cheap look first: the patterns above try at every word of every statement read.
const HAS_URDU = /(?<![\p{L}'])(?:diya|di|gaya|gayi|gaye|liya|li|kar|hai|hain|abhi|yaar|yar|mujhe)(?![\p{L}])/iu;

/** `text` with the Urdu and Hindi words above in English; a text without any is returned as it was. */
export function urduInEnglish(text: string): string {
  if (!HAS_URDU.test(text)) return text;
  return inEnglish(
    text
      .replace(ALLERGY, "I'm allergic to $1")
      .replace(RAISED_FROM, 'increased from $1')
      .replace(LOWERED_FROM, 'reduced from $1')
      .replace(MADE_SO, 'changed to $1')
      .replace(OBJECT_THEN_VERB, (_match, thing: string, verb: string) => `${VERB_OF[verb.toLowerCase()] ?? verb} ${thing}`)
      .replace(DONE_BY, '')
      .replace(IN_PASSING, ''),
  );
}
