import { parseStoreOptions, z } from '@casual-memory/core/backend';
import { BusyTimeoutSchema, type SameType, SqlitePathSchema } from './sqlite-vector-store-options';

/** The options of `SqliteUserLock.open(options)`. */
export interface SqliteUserLockOpenOptions {
  /**
   * The database file of the lock table, created when missing (its folder must exist). Its own file
   * (`locks.db`) keeps lock traffic off the memories' write lock; the memories' file works too.
   */
  path: string;
  /** Milliseconds one attempt waits for another connection's write lock on the file (default 5000). */
  busyTimeout?: number;
}

const SqliteUserLockOpenOptionsSchema = z.strictObject({ path: SqlitePathSchema, busyTimeout: BusyTimeoutSchema });

// The interface above is what users read; this line fails to compile if it and the schema part ways.
true satisfies SameType<SqliteUserLockOpenOptions, z.input<typeof SqliteUserLockOpenOptionsSchema>>;

/** Parses the options of `SqliteUserLock.open`. */
export function parseSqliteLockOpenOptions(options: unknown, lock: string): z.output<typeof SqliteUserLockOpenOptionsSchema> {
  return parseStoreOptions(SqliteUserLockOpenOptionsSchema, options, lock);
}
