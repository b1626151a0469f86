import { wordsReadInEnglish } from './words-read-in-english';

// Spanish mixed into English ("mi hermano Danny se mudó a Tampa", "la renta subió, now it's $1,975", "la renta es
// $1,850 al mes"): the verbs that say a change, and the words of rent, time and place around them, read in English so
// the rules find a change word, a thing and a value. Kin words ("mi mamá", "mi hermano") are read with the other
// languages' (`kinWordsInEnglish`). Only in a text that holds one of these words, each read whole.

// Verbs of change, written with or without their accents ("se mudó", "se mudo").
const CHANGE_VERBS: Readonly<Record<string, string>> = {
  'se mudó a': 'moved to',
  'se mudo a': 'moved to',
  'se mudó': 'moved',
  'se mudo': 'moved',
  'se mudaron a': 'moved to',
  'se mudaron': 'moved',
  'me mudé a': 'I moved to',
  'me mude a': 'I moved to',
  'nos mudamos a': 'we moved to',
  subió: 'went up',
  bajó: 'went down',
  'subió a': 'went up to',
  'bajó a': 'went down to',
  dejé: 'I quit',
  dejó: 'quit',
  vendí: 'I sold',
  vendió: 'sold',
  compré: 'I bought',
  compró: 'bought',
  murió: 'died',
  falleció: 'died',
  'se casó': 'got married',
  renunció: 'resigned',
  renuncié: 'I resigned',
  cambió: 'changed',
  cambié: 'I changed',
};

// Words that carry what is said around them.
const WORDS: Readonly<Record<string, string>> = {
  'la renta': 'the rent',
  'el alquiler': 'the rent',
  'ya no': 'no longer',
  ahora: 'now',
  ayer: 'yesterday',
  'al mes': 'a month',
  'por mes': 'a month',
  'a la semana': 'a week',
  'vive en': 'lives in',
  'vivo en': 'I live in',
  'trabaja en': 'works at',
  'trabajo en': 'I work at',
  // Said in passing: "ay Dios mío" names no one.
  'ay dios mío': 'oh my',
  'ay dios mio': 'oh my',
  'dios mío': 'oh my',
  'dios mio': 'oh my',
};

const inEnglish = wordsReadInEnglish({ ...CHANGE_VERBS, ...WORDS });
// "la renta es $1,850": "es" before a sum, a number or a name is "is" (not "es" inside English, which it never is).
const ES_BEFORE_A_VALUE = /(?<=[\p{L}\d])\s+es\s+(?=[$€\d]|\p{Lu})/gu;
// "Coquito tiene 5 años": is 5 years old.
const HAS_YEARS = /(?<![\p{L}])tiene\s+(\d{1,3})\s+años?(?![\p{L}])/giu;
// A cheap look first: the patterns above try at every word of every statement read.
const HAS_SPANISH =
  /(?<![\p{L}])(?:se|me|nos|subi[oó]|baj[oó]|dej[eéoó]|vend[ií]|vendi[oó]|compr[eéoó]|muri[oó]|falleci[oó]|renunci[eéoó]|cambi[eéoó]|renta|alquiler|ya|ahora|ayer|al|por|vive|vivo|trabaja|trabajo|es|tiene|dios)(?![\p{L}])/iu;

/** `text` with the Spanish words above in English; a text without any is returned as it was. */
export function spanishInEnglish(text: string): string {
  if (!HAS_SPANISH.test(text)) return text;
  return inEnglish(text.replace(HAS_YEARS, 'is $1 years old').replace(ES_BEFORE_A_VALUE, ' is '));
}
