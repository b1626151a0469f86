import { PAST_OF_BARE_VERB } from './past-of-bare-verb';

// Irish and Welsh English tell a thing just done with "after" and the "-ing" form: "We're after moving to Rumney",
// "I'm after starting darts", "Dai's after selling the van". Read as the English past ("we just moved"), so a change
// word is found and no plan is read in it.

/** The "-ing" forms of the verbs `PAST_OF_BARE_VERB` knows ("moving", "stopping", "getting"), each to its past. */
const PAST_OF_ING: ReadonlyMap<string, string> = new Map(
  Object.entries(PAST_OF_BARE_VERB).flatMap(([verb, past]) =>
    [`${verb}ing`, `${verb.replace(/e$/, '')}ing`, `${verb}${verb.at(-1)}ing`].map((ing) => [ing, past] as const),
  ),
);

const AFTER_DOING = /\b(I['’]m|I am|we['’]re|we are|he['’]s|she['’]s|they['’]re|[A-Z][a-z]+['’]s)\s+(?:just\s+)?after\s+([a-z]+ing)\b/gi;

// "the rheumatology appointment is after being moved to the 2nd of April": a thing just done to, read "has been moved".
const AFTER_BEING = /\b(?:is|are|was|were|['’]s)\s+(?:just\s+)?after\s+being\s+(?=[a-z]+ed\b)/gi;

/** `text` with "I'm after moving" read as "I just moved"; a text without it is returned as it was. */
export function afterDoingInEnglish(text: string): string {
  if (!/\bafter\s+[a-z]+ing\b/i.test(text)) return text;
  const done = text.replace(AFTER_BEING, (whole) => (/^['’]/.test(whole) ? ' has been ' : 'has been '));
  return done.replace(AFTER_DOING, (whole, who: string, doing: string) => {
    const past = PAST_OF_ING.get(doing.toLowerCase());
    return past === undefined ? whole : `${who.replace(/['’](?:m|re|s)$|\s+(?:am|are)$/i, '')} just ${past}`;
  });
}
