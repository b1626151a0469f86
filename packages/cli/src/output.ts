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

/** A text in double quotes, as JSON writes it, on one line (see `oneLine`; JSON leaves DEL, C1 and U+2028/9 as they are). */
export function quote(text: string): string {
  return JSON.stringify(text).replace(CONTROL_CHARACTERS, unicodeEscape);
}

function unicodeEscape(character: string): string {
  return `\\u${character.charCodeAt(0).toString(16).padStart(4, '0')}`;
}

/** A moment to the minute, in UTC, as the transcript prints it: `2026-12-02 15:24`. */
export function minute(date: Date): string {
  return date.toISOString().slice(0, 16).replace('T', ' ');
}

/** A number with its noun in the right form: `1 conflict`, `2 conflicts`, `0 memories`. */
export function count(n: number, singular: string, plural = `${singular}s`): string {
  return `${n} ${n === 1 ? singular : plural}`;
}
