import { type DateMatch, findDocumentedDate } from './find-documented-date';
import { findLibraryDates, type LibraryDateMatch } from './find-library-dates';

export interface NormalizedDate {
  /** The text with its relative date expression replaced by an absolute one ("on January 02"). */
  text: string;
  /** The date the expression meant (the reference's time of day kept unless a time was given); `null` when nothing matched. */
  date: Date | null;
}

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const PREPOSITION_BEFORE = /\b(?:on|by|until|till|before|after|from|since|to)\s+$/i;

/** "on January 02": the form the original writes (full month name, two-digit day). */
export function formatAbsoluteDate(date: Date): string {
  return `on ${MONTHS[date.getMonth()]} ${String(date.getDate()).padStart(2, '0')}`;
}

/** chrono-node read more words than the original's pattern, around them ("the day after tomorrow"). */
function readsAround(found: LibraryDateMatch, documented: DateMatch): boolean {
  const { index, length } = found.read;
  return (
    index <= documented.index && index + length >= documented.index + documented.expression.length && length > documented.expression.length
  );
}

/** The wider span chrono-node gives the same day, with the words that belong to it ("the following Monday"). */
function spans(found: LibraryDateMatch, documented: DateMatch): boolean {
  return found.index <= documented.index && found.index + found.expression.length >= documented.index + documented.expression.length;
}

/**
 * The original's match, unless chrono-node reads a longer expression around it as another day ("the day
 * after tomorrow", "on Saturday, June 5, 2027"); without one of the original's, chrono-node's first.
 */
function choose(text: string, referenceDate: Date): DateMatch | LibraryDateMatch | null {
  const documented = findDocumentedDate(text, referenceDate);
  const library = findLibraryDates(text, referenceDate);
  if (documented === null) return library[0] ?? null;
  const dayOf = (found: DateMatch) => found.date.toDateString();
  const other = library.find((found) => readsAround(found, documented) && dayOf(found) !== dayOf(documented));
  if (other !== undefined) return other;
  // The same expression in more words ("this Friday", "the following Monday"): those words are replaced
  // too, unless they carry a time, which the original leaves in the text ("Friday at 3pm" becomes "on
  // January 05 3pm"). The original's day stands: "the following Monday" said on a Monday is in 7 days.
  const wider = library.find(
    (found) => spans(found, documented) && (dayOf(found) === dayOf(documented) || found.read.length <= documented.expression.length),
  );
  if (wider === undefined) return documented;
  return wider.time === undefined ? { ...documented, index: wider.index, expression: wider.expression } : documented;
}

function replacement(text: string, found: DateMatch | LibraryDateMatch, referenceDate: Date): string {
  const absolute = formatAbsoluteDate(found.date);
  // "due by end of month" becomes "due by December 31", not "due by on December 31".
  const date = PREPOSITION_BEFORE.test(text.slice(0, found.index)) ? absolute.slice(3) : absolute;
  if (!('namesMonth' in found)) return date;
  const year = found.date.getFullYear() === referenceDate.getFullYear() ? '' : `, ${found.date.getFullYear()}`;
  return `${date}${year}${found.time === undefined ? '' : ` at ${found.time}`}`;
}

/**
 * Finds the first date in `text` and resolves it against `referenceDate` (local calendar). The
 * original's expressions come first and behave exactly as there ("tomorrow", "in 3 days", "next
 * Friday", "on Friday morning", by that priority); any other date is chrono-node's ("the day after
 * tomorrow", "in two weeks", "this weekend", "May 3rd, not May 4th"). A relative expression is
 * rewritten as an absolute date; one that names its month is kept as written. Only one expression is
 * replaced, once. A count of days too large for a `Date` is no match.
 */
export function extractAndNormalizeDate(text: string, referenceDate: Date): NormalizedDate {
  const found = choose(text, referenceDate);
  if (found === null || Number.isNaN(found.date.getTime())) return { text, date: null };
  if ('namesMonth' in found && found.namesMonth) return { text, date: found.date };
  const replaced = text.slice(0, found.index) + replacement(text, found, referenceDate) + text.slice(found.index + found.expression.length);
  return { text: replaced, date: found.date };
}
