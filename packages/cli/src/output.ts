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

export function quote(text: string): string {
  return JSON.stringify(text);
}

/** A number with its noun in the right form: `1 conflict`, `2 conflicts`, `0 memories`. */
export function count(n: number, singular: string, plural = `${singular}s`): string {
  return `${n} ${n === 1 ? singular : plural}`;
}
