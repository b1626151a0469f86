import { readOnce } from './read-once';
import { stemWord } from './stem-word';
import { NUMBER_WORDS } from './word-lists';

/** How much of a thing one has in a day or a week: "like 3 cups of chai a day", "10 a day", "a pack a week". */
export interface AmountPerDay {
  readonly amount: number;
  /** The stem of what is had ("chai"), when the amount names it. */
  readonly thing?: string;
  /** The stem of the measure ("cup"), when one is given. */
  readonly measure?: string;
  /** "day", "night", "week" or "month". */
  readonly per: string;
  /** As written ("3 cups of chai a day"). */
  readonly written: string;
}

// Measures of what one drinks or smokes: "cups", "cans", "pints"; "a day" after them is how much one has.
// "3 iced coffees a day": a word may say which kind before the measure ("3 cups of filter coffee a day": or before the
// thing). A "café" is a coffee.
const MEASURE = '(?:cups?|mugs?|cans?|pints?|glass(?:es)?|bottles?|cigarettes?|cigs?|smokes?|packs?|shots?|coffees?|cafes?|teas?|beers?)';
const AMOUNT = new RegExp(
  `(?<![\\d.,$£€])\\b(\\d+(?:\\.\\d+)?|one|two|three|four|five|six|seven|eight|nine|ten)\\s+(?:([a-z]+)\\s+)??(?:(${MEASURE})\\s+(?:of\\s+)?)?(?:(?:[a-z]+\\s+)??([a-z]+)\\s+)?(?:a|per|each|every)\\s+(day|night|week|month)\\b`,
  'i',
);
const SAME_MEASURE: Readonly<Record<string, string>> = { cafe: 'coffee', cafes: 'coffees' };
// Words after an amount that name no thing one has: a time, a distance, or how often.
const NOT_A_THING = new Set(
  ['hour', 'hours', 'hr', 'hrs', 'minute', 'minutes', 'min', 'mins', 'time', 'times', 'km', 'k', 'mile', 'miles', 'step', 'steps']
    .concat(['day', 'days', 'week', 'weeks', 'night', 'nights', 'shift', 'shifts', 'class', 'classes', 'session', 'sessions'])
    .concat(['meal', 'meals', 'dollar', 'dollars', 'pound', 'pounds', 'euro', 'euros', 'buck', 'bucks', 'hundred', 'grand'])
    .concat(['won', 'yen', 'rupee', 'rupees', 'naira', 'rand', 'peso', 'pesos', 'quid', 'thousand', 'million', 'lakh', 'crore'])
    .map(stemWord),
);

/** The amount a text says one has of a thing per day or week, if it says one. */
export const amountPerDay: (text: string) => AmountPerDay | undefined = readOnce(readAmount);

function readAmount(text: string): AmountPerDay | undefined {
  const match = AMOUNT.exec(text.normalize('NFD').replace(/\p{M}/gu, ''));
  if (match === null) return undefined;
  const [written, count, kind, measure, thing, per] = match;
  const thingStem = thing === undefined ? undefined : stemWord(thing.toLowerCase());
  if (thingStem !== undefined && NOT_A_THING.has(thingStem)) return undefined;
  // "120,000 won a month": a sum, not a thing one has.
  if (kind !== undefined && NOT_A_THING.has(stemWord(kind.toLowerCase()))) return undefined;
  if (measure === undefined && thingStem === undefined) return undefined;
  const amount = /^\d/.test(count!) ? Number(count) : NUMBER_WORDS[count!.toLowerCase()];
  if (amount === undefined) return undefined;
  return {
    amount,
    thing: thingStem,
    measure: measure === undefined ? undefined : stemWord(SAME_MEASURE[measure.toLowerCase()] ?? measure.toLowerCase()),
    per: per!.toLowerCase(),
    written: written!,
  };
}

/**
 * The thing both texts give an amount per day of, with the two amounts, when they differ: "i drink like 3 cups of chai
 * a day" / "cut down to 1 chai a day". One of them may leave the thing out when the other text names it ("way too much
 * chai, like 4 cups a day").
 */
export function anotherAmountPerDay(earlier: string, later: string): { thing: string; before: string; now: string } | undefined {
  const [a, b] = [amountPerDay(earlier), amountPerDay(later)];
  if (a === undefined || b === undefined || a.per !== b.per || a.amount === b.amount) return undefined;
  const words = (text: string) => new Set((text.toLowerCase().match(/[a-z]+/g) ?? []).map(stemWord));
  const thing =
    a.thing !== undefined && b.thing !== undefined
      ? a.thing === b.thing
        ? a.thing
        : undefined
      : (a.thing ?? b.thing) !== undefined
        ? [earlier, later].every((text) => words(text).has((a.thing ?? b.thing)!))
          ? (a.thing ?? b.thing)
          : undefined
        : a.measure === b.measure
          ? a.measure
          : undefined;
  return thing === undefined ? undefined : { thing, before: a.written, now: b.written };
}
