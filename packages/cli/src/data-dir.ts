import {
  accessSync,
  appendFileSync,
  closeSync,
  constants,
  existsSync,
  mkdirSync,
  openSync,
  readFileSync,
  readSync,
  statSync,
} from 'node:fs';
import { join, resolve } from 'node:path';
import { CorruptDataError } from '@casual-memory/core';
import { CliError } from './cli-error';
import { EXIT_CODES } from './exit-codes';
import { readJsonFile, writeJsonFile } from './json-file';
import type { Access } from './session';

const FORMAT = 1;
/** The SQLite files the folder may hold; each starts with this header when it holds anything. */
// locks.sqlite is not checked: it holds only leases, and SqliteUserLock opens it (or makes it) itself.
const SQLITE_FILES = ['vectors.sqlite', 'conflicts.sqlite'];
const SQLITE_HEADER = 'SQLite format 3\u0000';

/**
 * The one folder the command keeps its data in. Files are created on first use and written whole
 * (temporary file + rename) or appended, so a failed command never leaves one half-written.
 */
export class DataDir {
  readonly path: string;

  constructor(path: string) {
    this.path = resolve(path);
  }

  file(name: string): string {
    return join(this.path, name);
  }

  /**
   * Checks the folder before any store opens it: a path that is not a folder is a usage error; a
   * missing folder is created for a write, and is "not found" for a read (which never creates it).
   */
  prepare(access: Access): void {
    if (existsSync(this.path)) {
      if (!statSync(this.path).isDirectory())
        throw new CliError(`--data-dir ${this.path} is not a directory`, EXIT_CODES.usage, 'DATA_DIR');
      if (access === 'write' && !isWritable(this.path))
        throw new CliError(
          `the data folder ${this.path} is read-only: this command writes (recall, list, conflicts, history, export and stats only read)`,
          EXIT_CODES.usage,
          'READ_ONLY',
        );
    } else if (access === 'read') {
      throw new CliError(`no data folder at ${this.path} (nothing was remembered there yet)`, EXIT_CODES.notFound, 'NO_DATA_DIR');
    } else {
      try {
        mkdirSync(this.path, { recursive: true });
      } catch (error) {
        const code = (error as NodeJS.ErrnoException).code ?? String(error);
        throw new CliError(`cannot create the data folder ${this.path} (${code}): choose another --data-dir`, EXIT_CODES.usage, 'DATA_DIR');
      }
    }
    // The store files are checked holding the folder's opening lock (`checkStoreFiles`): before it,
    // another command may have just created one, still empty, that it is about to initialise.
  }

  /**
   * An empty or foreign `vectors.sqlite` / `conflicts.sqlite` is corrupt data (SQLite would silently take
   * an empty file as a new database, and a command would then write into it). Commands call it holding
   * the folder's opening lock, so a file another command is creating is never mistaken for a damaged one,
   * and before opening any store, so a damaged file stops them before anything is written.
   */
  checkStoreFiles(): void {
    for (const name of SQLITE_FILES) checkSqliteFile(this.file(name));
  }

  /** The embedder recorded here (unchecked: `checkEmbedder` validates the file), or undefined before the first use. */
  recordedEmbedder(): string | undefined {
    const meta = readJsonFile(this.file('meta.json'), undefined) as { embedder?: unknown } | undefined;
    return typeof meta?.embedder === 'string' ? meta.embedder : undefined;
  }

  /**
   * Records which embedder made the vectors here on first use, and refuses another one later: vectors
   * of two embedders in one store would make every similarity meaningless. A read command records nothing.
   */
  checkEmbedder(embedder: string, access: Access = 'write'): void {
    const path = this.file('meta.json');
    const meta = readJsonFile(path, undefined) as { format?: unknown; embedder?: unknown } | undefined;
    if (meta === undefined) {
      if (access === 'write') writeJsonFile(path, { format: FORMAT, embedder });
      return;
    }
    if (typeof meta !== 'object' || meta === null || meta.format !== FORMAT || typeof meta.embedder !== 'string') {
      throw new CorruptDataError({ record: path, issues: [{ path: '', message: `expected { "format": ${FORMAT}, "embedder": "..." }` }] });
    }
    if (meta.embedder !== embedder) {
      throw new CliError(
        `${this.path} holds vectors from the embedder ${meta.embedder}, not ${embedder}: use the same embedding settings${hintFor(meta.embedder)} or another --data-dir`,
        EXIT_CODES.usage,
        'EMBEDDER_MISMATCH',
      );
    }
  }

  /** The users this folder has stored memories for (for `stats`). */
  users(): string[] {
    const path = this.file('users.json');
    const users = readJsonFile(path, []);
    if (!Array.isArray(users) || !users.every((user) => typeof user === 'string')) {
      throw new CorruptDataError({ record: path, issues: [{ path: '', message: 'expected a list of user ids' }] });
    }
    return users as string[];
  }

  addUser(userId: string): void {
    const users = this.users();
    if (!users.includes(userId)) writeJsonFile(this.file('users.json'), [...users, userId].sort());
  }

  /** Keys of the import lines already stored (see `import`), one per line of `imported-lines.txt`. */
  importedLines(): Set<string> {
    const path = this.file('imported-lines.txt');
    if (!existsSync(path)) return new Set();
    const keys = readFileSync(path, 'utf8')
      .split('\n')
      .filter((line) => line !== '');
    if (!keys.every((key) => /^[0-9a-f]{64}$/.test(key))) {
      throw new CorruptDataError({ record: path, issues: [{ path: '', message: 'expected one sha-256 hex digest per line' }] });
    }
    return new Set(keys);
  }

  markImported(key: string): void {
    appendFileSync(this.file('imported-lines.txt'), `${key}\n`);
  }
}

export function isWritable(path: string): boolean {
  try {
    accessSync(path, constants.W_OK);
    return true;
  } catch {
    return false;
  }
}

/** An existing SQLite file must start with SQLite's header: an empty or overwritten one is corrupt, not new. */
function checkSqliteFile(path: string): void {
  if (!existsSync(path)) return;
  const header = Buffer.alloc(SQLITE_HEADER.length);
  const fd = openSync(path, 'r');
  let read: number;
  try {
    read = readSync(fd, header, 0, header.length, 0);
  } finally {
    closeSync(fd);
  }
  if (read === header.length && header.toString('latin1') === SQLITE_HEADER) return;
  throw new CorruptDataError({
    record: path,
    issues: [{ path: '', message: read === 0 ? 'the file is empty' : 'not an SQLite database' }],
  });
}

/** The flag that selects a recorded offline embedder again. */
function hintFor(embedder: string): string {
  if (embedder.startsWith('hashing-')) return ' (--embedder hashing)';
  if (embedder.startsWith('use-lite-')) return ' (--embedder sentence-encoder)';
  return '';
}
