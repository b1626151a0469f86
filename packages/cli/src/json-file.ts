import { existsSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { CorruptDataError } from '@casual-memory/core';

/** Reads a JSON file written by `writeJsonFile`; a missing file is `fallback`, an unreadable one a CorruptDataError. */
export function readJsonFile(path: string, fallback: unknown): unknown {
  if (!existsSync(path)) return fallback;
  const text = readFileSync(path, 'utf8');
  try {
    return JSON.parse(text) as unknown;
  } catch (error) {
    throw new CorruptDataError({
      record: path,
      issues: [{ path: '', message: `not JSON (${error instanceof Error ? error.message : String(error)})` }],
    });
  }
}

/** Writes the whole file at once: a temporary file renamed over the old one, so a crash never leaves half a file. */
export function writeJsonFile(path: string, value: unknown): void {
  const temporary = `${path}.${process.pid}.tmp`;
  writeFileSync(temporary, `${JSON.stringify(value)}\n`);
  renameSync(temporary, path);
}
