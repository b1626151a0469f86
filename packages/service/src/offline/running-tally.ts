import { someoneElses } from './health-readings';
import { readOnce } from './read-once';
import { stemWord } from './stem-word';
import { STOP_WORDS, TIME_WORDS, WEEKDAYS } from './word-lists';

/**
 * A figure the user keeps telling as it goes up or down, named by what it is of: "ring fund is at $3,600 now",
 * "portuguese streak at 68 days!". Each new one replaces the last.
 */
export interface RunningTally {
  /** The stem of the word it is of ("fund", "streak"). */
  readonly thing: string;
  /** The stem of the word before it, when that names which one ("ring" of "ring fund"). */
  readonly which?: string;
  /** The figure, with thousands written out ("4.2k" is 4200). */
  readonly amount: number;
  /** Whether the figure is a sum of money. */
  readonly money: boolean;
  /** What it is of, as written ("ring fund"). */
  readonly named: string;
  /** The figure as written ("$3,600"). */
  readonly written: string;
}

// "<which> <thing> is at / hit / reached / went up to / is now <figure>", "rent's gone up, it's £925", or "is" a sum
// ("rent is $1,695", "rent on the new place is £950"): the thing's figure as it stands.
const STANDS_AT =
  /\b(?:([a-z][a-z-]*)\s+)?([a-z][a-z-]*)(?:\s+(?:on|for|at)\s+(?:the|our|my)\s+(?:new\s+)?(?:place|flat|house|apartment|home|one))?(?:'s|\s+is|\s+are|\s+has|\s+just)?\s+(?:now\s+|still\s+|finally\s+)?(?:at|hit|hits|reached|reaches|sits at|sitting at|stands at|standing at|(?:(?:went|gone|goes|going|has gone|is going|came|come|comes|coming|has come)\s+)?(?:back\s+)?(?:up|down) to|dropped to|fell to|rose to|climbed to|jumped to|(?:increased|raised|upped|reduced|lowered|decreased|doubled) to|is now|(?<=\s)is(?=\s+(?:[$£€]|\d+(?:\.\d+)?k\b))|(?<=\s)now(?=\s+[$£€]))\s+(?:about\s+|around\s+|like\s+|nearly\s+|almost\s+)?(([$£€])?(\d(?:[\d,]*\d)?(?:\.\d+)?)([km]\b)?(?!\s?(?:am|pm|o'?clock)\b|[:.]\d|\d))/gi;
// "new rent's £790 a month": "'s" before a sum is "is" ("rent is £790").
const IS_WRITTEN_SHORT_BEFORE_A_SUM = /\b([a-z][a-z-]*)['’]s\s+(?=[$£€]\s?\d|\d[\d,]*(?:\.\d+)?k\b)/gi;
const SAVING_FOR = /\bsav(?:e|es|ed|ing|in)\b(?:\s+up)?\s+for\b/i;
const GONE_UP = /\b(?:went|gone|goes) (?:up|down)\b/i;
const GONE_UP_THEN_IS =
  /\b((?:went|gone|goes|has gone)\s+(?:up|down))(?:\s+(?:in|on|from|this|last)\s+[a-z]+)?\s*(?:,|-|\u2014|\band\b|\bso\b)?\s*(?:now\s+(?:it['’]?s|it is|is)|it['’]?s|it is|now|(?:the\s+)?(?:landlord|they|he|she)\s+wants?)(?:\s+now)?\s+(?=[$£€\d])/gi;
// "Pension got a cost of livin raise, its $1,905 a month now" (or "got the cost of living raise"): read as "Pension rose
// to $1,905".
const RAISED_THEN_IS =
  /\b([a-z][a-z-]*)\s+got\s+(?:a|an|the|its|their)\s+(?:[a-z-]+\s+){0,4}?(?:raise|rise|increase|bump|cut)\s*(?:,|-|\u2014|\band\b|\bso\b)\s*(?:it['’]?s|its|it is|now)(?:\s+now)?\s+(?=[$£€\d])/gi;
// "landlord increased rent, it's ₹38,000 now": read as "increased rent to ₹38,000".
const SET_THEN_IS =
  /\b(increased|raised|upped|hiked|reduced|lowered|cut)\s+(?:the\s+|my\s+|our\s+)?([a-z][a-z-]*)\s*(?:,|-|\u2014|\band\b|\bso\b)\s*(?:it['’]?s|it is|now)(?:\s+now)?\s+(?=[$£€\d])/gi;
// "landlord's put the rent up, its 500 a month now": read as "raised rent to 500" (the landlord's "has" is no owner).
const PUT_UP_THEN_IS =
  /(?:\b[a-z]+['’]s\s+)?\bput\s+(?:the\s+|my\s+|our\s+)?([a-z][a-z-]*)\s+(up|down)\s*(?:,|-|\u2014|\band\b|\bso\b)\s*(?:it['’]?s|its|it is|now)(?:\s+now)?\s+(?=[$£€\d])/gi;
// "increased my SIP to 8000", "put the rate up to 6.35%", "cut my hours down to 10": the thing's new figure, told by the
// verb that set it.
const SET_TO =
  /\b(?:increased|raised|upped|bumped|cut|reduced|lowered|dropped|put)\s+(?:my\s+|the\s+|our\s+)?(?:([a-z][a-z-]*)\s+)?([a-z][a-z-]*)\s+(?:up\s+|down\s+)?to\s+(([$£€])?(\d(?:[\d,]*\d)?(?:\.\d+)?)([km]\b)?(?!\s?(?:am|pm|o'?clock)\b|[:.]\d|\d))/gi;
// Any figure of a text: a sum or a count ("$2,800", "40", "68k"); digits inside a name ("A1C", "990s") are not one.
const FIGURE = /(?<![a-z\d.,])[$£€]?\d(?:[\d,]*\d)?(?:\.\d+)?(?:k|(?<=[$£€][\d.,]+)m)?(?![a-z\d])/gi;
// A word that names no thing a figure can be of: a pronoun, a time ("tuesdays at 4"), a verb of movement ("went up to").
const NOT_A_THING = new Set(
  ['it', 'that', 'this', 'which', 'im', "i'm", 'we', 'they', 'he', 'she', 'me', 'him', 'her', 'them', 'us', 'up', 'down', 'back']
    .concat(['went', 'go', 'goes', 'going', 'gone', 'come', 'came', 'coming', 'put', 'bumped', 'moved', 'stays', 'stay', 'still'])
    .concat(['morning', 'mornings', 'afternoon', 'afternoons', 'evening', 'evenings', 'night', 'nights', 'weekday', 'weekdays', 'weekend'])
    .concat(['new', 'old', 'current', 'latest', 'monthly', 'weekly', 'total', 'has', 'is', 'just'])
    .map(stemWord),
);
// Things paid in money, whose figure is a sum even written bare.
const PAID: ReadonlySet<string> = new Set(
  [
    'rent',
    'salary',
    'pay',
    'wage',
    'wages',
    'insurance',
    'mortgage',
    'bill',
    'bills',
    'fee',
    'fees',
    'fund',
    'savings',
    'loan',
    'debt',
    'price',
  ].map(stemWord),
);
// One sum by several names: "my salary is $4,200 a month" / "my pay now $5,100".
const EARNINGS: ReadonlySet<string> = new Set(['salary', 'pay', 'wage', 'wages', 'paycheck'].map(stemWord));
const sameThingPaid = (stem: string, thing: string): boolean => stem === thing || (EARNINGS.has(stem) && EARNINGS.has(thing));

// Figures of a text near its thing: this many words after it, or before it.
const AFTER = 4;
const BEFORE = 2;

const MOVED_BY = /^(?:went|gone|goes|going|came|come|comes|coming|has|is)$/i;
const BARE_IS = /\sis\s+(?:about\s+|around\s+|like\s+|nearly\s+|almost\s+)?[$£€\d]/i;
const CHANGE_CUE = /\b(?:now|new|went|gone|raised|increased|upped|dropped|cut|reduced|anymore)\b/i;

const isThingWord = (word: string): boolean => {
  const stem = stemWord(word);
  return !NOT_A_THING.has(stem) && !STOP_WORDS.has(stem) && !TIME_WORDS.has(stem) && !WEEKDAYS.has(stem.replace(/s$/, ''));
};

// "4.2k" is 4200, "$4.5m" 4,500,000.
const amountOf = (digits: string, scale: string | undefined): number =>
  Number(digits.replace(/,/g, '')) * (scale === undefined ? 1 : /^k$/i.test(scale) ? 1000 : 1_000_000);

/** The running tally a text tells as it stands ("ring fund is at $3,600 now"), if it tells one. */
export const runningTally: (text: string) => RunningTally | undefined = readOnce(readTally);

function readTally(text: string): RunningTally | undefined {
  // "rent's gone up, it's £925" (or "now it's £925", "now is £925"): read as "rent's gone up to £925" (looked for only in a text that says it went so).
  const said = (GONE_UP.test(text) ? text.replace(GONE_UP_THEN_IS, '$1 to ') : text)
    .replace(SET_THEN_IS, '$1 $2 to ')
    .replace(RAISED_THEN_IS, '$1 rose to ')
    .replace(PUT_UP_THEN_IS, (_match, thing: string, way: string) => `${/up/i.test(way) ? 'raised' : 'lowered'} ${thing} to `)
    .replace(IS_WRITTEN_SHORT_BEFORE_A_SUM, '$1 is ');
  for (const match of [...said.matchAll(STANDS_AT), ...said.matchAll(SET_TO)]) {
    const [, first, second, written, currency, digits, thousands] = match;
    // "mortgage went up to 2350": the verb was read as the thing, and the thing as the word before it.
    const [before, thing] = MOVED_BY.test(second!) ? [undefined, first] : [first, second];
    if (thing === undefined || !isThingWord(thing) || someoneElses(said, match.index)) continue;
    // "my budget is $2000 for the wedding" tells a figure, not that it changed: a sum after a bare "is" is a running
    // figure only beside a word of change ("new rent is $1,695", "rent is $1,695 now").
    if (BARE_IS.test(match[0]) && !CHANGE_CUE.test(text)) continue;
    const which = before !== undefined && isThingWord(before) ? stemWord(before.toLowerCase()) : undefined;
    const named = which === undefined ? thing : `${before} ${thing}`;
    return {
      thing: stemWord(thing.toLowerCase()),
      which,
      named,
      amount: amountOf(digits!, thousands),
      money: currency !== undefined,
      written: written!,
    };
  }
  return undefined;
}

// "$1,200 saved in my emergency fund", "£600 put by for the holiday fund": a sum told before the fund it went into.
const SAVED_INTO = /^(?:saved|put|away|by|in|into|towards?|for|on|my|our|the)$/;
const SAVED_REACH = 6;

function savedInto(words: readonly string[], at: number, figure: string, which: string | undefined, saving: boolean): boolean {
  const from = words.slice(Math.max(0, at - SAVED_REACH), at).findIndex((word) => word.includes(figure));
  if (from < 0) return false;
  const between = words.slice(Math.max(0, at - SAVED_REACH) + from + 1, at);
  // "saving for a house deposit, got £6,200 in the LISA so far": in a text of saving, a sum told in what it is kept in.
  return between.includes('saved') ||
    (between.includes('put') && between.some((word) => word === 'by' || word === 'away' || word === 'back')) ||
    (saving && between.length > 0)
    ? between.every((word) => SAVED_INTO.test(word) || stemWord(word) === which)
    : false;
}

const ROOMS_AFTER = /^\s*-?\s*(?:bed(?:room)?s?|br|bhk|bd|bath(?:room)?s?)\b/i;

// "rent for our flat in Whitefield is ₹35,000 per month": the thing, what it is of, then "is" and its figure.
const FURTHER_ON = 10;

// "saving for a trailer for the troca, got $1,200 so far": in a text of saving, "got" tells the sum as "is" does.
function toldFurtherOn(words: readonly string[], at: number, figure: string, saving: boolean): boolean {
  const to = words.findIndex((word, index) => index > at && word.includes(figure));
  const between = words.slice(at + 1, to);
  return to > at && to - at <= FURTHER_ON && (between.includes('is') || (saving && between.includes('got')));
}

/**
 * "we bought a house in Pearland last yr, mortgage is 2100/month": another part of the text (between punctuation) names
 * someone or somewhere, a fact the tally's update would archive with it.
 */
function namesMoreElsewhere(text: string, figureAt: number, tally: RunningTally, laterText: string): boolean {
  // A name the later text gives too ("Energy is €149 a month now with Vandebron" / "switched energy supplier to
  // Vandebron, €162 a month now") is no more than the tally's.
  const namedLater = new Set([...laterText.matchAll(/([A-Z][a-z]+)/g)].map((match) => stemWord(match[1]!.toLowerCase())));
  // Parts end at a point or comma, but not one inside a number ("$2,350 in June").
  for (const part of text.matchAll(/(?:[^.,;:!?]|[.,](?=\d))+/g)) {
    if (figureAt >= part.index && figureAt < part.index + part[0].length) continue;
    // A name the tally itself gives ("learning Portuguese on duolingo, 40 day streak") is no more.
    const names = [...part[0].matchAll(/\S\s+([A-Z][a-z]+)/g)].map((match) => stemWord(match[1]!.toLowerCase()));
    if (names.some((name) => name !== tally.thing && name !== tally.which && !namedLater.has(name))) return true;
  }
  return false;
}

const SAID_WRONGLY_BEFORE = /\b(?:not|instead of)\s+$/i;

/**
 * The one figure an earlier text gives the tally's thing ("40 day streak", "japan fund at $6,300"): the thing (and
 * which one, when the later names it) among its words, and one figure only, near it, of the same kind. Undefined
 * when it gives none, or more figures than that one: such a statement tells more than the tally.
 */
export function earlierFigureOf(text: string, tally: RunningTally, laterText = ''): { amount: number; written: string } | undefined {
  const words = text
    .toLowerCase()
    .split(/[^a-z0-9$£€.,'-]+/)
    .filter(Boolean);
  const stems = words.map((word) => stemWord(word.replace(/[.,']+$/, '').replace(/'s$/, '')));
  // "saving for a flat deposit, got £12,000 so far" / "deposit fund hit £15,000": a fund named by what it is saved for.
  const thingAt = stems.findIndex((stem) => sameThingPaid(stem, tally.thing));
  const at = thingAt < 0 && tally.which !== undefined && SAVING_FOR.test(text) ? stems.indexOf(tally.which) : thingAt;
  if (at < 0 || (tally.which !== undefined && !stems.includes(tally.which))) return undefined;
  // "for my 1 bedroom", "a 2 bhk": how many rooms a home has is no figure of its rent.
  // "it's £885 not £895": the figure said wrongly before is none of it.
  const figures = [...text.matchAll(FIGURE)].filter(
    (figure) => !ROOMS_AFTER.test(text.slice(figure.index + figure[0].length)) && !SAID_WRONGLY_BEFORE.test(text.slice(0, figure.index)),
  );
  if (figures.length !== 1 || namesMoreElsewhere(text, figures[0]!.index, tally, laterText)) return undefined;
  const written = figures[0]![0];
  const money = /^[$£€]/.test(written);
  // "rent is 450 quid a month" / "landlord's put the rent up, its 500 a month now": a sum told without its sign, of a
  // thing paid in money.
  if (money !== tally.money && !(money && PAID.has(tally.thing))) return undefined;
  // Told after its thing ("fund at $6,300"), or right before it ("40 day streak"): "a1c down to 6.8 on the bigger
  // metformin" gives the A1C's figure, not the metformin's.
  const bare = written.replace(/^[$£€]/, '');
  // "State pension and the bus company pension come to about £1,640 a month": the thing named twice, the figure near either.
  const named = thingAt < 0 ? [at] : stems.flatMap((stem, index) => (index >= at && sameThingPaid(stem, tally.thing) ? [index] : []));
  const near = named.some((index) => words.slice(Math.max(0, index - BEFORE), index + AFTER + 1).some((word) => word.includes(bare)));
  const saving = SAVING_FOR.test(text);
  if (!near && !savedInto(words, at, bare, tally.which, saving) && !toldFurtherOn(words, at, bare, saving)) return undefined;
  const digits = written.replace(/^[$£€]/, '');
  return { amount: amountOf(digits.replace(/[km]$/i, ''), /[km]$/i.exec(digits)?.[0]), written };
}
