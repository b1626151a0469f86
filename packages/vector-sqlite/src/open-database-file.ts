import Database from 'better-sqlite3';
import { toSqliteStoreError } from './sqlite-store-error';

/**
 * Opens (creating when missing) the database file at `path` in WAL mode (readers never wait for the
 * writer, and a crash mid-write leaves the file as it was), then `setUp` makes what uses it. A typed
 * error names `owner`; the file is closed again when `setUp` fails.
 */
export function openDatabaseFile<T>(path: string, busyTimeout: number, owner: string, setUp: (db: Database.Database) => T): T {
  let db: Database.Database;
  try {
    db = new Database(path, { timeout: busyTimeout });
  } catch (thrown) {
    throw toSqliteStoreError(thrown, owner, 'open');
  }
  try {
    if (path !== ':memory:') enableWal(db, busyTimeout);
    return setUp(db);
  } catch (thrown) {
    db.close();
    throw toSqliteStoreError(thrown, owner, 'open');
  }
}

/**
 * Switches the file to WAL. While another connection creates or switches the same new file, SQLite
 * refuses the switch at once ("database is locked") instead of waiting out the busy timeout: one of
 * two processes opening a new file together failed so about every fourth time. Tried again after a
 * short pause until `busyTimeout` has passed.
 */
function enableWal(db: Database.Database, busyTimeout: number): void {
  const deadline = Date.now() + busyTimeout;
  for (;;) {
    try {
      db.pragma('journal_mode = WAL');
      return;
    } catch (thrown) {
      if (!isBusy(thrown) || Date.now() >= deadline) throw thrown;
      pause(5 + Math.random() * 20);
    }
  }
}

function isBusy(thrown: unknown): boolean {
  const code = typeof thrown === 'object' && thrown !== null ? (thrown as { code?: unknown }).code : undefined;
  return typeof code === 'string' && code.startsWith('SQLITE_BUSY');
}

// better-sqlite3 is synchronous, so is the pause: Atomics.wait blocks this thread only.
const pauseCell = new Int32Array(new SharedArrayBuffer(4));
function pause(ms: number): void {
  Atomics.wait(pauseCell, 0, 0, ms);
}
