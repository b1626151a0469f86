import type { ParsedResult } from 'chrono-node';
// The English parsers only: the package's main entry loads every locale (a third of a second of a CLI's startup).
import { casual } from 'chrono-node/en';
import type { DateMatch } from './find-documented-date';

/** A date chrono-node found, with what the rewrite needs to know about it. */
export interface LibraryDateMatch extends DateMatch {
  /** The user wrote the calendar month ("May 3rd", "3 May 2027", "2027-03-01"): the text is kept as written. */
  namesMonth: boolean;
  /** Where chrono-node's own reading starts and what it covers, without the words around it that belong to it ("the following"). */
  read: { index: number; length: number };
  /** The time the user gave ("4:15pm", "18:45"), as it is written back; `undefined` without one. */
  time: string | undefined;
}

const MONTH_NAME = /\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?(?:\s|$|,|'|\d)|\d{1,4}[/.-]\d{1,2}/i;
// An amount of time alone is a duration or a rate ("for 3 years", "twice a day", "40 hours a week"), a
// date only with a direction ("in two weeks", "three weeks ago", "a week from today").
const BARE_AMOUNT =
  /^(?:for\s+.*|(?:a|an|\d+(?:\.\d+)?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|a few|few|several|a couple of)\s+(?:\w+\s+)?(?:second|minute|hour|day|week|fortnight|month|quarter|year|decade)s?(?:\s+(?:a|an|per)\s+\w+)?)$/i;
const DIRECTION_FOLLOWING = /^\s+(?:ago|later|hence|from\s+(?:now|today))\b/i;
// Words before an expression that belong to it: "at the end of the month", "the following Monday".
const LEAD_IN = /(?:\bat\s+)?\bthe\s+(?:following\s+|coming\s+)?$|\bthis\s+coming\s+$/i;
// "last Friday": chrono-node's forward reading moves it to the coming Friday, so it is read without.
const BACKWARD = /^(?:last|past|previous)\b/i;

function isDate(result: ParsedResult, following: string): boolean {
  const tags = result.tags();
  if (tags.has('result/relativeDate') && BARE_AMOUNT.test(result.text))
    return !/^for\b/i.test(result.text) && DIRECTION_FOLLOWING.test(following);
  // "9/10 on the quiz", "24/7": a slashed pair without a year is more often a score or a ratio.
  if (tags.has('parser/SlashDateFormatParser') && !result.start.isCertain('year')) return false;
  return true;
}

function writtenTime(result: ParsedResult): string | undefined {
  const { start } = result;
  if (!start.isCertain('hour')) return undefined;
  const hour = start.get('hour') ?? 0;
  const minute = start.get('minute') ?? 0;
  const minutes = minute === 0 ? '' : `:${String(minute).padStart(2, '0')}`;
  if (!start.isCertain('meridiem')) return `${hour}${minutes}`;
  return `${hour % 12 === 0 ? 12 : hour % 12}${minutes}${hour < 12 ? 'am' : 'pm'}`;
}

/**
 * Every date chrono-node (casual English, dates without a year taken forward) finds in `text`, in text
 * order. Without a time of its own, a date keeps the reference's time of day, as the original's do.
 */
export function findLibraryDates(text: string, referenceDate: Date): LibraryDateMatch[] {
  return casual
    .parse(text, referenceDate, { forwardDate: true })
    .filter((result) => isDate(result, text.slice(result.index + result.text.length)))
    .map((result) => {
      const time = writtenTime(result);
      const backward = BACKWARD.test(result.text) ? casual.parse(result.text, referenceDate)[0] : undefined;
      const found = (backward ?? result).start.date();
      const date =
        time === undefined
          ? new Date(
              found.getFullYear(),
              found.getMonth(),
              found.getDate(),
              referenceDate.getHours(),
              referenceDate.getMinutes(),
              referenceDate.getSeconds(),
              referenceDate.getMilliseconds(),
            )
          : found;
      const leadIn = LEAD_IN.exec(text.slice(0, result.index))?.[0] ?? '';
      const direction = DIRECTION_FOLLOWING.exec(text.slice(result.index + result.text.length))?.[0] ?? '';
      // chrono-node's text can end in the comma after it ("on Thursday, not Friday"), which stays.
      const expression = direction === '' ? result.text.replace(/[\s,.;]+$/, '') : `${result.text}${direction}`;
      return {
        index: result.index - leadIn.length,
        expression: `${leadIn}${expression}`,
        date,
        read: { index: result.index, length: result.text.length },
        namesMonth: MONTH_NAME.test(result.text),
        time,
      };
    });
}
