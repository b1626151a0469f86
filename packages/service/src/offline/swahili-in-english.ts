import { wordsReadInEnglish } from './words-read-in-english';

// Swahili and Sheng mixed into English ("Daktari ameongeza dose yangu ya amlodipine, now ni 10mg", "Mathe's
// appointment imesogezwa to 21st March"): the words that say a change, whose a thing is, and "is", read in English so
// the rules find a change word, an owner and a value. Only in a text that holds one of these words: each is read
// whole and in lower case or capitalised ("Mathe's" too), never inside an English word.

// Verbs of change, in the forms people write (subject and tense prefixes fused): "ameacha" (has left), "nimeuza" (I
// have sold), "imesogezwa" (has been moved), "imeongezwa" (has been increased), "amehamia" (has moved to).
const CHANGE_VERBS: Readonly<Record<string, string>> = {
  'nimeacha kwenda': 'I stopped going to',
  'ameacha kazi': 'quit work',
  nimeacha: 'I quit',
  ameacha: 'quit',
  nimeuza: 'I sold',
  ameuza: 'sold',
  imesogezwa: 'moved',
  amesogeza: 'moved',
  imeongezwa: 'increased',
  ameongeza: 'increased',
  amehamia: 'moved to',
  nimehamia: 'I moved to',
  amestop: 'stopped',
  nimestop: 'I stopped',
  imepanda: 'went up',
  imeshuka: 'went down',
  amerudi: 'went back',
  imefika: 'reached',
  nimeanza: 'I started',
  ameanza: 'started',
  amenipandisha: 'raised my',
  amepandisha: 'raised',
  nimenunua: 'I bought',
  amenunua: 'bought',
  nimehama: 'I moved',
  amehama: 'moved',
  amefariki: 'died',
};

// Words that carry what is said: "ni" (is), "yuko"/"iko" (is, at), "ako na" (has), "kila" (every), "siku hizi"
// (these days), "mathe" (Sheng for mum), "daktari" (doctor), "kwa" (for, at), "ya"/"wa" (of).
const WORDS: Readonly<Record<string, string>> = {
  'siku hizi': 'these days',
  'ako na': 'has',
  ni: 'is',
  yuko: 'is',
  iko: 'is',
  ako: 'is',
  kila: 'every',
  mwezi: 'month',
  pia: 'also',
  mathe: 'mum',
  buda: 'dad',
  daktari: 'doctor',
  kwa: 'for',
  ya: 'of',
  wa: 'of',
  mimi: 'I',
  nina: 'I have',
  hapa: 'here',
  hii: 'this',
  nyumba: 'house',
  kuku: 'chickens',
  zote: 'all',
  'mara mbili kwa siku': 'twice a day',
  'mara moja kwa siku': 'once a day',
  'mara tatu kwa siku': 'three times a day',
};

const inEnglish = wordsReadInEnglish({ ...CHANGE_VERBS, ...WORDS });
// "dose yangu", "Savings zangu", "Son wangu Kamau": the thing before "yangu" (and its forms) is "my" thing.
const MINE = /(?<![\p{L}'])([\p{L}]+) (?:yangu|wangu|zangu|changu|yetu)(?![\p{L}'])/giu;
// "metformin ya mathe", "Driver wa Msafiri": the thing of one named (or of "mathe", "buda"), read "mathe's metformin".
const OF_SOMEONE = /(?<![\p{L}'])([\p{L}]+) (?:ya|wa) (mathe|buda|\p{Lu}[\p{L}]+)(?![\p{L}])/gu;
// "Mathe ako na miaka 72", "ana miaka 72", "sasa ako na 73": one's age ("has years 72").
// ("ana" in lower case only: "Ana 34" is a name.)
const AGE = /(?<![\p{L}'])(?:(?:[Aa]ko|[Yy]uko) na|ana)(?: miaka)? (\d{1,3})(?!\d)/gu;
// "sasa" is "now", except as the greeting that opens a text ("Sasa! Mimi ni Wanjiru").
const SASA = /(?<![\p{L}'])sasa(?![\p{L}'!,.])/giu;
// A cheap look first: the patterns above try at every word of every statement read.
const HAS_SWAHILI = new RegExp(
  `(?<![\\p{L}'])(?:${Object.keys(CHANGE_VERBS).join('|')}|yangu|wangu|zangu|yuko|iko|ako|ana|mathe|daktari|sasa|ni|kila|hii|kuku|mara)(?![\\p{L}])`,
  'iu',
);

/** `text` with the Swahili and Sheng words above in English; a text without any is returned as it was. */
export function swahiliInEnglish(text: string): string {
  if (!HAS_SWAHILI.test(text)) return text;
  return inEnglish(
    text
      .replace(/(?<![\p{L}'])bwana yangu(?![\p{L}'])/giu, 'my husband')
      .replace(MINE, (_match, thing: string) => `my ${thing}`)
      .replace(OF_SOMEONE, (_match, thing: string, owner: string) => `${owner}'s ${thing}`)
      .replace(AGE, 'is $1')
      .replace(SASA, 'now'),
  );
}
