import { addDays, getNextWeekday, WEEKDAY_MAP, type Weekday } from './get-next-weekday';

export interface NormalizedDate {
  /** The text with the first relative date expression replaced by an absolute one ("on January 02"). */
  text: string;
  /** The date the expression meant (the reference's time of day kept); `null` when nothing matched. */
  date: Date | null;
}

const WEEKDAYS = '(monday|tuesday|wednesday|thursday|friday|saturday|sunday)';
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

type Resolver = (match: RegExpExecArray, referenceDate: Date) => Date;

// In priority order, as the original: the first pattern that matches anywhere wins, even when a
// later pattern matches earlier in the text ("next Friday and tomorrow" resolves "tomorrow").
const PATTERNS: ReadonlyArray<readonly [RegExp, Resolver]> = [
  [/\btomorrow(?:\s+(?:morning|afternoon|evening|night))?\b/i, (_, reference) => addDays(reference, 1)],
  [/\bin\s+(\d+)\s+days?\b/i, (match, reference) => addDays(reference, Number(match[1]))],
  [new RegExp(`\\bnext\\s+${WEEKDAYS}\\b`, 'i'), (match, reference) => getNextWeekday(reference, weekdayNumber(match[1]))],
  [
    new RegExp(`\\b(?:on\\s+)?${WEEKDAYS}(?:\\s+(?:morning|afternoon|evening|at))?\\b`, 'i'),
    (match, reference) => getNextWeekday(reference, weekdayNumber(match[1])),
  ],
];

function weekdayNumber(name: string | undefined): number {
  return WEEKDAY_MAP[(name ?? '').toLowerCase() as Weekday];
}

/** "on January 02": the form the original writes (full month name, two-digit day). */
export function formatAbsoluteDate(date: Date): string {
  return `on ${MONTHS[date.getMonth()]} ${String(date.getDate()).padStart(2, '0')}`;
}

/**
 * Finds the first relative date in `text` ("tomorrow", "in 3 days", "next Friday", "on Friday
 * morning"), resolves it against `referenceDate` (local calendar) and rewrites it as an absolute
 * date. Only one expression is replaced, once. A count of days too large for a `Date` is no match.
 */
export function extractAndNormalizeDate(text: string, referenceDate: Date): NormalizedDate {
  for (const [pattern, resolve] of PATTERNS) {
    const match = pattern.exec(text);
    if (match === null) continue;
    const date = resolve(match, referenceDate);
    if (Number.isNaN(date.getTime())) return { text, date: null };
    const replaced = text.slice(0, match.index) + formatAbsoluteDate(date) + text.slice(match.index + match[0].length);
    return { text: replaced, date };
  }
  return { text, date: null };
}
