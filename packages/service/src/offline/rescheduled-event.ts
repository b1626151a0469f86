import { contentOf, type Statement } from './analyze-statement';
import { isTime } from './is-time';
import { stemWord } from './stem-word';

// "got pushed to april 22", "was moved to the 27th", "bumped back to May 8": what is named just before is at another time now.
const MOVED = new Set(['moved', 'pushed', 'bumped', 'rescheduled', 'postponed', 'shifted', 'put', 'switched', 'changed'].map(stemWord));
const BEFORE_MOVED = new Set(['get', 'be', 'have', 'been', 'now', 'just', 'all'].map(stemWord));
const AFTER_MOVED = new Set(['back', 'forward', 'out', 'up']);
const TO = new Set(['to', 'till', 'until']);
// Words that only say it is a booking: "eye appointment" is the "eye exam" booked.
// "databases deadline got pushed back to 12th december" moves "databases coursework is due 5th december": a deadline is when it is due.
// "knee op's been moved to the 2nd" moves "knee replacement's booked for the 14th": an op is the surgery booked.
const BOOKING_WORDS = new Set(
  ['appointment', 'appt', 'booking', 'session', 'slot', 'visit', 'deadline', 'op', 'operation', 'surgery', 'procedure'].map(stemWord),
);
// ("the rheumatology appointment" is the one "with the rheumatologist": a field, and one who works in it, by "-ist".)
const HEAD_LENGTH = 4;
const OBJECT_LENGTH = 2;
const TOLD_BY = new Set(
  ['called', 'rang', 'rung', 'phoned', 'texted', 'emailed', 'said', 'says', 'told', 'confirmed', 'wrote'].map(stemWord),
);

/**
 * What a later statement says was moved to another time, when the earlier one names it at a time ("mum's
 * surgery got pushed to april 22" for "mum's having knee replacement surgery april 8"; "eye appointment got
 * moved to May 8" for "eye exam booked … on April 24"): the words of it both hold. Undefined when the later
 * one moves nothing to a time, or when the earlier one does not name all of it (a booking word aside).
 */
export function rescheduledEvent(earlier: Statement, later: Statement): string[] | undefined {
  if (!earlier.tokens.some(isTime)) return undefined;
  const tokens = later.tokens;
  const found = movedAt(tokens);
  if (found === undefined || found.at === 0) return undefined;
  const { at, to } = found;
  let start = at;
  while (start > 0 && BEFORE_MOVED.has(tokens[start - 1]!)) start -= 1;
  const before = tokens.slice(Math.max(0, start - HEAD_LENGTH), start);
  // "dr okoro's office called, shots moved to oct 8": who told it is no part of what moved.
  const told = before.findLastIndex((stem) => TOLD_BY.has(stem));
  // "mum and dad moved their trip to 17-22 oct": who moved it, or what was moved, as the earlier one names it.
  const moved = tokens.slice(at + 1, to);
  for (const words of [before.slice(told + 1), moved]) {
    const named = contentOf(words).filter((stem) => !isTime(stem) && !BOOKING_WORDS.has(stem));
    if (named.length > 0 && named.every((stem) => earlier.tokens.includes(stem) || earlier.tokens.includes(`${stem}ist`))) return named;
  }
  return undefined;
}

/** The first verb of moving followed by "to" a time, and where that "to" is; else undefined. */
function movedAt(tokens: readonly string[]): { at: number; to: number } | undefined {
  for (const [at, stem] of tokens.entries()) {
    const to = MOVED.has(stem) ? movedToATime(tokens, at + 1) : undefined;
    if (to !== undefined) return { at, to };
  }
  return undefined;
}

/**
 * Where "to" is in "to april 22", "back to the 27th", "their trip to 17-22 oct" (up to two words moved between),
 * when a time follows within three words; else undefined.
 */
function movedToATime(tokens: readonly string[], from: number): number | undefined {
  let at = from;
  if (AFTER_MOVED.has(tokens[at] ?? '')) at += 1;
  const to = tokens.slice(at, at + OBJECT_LENGTH + 1).findIndex((stem) => TO.has(stem));
  if (to === -1 || tokens.slice(at, at + to).some(isTime)) return undefined;
  return tokens.slice(at + to + 1, at + to + 4).some(isTime) ? at + to : undefined;
}
