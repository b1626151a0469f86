import { createHash, randomUUID } from 'node:crypto';
import { CasualMemoryError, StoreUnavailableError, type UserLockLease, ValidationError } from '@casual-memory/core';
import { PollingUserLockBase } from '@casual-memory/core/backend';
import type { DataSource, QueryRunner } from 'typeorm';
import { openDataSource, storeFailure } from './open-data-source';
import { SqlDialect } from './sql-dialect';
import { sqlFamilyOf } from './sql-family';
import { tableNames } from './table-names';
import {
  DEFAULT_STATEMENT_TIMEOUT_MS,
  parseTypeORMConflictStoreOptions,
  parseUserLockCreateOptions,
  type ServerCreateOptions,
  type TypeORMConflictStoreOptions,
} from './typeorm-conflict-store-options';
import { withTimeout } from './with-timeout';

const LOCK_NAME = 'TypeORMUserLock';

/** What one held lease keeps: its connection (the advisory lock lives in its session) and its expiry timer. */
interface HeldLease {
  runner: QueryRunner;
  timer: NodeJS.Timeout;
}

/**
 * A `UserLock` for every process on one PostgreSQL or MySQL/MariaDB database, through TypeORM. A
 * grant is a session lock of the database, held by a connection of its own until the lease is
 * released or its `leaseMs` passes (then the lock frees it; a crashed holder's connection closes and
 * the database frees it): PostgreSQL `pg_try_advisory_lock(key1, key2)` on a hash of the table prefix
 * and user id, MySQL/MariaDB `GET_LOCK(name, 0)`. Each grant counts up the user's row of
 * `<prefix>user_lock_fences`, the lease's `fence`. Acquirers of one user in this process queue first
 * (`PollingUserLockBase`), so only one of them at a time polls the database, with a growing backoff,
 * until `waitMs`.
 *
 * Each held lease keeps one pooled connection: give the DataSource a pool larger than the number of
 * users whose locks are held at once. SQLite has no session locks: use `SqliteUserLock` from
 * `@casual-memory/vector-sqlite` there.
 */
export class TypeORMUserLock extends PollingUserLockBase {
  /** The DataSource the lock runs on. */
  readonly dataSource: DataSource;
  private readonly dialect: SqlDialect;
  private readonly statementTimeoutMs: number;
  private readonly tablePrefix: string;
  private readonly fences: string;
  /** Leases granted by this object and not yet released, by token: `close()` frees them. */
  private readonly held = new Map<string, HeldLease>();
  private ownsDataSource = false;

  /**
   * A lock on your DataSource (`postgres`, `mysql` or `mariadb`), initialized by you and migrated
   * with this package's migrations (`createConflictMigrations`, which create the fence table);
   * `close()` leaves it open. `tablePrefix` as given to the conflict store: locks with the same
   * prefix on one database exclude each other.
   */
  constructor(dataSource: DataSource, options?: TypeORMConflictStoreOptions) {
    super(LOCK_NAME);
    const parsed = parseTypeORMConflictStoreOptions(options, LOCK_NAME);
    if (typeof (dataSource as { createQueryRunner?: unknown } | null)?.createQueryRunner !== 'function') {
      throw new ValidationError({ path: 'dataSource', message: `${LOCK_NAME} needs a TypeORM DataSource` });
    }
    const family = sqlFamilyOf(dataSource.options.type, 'dataSource.options.type');
    if (family === 'sqlite') {
      throw new ValidationError({
        path: 'dataSource.options.type',
        message: `${LOCK_NAME} needs PostgreSQL or MySQL/MariaDB (SQLite has no session locks): use SqliteUserLock from @casual-memory/vector-sqlite`,
      });
    }
    this.dataSource = dataSource;
    this.dialect = new SqlDialect(family);
    this.statementTimeoutMs = parsed.statementTimeoutMs ?? DEFAULT_STATEMENT_TIMEOUT_MS;
    this.tablePrefix = parsed.tablePrefix ?? '';
    this.fences = this.dialect.quote(tableNames(this.tablePrefix).lockFencesTable);
  }

  /**
   * Builds, connects and migrates a DataSource of its own (as `TypeORMConflictStore.create` does, so
   * both may share one database and prefix) and returns a lock on it; `close()` destroys it.
   */
  static async create(options: ServerCreateOptions): Promise<TypeORMUserLock> {
    const parsed = parseUserLockCreateOptions(options, LOCK_NAME);
    const { dataSource, names, statementTimeoutMs } = await openDataSource(parsed, LOCK_NAME);
    const lock = new TypeORMUserLock(dataSource, { tablePrefix: names.prefix, statementTimeoutMs });
    lock.ownsDataSource = true;
    return lock;
  }

  protected override toStoreError(thrown: unknown, operation: string): CasualMemoryError {
    return CasualMemoryError.isInstance(thrown) ? thrown : storeFailure(thrown, `${LOCK_NAME}.${operation}`);
  }

  protected async closeBackend(): Promise<void> {
    await Promise.allSettled([...this.held.keys()].map((token) => this.free(token)));
    if (this.ownsDataSource && this.dataSource.isInitialized) await this.dataSource.destroy();
  }

  /** One attempt on a connection of its own, kept while the lease is held; undefined when another holds the lock. */
  protected async tryGrant(userId: string, leaseMs: number, turn: UserLockLease): Promise<UserLockLease | undefined> {
    if (!this.dataSource.isInitialized) {
      // As the conflict store says it: the DataSource is its owner's to initialize (or it was destroyed).
      throw new StoreUnavailableError({ message: `${LOCK_NAME}: the DataSource is not initialized (call dataSource.initialize() first)` });
    }
    const runner = this.dataSource.createQueryRunner();
    const taking = this.take(runner, userId);
    let fence: number | undefined;
    try {
      fence = await withTimeout(taking, this.statementTimeoutMs, 'the database');
    } catch (thrown) {
      // A statement that timed out may still take the lock later: the session is freed once it settles,
      // so no pooled connection ever keeps a lock nobody holds.
      void taking.then(
        () => this.endSession(runner),
        () => this.endSession(runner),
      );
      throw thrown;
    }
    if (fence === undefined) {
      await runner.release().catch(() => undefined);
      return undefined;
    }
    const token = randomUUID();
    // The lease ends by itself after leaseMs, as the protocol says, even if its holder never releases it.
    const timer = setTimeout(() => void this.free(token).catch(() => undefined), leaseMs);
    timer.unref();
    this.held.set(token, { runner, timer });
    return this.leaseOnTurn(turn, { userId, token, fence, release: () => this.free(token) });
  }

  /** Takes the user's session lock on `runner` and counts the grant; undefined when another session holds it. */
  private async take(runner: QueryRunner, userId: string): Promise<number | undefined> {
    const q = (name: string) => this.dialect.quote(name);
    if (this.dialect.family === 'postgres') {
      const [key1, key2] = this.advisoryKeys(userId);
      // One round trip: the fence row is counted only when the lock was taken.
      const rows = (await runner.query(
        `WITH taken AS (SELECT pg_try_advisory_lock($1::int, $2::int) AS ok) ` +
          `INSERT INTO ${this.fences} (${q('user_id')}, ${q('fence')}) SELECT $3, 1 FROM taken WHERE ok ` +
          `ON CONFLICT (${q('user_id')}) DO UPDATE SET ${q('fence')} = ${this.fences}.${q('fence')} + 1 RETURNING ${q('fence')}`,
        [key1, key2, userId],
      )) as { fence: unknown }[];
      return rows.length === 0 ? undefined : Number(rows[0]?.fence);
    }
    const [row] = (await runner.query('SELECT GET_LOCK(?, 0) AS granted', [this.lockName(userId)])) as { granted: unknown }[];
    if (Number(row?.granted) !== 1) return undefined;
    try {
      await runner.query(
        `INSERT INTO ${this.fences} (${q('user_id')}, ${q('fence')}) VALUES (?, LAST_INSERT_ID(1)) ` +
          `ON DUPLICATE KEY UPDATE ${q('fence')} = LAST_INSERT_ID(${q('fence')} + 1)`,
        [userId],
      );
      const [counted] = (await runner.query('SELECT LAST_INSERT_ID() AS fence')) as { fence: unknown }[];
      return Number(counted?.fence);
    } catch (thrown) {
      await runner.query('SELECT RELEASE_LOCK(?)', [this.lockName(userId)]).catch(() => undefined);
      throw thrown;
    }
  }

  /** Ends a held lease: frees the session lock and returns its connection. Does nothing for one already ended. */
  private async free(token: string): Promise<void> {
    const held = this.held.get(token);
    if (held === undefined) return;
    this.held.delete(token);
    clearTimeout(held.timer);
    await this.endSession(held.runner);
  }

  /** Frees every session lock `runner` holds and returns its connection to the pool. */
  private async endSession(runner: QueryRunner): Promise<void> {
    try {
      // A connection that broke has lost its session locks already; releasing it to the pool discards it.
      await withTimeout(
        runner.query(this.dialect.family === 'postgres' ? 'SELECT pg_advisory_unlock_all()' : 'SELECT RELEASE_ALL_LOCKS()'),
        this.statementTimeoutMs,
        'the database',
      ).catch(() => undefined);
    } finally {
      await runner.release().catch(() => undefined);
    }
  }

  /** PostgreSQL's two 32-bit advisory lock keys for a user: a hash of the fence table's name and the user id. */
  private advisoryKeys(userId: string): [number, number] {
    const digest = createHash('sha256').update(`${this.tablePrefix}\u0000${userId}`).digest();
    return [digest.readInt32BE(0), digest.readInt32BE(4)];
  }

  /** MySQL/MariaDB's lock name for a user (at most 64 characters): a hash of the table prefix and the user id. */
  private lockName(userId: string): string {
    return `casual-memory:${createHash('sha256').update(`${this.tablePrefix}\u0000${userId}`).digest('base64url')}`;
  }
}
