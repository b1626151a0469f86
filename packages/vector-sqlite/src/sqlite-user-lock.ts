import { randomUUID } from 'node:crypto';
import type { CasualMemoryError, UserLockLease } from '@casual-memory/core';
import { PollingUserLockBase } from '@casual-memory/core/backend';
import type Database from 'better-sqlite3';
import { assertDatabase } from './assert-database';
import { openDatabaseFile } from './open-database-file';
import type { SqliteDatabaseLike } from './sqlite-database-like';
import { checkOwnTable } from './sqlite-schema';
import { toSqliteStoreError } from './sqlite-store-error';
import { encodeSqliteText } from './sqlite-text';
import { parseSqliteLockOpenOptions, type SqliteUserLockOpenOptions } from './sqlite-user-lock-options';

const LOCK_NAME = 'SqliteUserLock';

/** The lease table: one row per user that ever held the lock (the row keeps the fence counter). */
export const LOCK_TABLE = 'casual_memory_locks';
const LOCK_COLUMNS = ['user_id', 'token', 'expires_at', 'fence'] as const;

const LOCK_SCHEMA = `
CREATE TABLE IF NOT EXISTS ${LOCK_TABLE} (
  user_id NOT NULL PRIMARY KEY,
  token TEXT,
  expires_at INTEGER NOT NULL,
  fence INTEGER NOT NULL
) WITHOUT ROWID;`;

type Db = Database.Database;

interface LeaseRow {
  token: string | null;
  expires_at: number;
  fence: number;
}

/**
 * A `UserLock` for every process that opens the same SQLite file: a lease is a row of
 * `casual_memory_locks` (the holder's token, when the lease ends, and the user's fence counter),
 * taken in a `BEGIN IMMEDIATE` transaction when the row is free or its lease has run out, and freed
 * by token. Acquirers in this process queue first (`PollingUserLockBase`), so only one of them at a
 * time polls the file, with a growing backoff, until `waitMs`. `fence` increases with
 * every grant for the user. `close()` frees the leases this object still holds.
 */
export class SqliteUserLock extends PollingUserLockBase {
  private readonly db: Db;
  private ownsDatabase = false;
  /** Leases granted by this object and not yet released: `close()` frees them. */
  private readonly held = new Map<string, string | Buffer>();
  private readonly statements: ReturnType<typeof prepareStatements>;

  /** Uses a better-sqlite3 database you opened (creating the lease table when missing); `close()` leaves it open. */
  constructor(database: SqliteDatabaseLike) {
    assertDatabase(database, LOCK_NAME);
    super(LOCK_NAME);
    this.db = database as unknown as Db;
    try {
      this.db
        .transaction(() => {
          checkOwnTable(this.db, LOCK_TABLE, LOCK_COLUMNS);
          this.db.exec(LOCK_SCHEMA);
        })
        .immediate();
      this.statements = prepareStatements(this.db);
    } catch (thrown) {
      throw this.toStoreError(thrown, 'constructor');
    }
  }

  /**
   * Opens (creating when missing) the file at `path` in WAL mode with `synchronous = NORMAL`: a lease
   * lost to a power cut is harmless (it would have expired), and a grant then costs no disk flush.
   */
  static async open(options: SqliteUserLockOpenOptions): Promise<SqliteUserLock> {
    return SqliteUserLock.openSync(options);
  }

  /** `open`, synchronously. */
  static openSync(options: SqliteUserLockOpenOptions): SqliteUserLock {
    const { path, busyTimeout } = parseSqliteLockOpenOptions(options, LOCK_NAME);
    return openDatabaseFile(path, busyTimeout, LOCK_NAME, (db) => {
      db.pragma('synchronous = NORMAL');
      const lock = new SqliteUserLock(db);
      lock.ownsDatabase = true;
      return lock;
    });
  }

  protected override toStoreError(thrown: unknown, operation: string): CasualMemoryError {
    return toSqliteStoreError(thrown, this.storeName, operation);
  }

  protected closeBackend(): void {
    if (this.db.open) {
      for (const [token, key] of this.held) this.statements.free.run(key, token);
      if (this.ownsDatabase) this.db.close();
    }
    this.held.clear();
  }

  /** One attempt: takes the user's row when it is free or its lease ran out; undefined when another holds it. */
  protected tryGrant(userId: string, leaseMs: number, turn: UserLockLease): UserLockLease | undefined {
    const key = encodeSqliteText(userId);
    const token = randomUUID();
    let fence: number | undefined;
    try {
      fence = this.db
        .transaction(() => {
          const now = Date.now();
          const row = this.statements.find.get(key) as LeaseRow | undefined;
          if (row !== undefined && row.token !== null && row.expires_at > now) return undefined;
          const next = (row?.fence ?? 0) + 1;
          this.statements.take.run({ user_id: key, token, expires_at: now + leaseMs, fence: next });
          return next;
        })
        .immediate();
    } catch (thrown) {
      // Another connection kept the file's write lock past busyTimeout: try again after the pause.
      if (isBusy(thrown)) return undefined;
      throw thrown;
    }
    if (fence === undefined) return undefined;
    this.held.set(token, key);
    return this.lease({
      userId,
      token,
      fence,
      release: async () => {
        this.held.delete(token);
        try {
          if (this.db.open) this.statements.free.run(key, token);
        } finally {
          await turn.release();
        }
      },
    });
  }
}

function isBusy(thrown: unknown): boolean {
  const code = (thrown as { code?: unknown } | null)?.code;
  return typeof code === 'string' && code.startsWith('SQLITE_BUSY');
}

function prepareStatements(db: Db) {
  return {
    find: db.prepare(`SELECT token, expires_at, fence FROM ${LOCK_TABLE} WHERE user_id = ?`),
    take: db.prepare(
      `INSERT INTO ${LOCK_TABLE} (user_id, token, expires_at, fence) VALUES (@user_id, @token, @expires_at, @fence)
       ON CONFLICT (user_id) DO UPDATE SET token = excluded.token, expires_at = excluded.expires_at, fence = excluded.fence`,
    ),
    // By token: a lease that expired and was taken by another frees nothing.
    free: db.prepare(`UPDATE ${LOCK_TABLE} SET token = NULL WHERE user_id = ? AND token = ?`),
  };
}
