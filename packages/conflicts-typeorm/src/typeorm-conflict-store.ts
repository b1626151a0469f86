import {
  CasualMemoryError,
  ConflictStateError,
  type ConflictStatus,
  type MemoryConflict,
  StoreUnavailableError,
  ValidationError,
} from '@casual-memory/core';
import {
  type ConflictListPage,
  type ConflictListPosition,
  type ConflictListQuery,
  ConflictStoreBase,
  comparePendingConflicts,
  type ParsedConflictResolution,
  type ParsedPendingConflictsOptions,
  thrownMessage,
} from '@casual-memory/core/backend';
import type { DataSource, QueryResult } from 'typeorm';
import { CONFLICT_COLUMNS, ID_LENGTH } from './conflict-columns';
import { assertStorable, assertStorableResolution, conflictParams, rowToConflict, selectColumns, timestampInRange } from './conflict-rows';
import { isBadValue, isPacketTooLarge, isUniqueViolation } from './driver-errors';
import { MIN_MAX_ALLOWED_PACKET, mysqlStatementBytes, paramBytes } from './mysql-packet-size';
import { openDataSource, storeFailure } from './open-data-source';
import { SqlDialect } from './sql-dialect';
import { sqlFamilyOf } from './sql-family';
import { tableNames } from './table-names';
import {
  DEFAULT_STATEMENT_TIMEOUT_MS,
  parseCreateOptions,
  parseTypeORMConflictStoreOptions,
  type TypeORMConflictStoreCreateOptions,
  type TypeORMConflictStoreOptions,
} from './typeorm-conflict-store-options';
import { withTimeout } from './with-timeout';

const STORE_NAME = 'TypeORMConflictStore';
const OPEN = `('pending', 'escalated')`;

/**
 * Conflicts in one SQL table on PostgreSQL, MySQL/MariaDB or SQLite, through TypeORM 0.3 or 1.x.
 * The kit (`ConflictStoreBase`) parses every argument and types every error; this class runs one
 * statement per call. Resolving and escalating are single conditional UPDATEs, so of racing calls
 * exactly one resolves, and no write is ever half done.
 */
export class TypeORMConflictStore extends ConflictStoreBase {
  /** The DataSource the store runs its statements on. */
  readonly dataSource: DataSource;
  /** The conflict table's name: `<tablePrefix>conflicts`. */
  readonly tableName: string;
  private readonly dialect: SqlDialect;
  private readonly statementTimeoutMs: number;
  private readonly table: string;
  private readonly columns: string;
  /** True when `create()` built the DataSource: then `close()` destroys it. */
  private ownsDataSource = false;
  /** MySQL/MariaDB's `max_allowed_packet`, read once when first needed. */
  private maxAllowedPacket: Promise<number> | undefined;

  /**
   * A store on your own DataSource (`postgres`, `mysql`, `mariadb`, `better-sqlite3` or `sqlite`),
   * initialized by you, with the conflict table created by this package's migrations
   * (`createConflictMigrations`). `close()` leaves the DataSource open: it is yours.
   */
  constructor(dataSource: DataSource, options?: TypeORMConflictStoreOptions) {
    super(STORE_NAME);
    const parsed = parseTypeORMConflictStoreOptions(options, STORE_NAME);
    const type =
      typeof dataSource === 'object' && dataSource !== null ? (dataSource as { options?: { type?: unknown } }).options?.type : undefined;
    if (typeof (dataSource as { createQueryRunner?: unknown } | null)?.createQueryRunner !== 'function') {
      throw new ValidationError({ path: 'dataSource', message: `${STORE_NAME} needs a TypeORM DataSource` });
    }
    this.dataSource = dataSource;
    this.dialect = new SqlDialect(sqlFamilyOf(type, 'dataSource.options.type'));
    this.statementTimeoutMs = parsed.statementTimeoutMs ?? DEFAULT_STATEMENT_TIMEOUT_MS;
    this.tableName = tableNames(parsed.tablePrefix ?? '').table;
    this.table = this.dialect.quote(this.tableName);
    this.columns = selectColumns(this.dialect);
  }

  /**
   * Builds a DataSource for the database in `options`, connects, runs the table's migrations
   * (unless `migrate: false`) and returns a store that owns the DataSource (`close()` destroys it).
   * An unreachable database is a `StoreUnavailableError` within `connectTimeoutMs`.
   */
  static async create(options: TypeORMConflictStoreCreateOptions): Promise<TypeORMConflictStore> {
    const parsed = parseCreateOptions(options, STORE_NAME);
    const { dataSource, names, statementTimeoutMs } = await openDataSource(parsed, STORE_NAME);
    const store = new TypeORMConflictStore(dataSource, { tablePrefix: names.prefix, statementTimeoutMs });
    store.ownsDataSource = true;
    return store;
  }

  protected async insertConflict(conflict: MemoryConflict): Promise<void> {
    assertStorable(conflict, this.dialect);
    const names = CONFLICT_COLUMNS.map(({ name }) => this.dialect.quote(name)).join(', ');
    const values = CONFLICT_COLUMNS.map(() => '?').join(', ');
    try {
      const sql = `INSERT INTO ${this.table} (${names}) VALUES (${values})`;
      const params = conflictParams(conflict, this.dialect);
      await this.assertFitsPacket(sql, params, (index) => `conflict.${CONFLICT_COLUMNS[index]?.field}`);
      await this.execute(sql, params);
    } catch (thrown) {
      if (isUniqueViolation(thrown)) {
        throw new ConflictStateError({
          message: `user ${JSON.stringify(conflict.userId)} already has a conflict with id ${JSON.stringify(conflict.id)}`,
        });
      }
      throw thrown;
    }
  }

  protected async findConflict(userId: string, id: string): Promise<MemoryConflict | null> {
    if (!this.storable(userId, id)) return null;
    const { records } = await this.execute(`SELECT ${this.columns} FROM ${this.table} WHERE ${this.userAndId}`, [userId, id]);
    const [row] = records as Record<string, unknown>[];
    return row === undefined ? null : rowToConflict(row);
  }

  protected async listPendingConflicts(userId: string, { limit }: ParsedPendingConflictsOptions): Promise<MemoryConflict[]> {
    if (!this.storable(userId)) return [];
    const q = (name: string) => this.dialect.quote(name);
    const open = `${q('user_id')} = ? AND ${q('status')} IN ${OPEN}`;
    const order = `ORDER BY ${q('avg_importance')} DESC, ${q('created_at')} ASC, ${q('id')} ASC`;
    // One more than asked: if it ties with the last one asked for, the database's id order (its
    // collation, not JavaScript's) could pick the wrong one of the tie, so the whole tie is read.
    const { records } = await this.execute(
      `SELECT ${this.columns} FROM ${this.table} WHERE ${open} ${order}${limit === undefined ? '' : ' LIMIT ?'}`,
      limit === undefined ? [userId] : [userId, limit + 1],
    );
    const conflicts = (records as Record<string, unknown>[]).map(rowToConflict);
    if (limit === undefined || conflicts.length <= limit) return conflicts.sort(comparePendingConflicts);
    const last = conflicts[limit - 1]!;
    const next = conflicts[limit]!;
    const sameKey = (conflict: MemoryConflict) =>
      conflict.avgImportance === last.avgImportance && conflict.createdAt.getTime() === last.createdAt.getTime();
    if (!sameKey(next)) return conflicts.slice(0, limit).sort(comparePendingConflicts);
    const tie = await this.execute(
      `SELECT ${this.columns} FROM ${this.table} WHERE ${open} AND ${q('avg_importance')} = ? AND ${q('created_at')} = ?`,
      [userId, last.avgImportance, this.dialect.dateParam(last.createdAt)],
    );
    const ahead = conflicts.filter((conflict) => !sameKey(conflict));
    const tied = (tie.records as Record<string, unknown>[]).map(rowToConflict);
    return [...ahead, ...tied].sort(comparePendingConflicts).slice(0, limit);
  }

  /**
   * A keyset page: the rows after the cursor's `(created_at, id)` in that order, read from the list
   * index `(user_id, created_at, id)` from where the last page ended (no OFFSET, so a late page costs
   * what the first does). The database compares ids by its binary collation, which is code point
   * order, as `compareListedConflicts` is. One row more than asked says whether another page follows.
   */
  protected async listUserConflicts(userId: string, { after, limit, statuses }: ConflictListQuery): Promise<ConflictListPage> {
    if (!this.storable(userId)) return { conflicts: [] };
    const q = (name: string) => this.dialect.quote(name);
    const where = [`${q('user_id')} = ?`];
    const params: unknown[] = [userId];
    if (statuses !== undefined) {
      where.push(`${q('status')} IN (${statuses.map(() => '?').join(', ')})`);
      params.push(...statuses);
    }
    if (after !== undefined) {
      // The `>=` bounds the index range; the OR drops the rows of that instant up to the cursor's id.
      where.push(`${q('created_at')} >= ? AND (${q('created_at')} > ? OR ${q('id')} > ?)`);
      const createdAt = this.dialect.dateParam(after.createdAt);
      params.push(createdAt, createdAt, after.id);
    }
    const { records } = await this.execute(
      `SELECT ${this.columns} FROM ${this.table} WHERE ${where.join(' AND ')} ORDER BY ${q('created_at')} ASC, ${q('id')} ASC LIMIT ?`,
      [...params, limit + 1],
    );
    const rows = (records as Record<string, unknown>[]).map(rowToConflict);
    if (rows.length <= limit) return { conflicts: rows };
    const conflicts = rows.slice(0, limit);
    const last = conflicts[limit - 1]!;
    return { conflicts, next: { createdAt: last.createdAt, id: last.id } };
  }

  /** A position this table could hold: an id it can store, a time within its years 1000 to 9999. */
  protected override isConflictListPosition({ createdAt, id }: ConflictListPosition): boolean {
    return this.dialect.storable(id) && [...id].length <= ID_LENGTH && timestampInRange(createdAt);
  }

  protected async resolveStoredConflict(
    userId: string,
    id: string,
    resolution: ParsedConflictResolution,
    resolvedAt: Date,
  ): Promise<boolean> {
    if (!this.storable(userId, id)) return false;
    assertStorableResolution(resolution, this.dialect);
    const q = (name: string) => this.dialect.quote(name);
    const winner = resolution.decision === 'keep_a' ? q('memory_a_id') : resolution.decision === 'keep_b' ? q('memory_b_id') : 'NULL';
    // One conditional statement: of racing resolutions, the database lets exactly one match.
    const sql =
      `UPDATE ${this.table} SET ${q('status')} = 'resolved', ${q('resolved_at')} = ?, ${q('resolution_type')} = ?, ` +
      `${q('resolution_decision')} = ?, ${q('resolved_by')} = ?, ${q('resolution_notes')} = ?, ${q('merged_text')} = ?, ` +
      `${q('winning_memory_id')} = ${winner} WHERE ${this.userAndId} AND ${q('status')} IN ${OPEN}`;
    const params = [
      this.dialect.dateParam(resolvedAt),
      resolution.resolutionType,
      resolution.decision,
      resolution.resolvedBy,
      resolution.notes ?? null,
      resolution.confirmingMemoryText ?? null,
      userId,
      id,
    ];
    const paths = ['', '', '', 'resolution.resolvedBy', 'resolution.notes', 'resolution.confirmingMemoryText', 'userId', 'id'];
    await this.assertFitsPacket(sql, params, (index) => paths[index] ?? 'resolution');
    const { affected } = await this.execute(sql, params);
    return affected === 1;
  }

  protected async markStoredResolutionApplied(userId: string, id: string, appliedAt: Date): Promise<boolean> {
    if (!this.storable(userId, id)) return false;
    const q = (name: string) => this.dialect.quote(name);
    // One conditional statement: of racing marks, the database lets exactly one match.
    const { affected } = await this.execute(
      `UPDATE ${this.table} SET ${q('resolution_applied_at')} = ? ` +
        `WHERE ${this.userAndId} AND ${q('status')} = 'resolved' AND ${q('resolution_applied_at')} IS NULL`,
      [this.dialect.dateParam(appliedAt), userId, id],
    );
    return affected === 1;
  }

  protected async listUnappliedResolutions(userId: string, { limit }: ParsedPendingConflictsOptions): Promise<MemoryConflict[]> {
    if (!this.storable(userId)) return [];
    const q = (name: string) => this.dialect.quote(name);
    // Few rows (a claim is normally applied within the same call): the kit sorts ties by id itself.
    const { records } = await this.execute(
      `SELECT ${this.columns} FROM ${this.table} WHERE ${q('user_id')} = ? AND ${q('status')} = 'resolved' ` +
        `AND ${q('resolution_applied_at')} IS NULL ORDER BY ${q('resolved_at')} ASC, ${q('id')} ASC` +
        `${limit === undefined ? '' : ' LIMIT ?'}`,
      limit === undefined ? [userId] : [userId, limit],
    );
    return (records as Record<string, unknown>[]).map(rowToConflict);
  }

  protected async escalateStoredConflict(userId: string, id: string): Promise<boolean> {
    if (!this.storable(userId, id)) return false;
    const q = (name: string) => this.dialect.quote(name);
    const { affected } = await this.execute(
      `UPDATE ${this.table} SET ${q('status')} = 'escalated', ${q('resolution_attempts')} = ${q('resolution_attempts')} + 1 ` +
        `WHERE ${this.userAndId} AND ${q('status')} IN ${OPEN}`,
      [userId, id],
    );
    return affected === 1;
  }

  protected async countConflicts(userId: string, status: ConflictStatus | undefined): Promise<number> {
    if (!this.storable(userId)) return 0;
    const [where, params] = this.userAndStatus(userId, status);
    const { records } = await this.execute(`SELECT COUNT(*) AS ${this.dialect.quote('count')} FROM ${this.table} WHERE ${where}`, params);
    return Number((records as { count: unknown }[])[0]?.count ?? 0);
  }

  protected async removeUserConflicts(userId: string, status: ConflictStatus | undefined): Promise<number> {
    if (!this.storable(userId)) return 0;
    const [where, params] = this.userAndStatus(userId, status);
    const { affected } = await this.execute(`DELETE FROM ${this.table} WHERE ${where}`, params);
    return affected ?? 0;
  }

  protected async closeStore(): Promise<void> {
    if (this.ownsDataSource && this.dataSource.isInitialized) await this.dataSource.destroy();
  }

  /** Unique-key violations were handled where they mean something; a value the database refused is the caller's; the rest is the database's. */
  protected override toStoreError(thrown: unknown, operation: string): CasualMemoryError {
    if (isBadValue(thrown)) {
      return new ValidationError({
        path: operation,
        message: `${STORE_NAME}.${operation}: the database refused a value: ${thrownMessage(thrown)}`,
        cause: thrown,
      });
    }
    if (isPacketTooLarge(thrown)) {
      // A backstop for a server whose limit changed after the store read it.
      return new ValidationError({
        path: operation,
        message: `${STORE_NAME}.${operation}: a value is too large for this MySQL/MariaDB server, over its max_allowed_packet: ${thrownMessage(thrown)}`,
        cause: thrown,
      });
    }
    if (CasualMemoryError.isInstance(thrown)) return thrown;
    return storeFailure(thrown, `${STORE_NAME}.${operation}`);
  }

  private get userAndId(): string {
    return `${this.dialect.quote('user_id')} = ? AND ${this.dialect.quote('id')} = ?`;
  }

  private userAndStatus(userId: string, status: ConflictStatus | undefined): [string, unknown[]] {
    const user = `${this.dialect.quote('user_id')} = ?`;
    return status === undefined ? [user, [userId]] : [`${user} AND ${this.dialect.quote('status')} = ?`, [userId, status]];
  }

  /** Whether these strings could be stored at all: a lookup by one that cannot never finds anything (and never reaches the driver, which would alter it). */
  private storable(...texts: (string | undefined)[]): boolean {
    return texts.every((text) => text === undefined || this.dialect.storable(text));
  }

  /**
   * On MySQL/MariaDB, a `ValidationError` naming the largest value when the statement would be over
   * the server's `max_allowed_packet`: the server would refuse it and drop the connection. Read from
   * the server once, at the first statement that could be too large.
   */
  private async assertFitsPacket(sql: string, params: readonly unknown[], pathOf: (index: number) => string): Promise<void> {
    if (this.dialect.family !== 'mysql') return;
    const bytes = mysqlStatementBytes(sql, params);
    if (bytes <= MIN_MAX_ALLOWED_PACKET) return;
    this.maxAllowedPacket ??= this.execute(`SELECT @@max_allowed_packet AS ${this.dialect.quote('limit')}`, []).then(
      ({ records }) => Number((records as { limit: unknown }[])[0]?.limit),
      (thrown: unknown) => {
        this.maxAllowedPacket = undefined;
        throw thrown;
      },
    );
    const limit = await this.maxAllowedPacket;
    if (!(bytes > limit)) return;
    const sizes = params.map(paramBytes);
    const largest = sizes.indexOf(Math.max(...sizes));
    const path = pathOf(largest);
    throw new ValidationError({
      path,
      message: `${path} is too large for this MySQL/MariaDB server: the statement would be about ${bytes} bytes, over its max_allowed_packet (${limit} bytes)`,
    });
  }

  /** Runs one statement on a connection of its own, within the statement timeout. */
  private async execute(sql: string, params: unknown[]): Promise<QueryResult> {
    if (!this.dataSource.isInitialized) {
      throw new StoreUnavailableError({
        message: `${STORE_NAME}: the DataSource is not initialized (call dataSource.initialize() first)`,
        cause: undefined,
      });
    }
    const runner = this.dataSource.createQueryRunner();
    // The connection goes back to the pool only once the statement has settled, even after a timeout.
    const running = runner.query(this.dialect.placeholders(sql), params, true).finally(() => runner.release().catch(() => undefined));
    return withTimeout(running, this.statementTimeoutMs, 'the database');
  }
}
