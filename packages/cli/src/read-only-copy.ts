import { copyFileSync, existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { DataDir } from './data-dir';

/** The SQLite files a read command opens, with the write-ahead log that may hold their last commits. */
const COPIED = ['vectors.sqlite', 'vectors.sqlite-wal', 'conflicts.sqlite', 'conflicts.sqlite-wal'];

/**
 * A private copy of the SQLite files of a data folder the command may not write, for the read
 * commands. SQLite cannot read a WAL database in a folder where it may not create the `-shm` file
 * beside it (SQLITE_READONLY_DIRECTORY, even with its read-only flag), so a read command there opens
 * copies in a temporary folder, removed when the command ends; the data folder is never touched.
 */
export class ReadOnlyCopy {
  private constructor(private readonly dir: string) {}

  static of(dataDir: DataDir): ReadOnlyCopy {
    const dir = mkdtempSync(join(tmpdir(), 'casual-memory-read-'));
    try {
      for (const name of COPIED) if (existsSync(dataDir.file(name))) copyFileSync(dataDir.file(name), join(dir, name));
    } catch (error) {
      rmSync(dir, { recursive: true, force: true });
      throw error;
    }
    return new ReadOnlyCopy(dir);
  }

  /** Where the command opens `name` (a file missing from the folder is a new, empty one here). */
  file(name: string): string {
    return join(this.dir, name);
  }

  remove(): void {
    rmSync(this.dir, { recursive: true, force: true });
  }
}
