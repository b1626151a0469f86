import { appendFileSync, existsSync, mkdirSync, readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { CorruptDataError } from '@casual-memory/core';
import { CliError } from './cli-error';
import { EXIT_CODES } from './exit-codes';
import { readJsonFile, writeJsonFile } from './json-file';

const FORMAT = 1;

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

  /** Creates the folder if needed; a path that is a file is a usage error. */
  ensure(): void {
    if (existsSync(this.path) && !statSync(this.path).isDirectory()) {
      throw new CliError(`--data-dir ${this.path} is not a directory`, EXIT_CODES.usage, 'DATA_DIR');
    }
    mkdirSync(this.path, { recursive: true });
  }

  /**
   * Records which embedder made the vectors here on first use, and refuses another one later: vectors
   * of two embedders in one store would make every similarity meaningless.
   */
  checkEmbedder(embedder: string): void {
    const path = this.file('meta.json');
    const meta = readJsonFile(path, undefined) as { format?: unknown; embedder?: unknown } | undefined;
    if (meta === undefined) {
      writeJsonFile(path, { format: FORMAT, embedder });
      return;
    }
    if (typeof meta !== 'object' || meta === null || meta.format !== FORMAT || typeof meta.embedder !== 'string') {
      throw new CorruptDataError({ record: path, issues: [{ path: '', message: `expected { "format": ${FORMAT}, "embedder": "..." }` }] });
    }
    if (meta.embedder !== embedder) {
      throw new CliError(
        `${this.path} holds vectors from the embedder ${meta.embedder}, not ${embedder}: use the same embedding settings or another --data-dir`,
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
