import { NOT_NAMES } from './word-lists';

// African American English and its texting shorthand ("my mans Quan stay in east point", "i got a pitbull named Smoke
// he 3", "my rent 1150 a month", "ion use the inhaler no more"): who is meant, and the
// "is" it leaves unsaid, read in standard English so the rules find a subject and a value. Only in a text that holds
// one of these words or shapes.

// Words for people and things: "my mans" (my friend), "my moms" (my mom), "copped" (bought).
const WORDS: ReadonlyArray<[RegExp, string]> = [
  [/\bmy (?:mans|homie|dawg)\b/gi, 'my friend'],
  [/\bmy moms\b/gi, 'my mom'],
  [/\bmy pops\b/gi, 'my dad'],
  [/\blil (?=brother|sister|bro|sis|cousin|man|girl|boy)/gi, 'little '],
  [/\bcopped\b/gi, 'bought'],
  [/\bfinna\b/gi, 'going to'],
  [/\btryna\b/gi, 'trying to'],
  // "ion use the inhaler": I don't.
  [/(?<![\p{L}'])ion(?= [a-z])/gu, "I don't"],
];

const STATES =
  '(?:allergic|married|divorced|engaged|pregnant|retired|single|vegetarian|vegan|diabetic|asthmatic|sick|unwell|injured|unemployed|lactose)';

// The "is" left unsaid: "he 3", "she a nurse at grady", "my rent 1150 a month". (Not after a name that opens a text:
// "Smoke a blue nose pit" reads as "Booked a table at Nando's" does.)
const UNSAID_IS: ReadonlyArray<[RegExp, string]> = [
  [/\b(he|she)\s+(?=(?:a|an)\s+[a-z]|\d{1,3}\b(?!\s*(?:am|pm|mg|k\b|%|\$|dollars?|bucks)))/gi, '$1 is '],
  [/\bmy (rent|mortgage|salary|pay|paycheck|check|bill|car note|insurance|tuition) (?=\$?\d{3,}|\$\d)/gi, 'my $1 is '],
];
// "Darren also allergic to prawn, same like me" (Malaysian English leaves it unsaid too): a name opening the text, then
// a state one is in ("Still allergic to cats" opens with no name).
const NAMED_IN_A_STATE = new RegExp(`^(\\W*)([A-Z][a-z]+)\\s+(?=(?:(?:also|still|too|so|very|now)\\s+)?${STATES}\\b)`);

// A cheap look first.
const HAS_AAVE = new RegExp(
  `\\b(?:mans|homie|dawg|moms|pops|lil|copped|finna|tryna|ion|he|she|rent|mortgage|salary|pay|paycheck|check|bill|note|insurance|tuition|${STATES})\\b`,
  'i',
);

/** `text` with the words and shapes above in standard English; a text without any is returned as it was. */
export function aaveInEnglish(text: string): string {
  if (!HAS_AAVE.test(text)) return text;
  let read = text;
  for (const [pattern, replacement] of [...WORDS, ...UNSAID_IS]) read = read.replace(pattern, replacement);
  return read.replace(NAMED_IN_A_STATE, (whole, before: string, name: string) => (NOT_NAMES.has(name) ? whole : `${before}${name} is `));
}
