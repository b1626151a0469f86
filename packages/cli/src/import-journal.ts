import { existsSync, readFileSync, rmSync } from 'node:fs';
import { CorruptDataError } from '@casual-memory/core';
import type { DataDir } from './data-dir';
import { writeJsonFile } from './json-file';

const IN_FLIGHT = 'import-in-flight.json';
const RESTORED_IDS = 'restored-ids.txt';

/**
 * What makes an import resumable without doing a line twice: the key of the line being imported is
 * written before its memory is stored and cleared once the line is marked done, so a run that
 * resumes after a kill knows which line may already be stored. Memories are restored under their
 * exported ids; `restoredIds` are the new ids earlier versions of this command gave restored
 * memories (old id, new id), read so that a run they left unfinished resumes with its links intact.
 */
export class ImportJournal {
  /** The key of the line a killed run was importing, if any. */
  readonly interruptedKey: string | undefined;
  readonly restoredIds: Map<string, string>;

  constructor(private readonly dataDir: DataDir) {
    const inFlightPath = dataDir.file(IN_FLIGHT);
    let key: unknown;
    if (existsSync(inFlightPath)) {
      try {
        key = (JSON.parse(readFileSync(inFlightPath, 'utf8')) as { key?: unknown }).key;
      } catch {
        key = undefined;
      }
      if (typeof key !== 'string' || !/^[0-9a-f]{64}$/.test(key)) {
        throw new CorruptDataError({ record: inFlightPath, issues: [{ path: 'key', message: 'expected a sha-256 hex digest' }] });
      }
    }
    this.interruptedKey = key as string | undefined;
    this.restoredIds = readRestoredIds(dataDir.file(RESTORED_IDS));
  }

  /** Before storing anything of the line. */
  begin(key: string): void {
    writeJsonFile(this.dataDir.file(IN_FLIGHT), { key });
  }

  /** The line is stored: mark it done, then forget it was in flight. */
  finish(key: string): void {
    this.dataDir.markImported(key);
    rmSync(this.dataDir.file(IN_FLIGHT), { force: true });
  }
}

function readRestoredIds(path: string): Map<string, string> {
  const ids = new Map<string, string>();
  if (!existsSync(path)) return ids;
  const lines = readFileSync(path, 'utf8').split('\n');
  for (const [index, line] of lines.entries()) {
    if (line === '') continue;
    let pair: unknown;
    try {
      pair = JSON.parse(line);
    } catch {
      pair = undefined;
    }
    // A last line cut by a kill is dropped (its pair was never complete).
    if (!Array.isArray(pair) || pair.length !== 2 || !pair.every((id) => typeof id === 'string')) {
      if (index === lines.length - 1 || (index === lines.length - 2 && lines.at(-1) === '')) continue;
      throw new CorruptDataError({ record: path, issues: [{ path: `line ${index + 1}`, message: 'expected ["old id", "new id"]' }] });
    }
    ids.set(pair[0] as string, pair[1] as string);
  }
  return ids;
}
