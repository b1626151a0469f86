import picocolors from 'picocolors';
import type { ExitCode } from './exit-codes';

export type Colors = ReturnType<typeof picocolors.createColors>;

/** Where the command writes; `runCli` takes it so tests and other programs can capture it. */
export interface Io {
  stdout: NodeJS.WritableStream & { isTTY?: boolean; columns?: number };
  stderr: NodeJS.WritableStream & { isTTY?: boolean; columns?: number };
  env: NodeJS.ProcessEnv;
}

/** What a command produced: `data` is the `--json` document, `lines` the human transcript. */
export interface CommandResult {
  /** Set when the command finished but something in it failed (an import line): the run exits with it. */
  exitCode?: ExitCode;
  data: unknown;
  lines: string[];
  /**
   * What the input may have lost before the command got it (a `$…` the shell replaced): each one line on
   * stderr after the transcript; with --json, the document's `warnings` array instead.
   */
  warnings?: string[];
}

/** Colour only for a terminal, never with NO_COLOR (https://no-color.org) or TERM=dumb; FORCE_COLOR forces it. */
export function colorsFor(stream: { isTTY?: boolean }, env: NodeJS.ProcessEnv): Colors {
  const forced = env['FORCE_COLOR'] !== undefined && env['FORCE_COLOR'] !== '0' && env['FORCE_COLOR'] !== 'false';
  const disabled = (env['NO_COLOR'] !== undefined && env['NO_COLOR'] !== '') || env['TERM'] === 'dumb';
  return picocolors.createColors(forced || (!disabled && stream.isTTY === true));
}

/** The first characters of an id, enough to tell a user's memories apart (commands accept any unique prefix). */
export function shortId(id: string): string {
  return id.slice(0, 8);
}

// biome-ignore lint/suspicious/noControlCharactersInRegex: finding control characters is the point.
const CONTROL_CHARACTERS = /[\u0000-\u001f\u007f-\u009f\u2028\u2029]/g;
const ESCAPES: Record<string, string> = { '\n': '\\n', '\r': '\\r', '\t': '\\t' };

/**
 * A text on one line, as the transcript prints it: control characters (a newline, ESC, DEL, the C1 ones)
 * and the Unicode line and paragraph separators as escapes (`\n`, `\u001b`), so a memory holding them
 * neither breaks a one-line-per-memory output nor moves the cursor or recolours the terminal.
 */
export function oneLine(text: string): string {
  return text.replace(CONTROL_CHARACTERS, (character) => ESCAPES[character] ?? unicodeEscape(character));
}

/** The most characters of a text `quote` prints; a longer one is cut near there (`--json` gives every text whole). */
export const QUOTED_TEXT_LENGTH = 200;
/** How far back from the cut `quote` looks for the end of a word to cut at instead. */
const WORD_END_WITHIN = 30;
const graphemes = new Intl.Segmenter('en', { granularity: 'grapheme' });

/**
 * A text in double quotes, as JSON writes it, on one line (see `oneLine`; JSON leaves DEL, C1 and U+2028/9
 * as they are): the one way the transcript prints a memory's text. One longer than `QUOTED_TEXT_LENGTH`
 * characters is cut after a word near there, ends in `…`, and says how many characters were left out, so a
 * long memory takes a line or two, not a screen: `"long day yaar, …" (+3,550 characters)`.
 */
export function quote(text: string): string {
  const shown = shortened(text);
  const quoted = JSON.stringify(shown === text ? text : `${shown}…`).replace(CONTROL_CHARACTERS, unicodeEscape);
  const left = text.length - shown.length;
  return left === 0 ? quoted : `${quoted} (+${left.toLocaleString('en')} ${left === 1 ? 'character' : 'characters'})`;
}

/** The start of a text `quote` prints: all of it up to `QUOTED_TEXT_LENGTH`, else whole characters up to there, ending a word when one ends near. */
function shortened(text: string): string {
  if (text.length <= QUOTED_TEXT_LENGTH) return text;
  let end = 0;
  for (const { index, segment } of graphemes.segment(text)) {
    if (index + segment.length > QUOTED_TEXT_LENGTH) break;
    end = index + segment.length;
  }
  const wordEnd = /\s\S*$/u.exec(text.slice(Math.max(0, end - WORD_END_WITHIN), end));
  return wordEnd === null ? text.slice(0, end) : text.slice(0, end - (wordEnd[0].length - 1));
}

function unicodeEscape(character: string): string {
  return `\\u${character.charCodeAt(0).toString(16).padStart(4, '0')}`;
}

/** A moment to the minute, in UTC, as the transcript prints it: `2026-12-02 15:24`. */
export function minute(date: Date): string {
  return date.toISOString().slice(0, 16).replace('T', ' ');
}

/** A few of many names, for a message: `ana, bob`, or `ana, bob, carl and 4 more`. */
export function someOf(names: readonly string[], shown = 3): string {
  return names.length > shown ? `${names.slice(0, shown).join(', ')} and ${names.length - shown} more` : names.join(', ');
}

/** A number with its noun in the right form: `1 conflict`, `2 conflicts`, `0 memories`. */
export function count(n: number, singular: string, plural = `${singular}s`): string {
  return `${n} ${n === 1 ? singular : plural}`;
}
