import { addDays, getNextWeekday, WEEKDAY_MAP, type Weekday } from './get-next-weekday';

/** A date expression found in a text: where it is and the day it means. */
export interface DateMatch {
  /** Where the expression starts in the text. */
  index: number;
  /** The expression as written ("next Friday", "tomorrow morning"). */
  expression: string;
  /** The date it means; `NaN` when the count of days is too large for a `Date`. */
  date: Date;
}

const WEEKDAYS = '(monday|tuesday|wednesday|thursday|friday|saturday|sunday)';

type Resolver = (match: RegExpExecArray, referenceDate: Date) => Date;

// The original's four patterns in its priority order: the first pattern that matches anywhere wins,
// even when a later pattern matches earlier in the text ("next Friday and tomorrow" resolves "tomorrow").
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

/**
 * The Python original's date expressions, exactly as REFERENCE.md pins them: "tomorrow (morning)",
 * "in N days", "next Friday" (the coming Friday) and "(on) Friday (morning / at)", by that priority;
 * the date keeps the reference's time of day. `null` when none matches.
 */
export function findDocumentedDate(text: string, referenceDate: Date): DateMatch | null {
  for (const [pattern, resolve] of PATTERNS) {
    const match = pattern.exec(text);
    if (match !== null) return { index: match.index, expression: match[0], date: resolve(match, referenceDate) };
  }
  return null;
}
