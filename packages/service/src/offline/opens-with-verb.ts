import { DROPPED_G } from './normalize-text';

// "moved to Denver last month", "just bought a Tesla", "working at Stripe now", "can't eat gluten": a
// statement that opens with a verb and names no one says what the user did, as a diary does. One that
// opens with a noun ("the meeting got moved", "Dentist cleaning booked for Sunday") is about that thing.
const LEADING_ADVERBS =
  /^\W*(?:(?:just|finally|recently|also|still|now|currently|actually|officially|really|already|never|always|usually|mostly|basically|literally|totally|definitely|probably|kinda|sorta|sort of|kind of|somehow|lol|ok|okay|so|and|but|oh|well|welp|ugh|yay|omg|btw|fyi)\b[\s,!.]*)*/i;
const VERBS: ReadonlySet<string> = new Set(
  `got get gets bought buy sold sell went go take took made make had have has drive drove drives work live love hate like
  turned became become began begin quit left leave met meet found lost won ran run saw ate eat drink drank gave give
  kept keep spent spend paid pay put cut broke fell felt heard told thought woke wake wrote sent built caught brought taught
  flew grew knew been gonna wanna need want prefer speak play own rent teach study commute can't cannot can don't didn't
  won't haven't hasn't isn't wasn't am`.split(/\s+/),
);
// Nouns that end like a verb's forms: "Wedding is on May 3", "Meeting moved to Friday".
const NOUNS_LIKE_VERBS: ReadonlySet<string> = new Set(
  `wedding meeting morning evening building ceiling something nothing everything anything spring string sibling darling
  offspring pudding earring clothing lightning king ring wing swing thing painting parking hundred bed shed speed seed
  feed need breed greed`.split(/\s+/),
);

/** Whether `text` opens (past its asides and adverbs) with a verb rather than a noun. */
export function opensWithVerb(text: string): boolean {
  const first = text
    .replace(LEADING_ADVERBS, '')
    .match(/^[a-zA-Z']+/)?.[0]
    .toLowerCase()
    .replace(/\u2019/g, "'")
    .replace(DROPPED_G, '$1ing');
  if (first === undefined || NOUNS_LIKE_VERBS.has(first)) return false;
  return VERBS.has(first) || /^[a-z]{3,}ed$/.test(first) || /^[a-z]{2,}ing$/.test(first);
}
