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
    if (path !== ':memory:') db.pragma('journal_mode = WAL');
    return setUp(db);
  } catch (thrown) {
    db.close();
    throw toSqliteStoreError(thrown, owner, 'open');
  }
}
