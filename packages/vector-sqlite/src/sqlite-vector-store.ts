import type { CasualMemoryError, MemoryFact, ScoredMemory, StoredMemory } from '@casual-memory/core';
import {
  applyMemoryPatch,
  archiveMemoryFact,
  type ListedMemoryRecord,
  type MemoryListPage,
  type MemoryListQuery,
  matchesFilter,
  meetsScoreThreshold,
  memoryIdTaken,
  type NewMemoryRecord,
  type ParsedMemoryPatch,
  type VectorQuery,
  VectorStoreBase,
} from '@casual-memory/core/backend';
import type Database from 'better-sqlite3';
import { load as loadSqliteVec } from 'sqlite-vec';
import { assertDatabase } from './assert-database';
import { memoryFilterSql } from './memory-filter-sql';
import { memoryColumns, memoryFromColumn } from './memory-row';
import { openDatabaseFile } from './open-database-file';
import type { SqliteDatabaseLike } from './sqlite-database-like';
import { checkOwnTables, checkSchemaRows, SCHEMA_VERSION, schemaSql, TABLES } from './sqlite-schema';
import { toSqliteStoreError } from './sqlite-store-error';
import { encodeSqliteText } from './sqlite-text';
import {
  parseSqliteOpenOptions,
  parseSqliteStoreOptions,
  type SqliteVectorStoreOpenOptions,
  type SqliteVectorStoreOptions,
} from './sqlite-vector-store-options';
import { vectorFromColumn } from './vector-column';

const STORE_NAME = 'SqliteVectorStore';
/** sqlite-vec's largest `k` for one KNN query. */
const KNN_MAX = 4096;
/** Neighbours asked for at least, so a filter that drops a few still leaves enough without a second query. */
const KNN_MIN = 32;
/** Prepared search statements kept (one per distinct filter shape). */
const SEARCH_STATEMENTS_KEPT = 64;

type Db = Database.Database;

interface MemoryRow {
  row_key: number;
  id: string;
  memory: string;
}

interface Neighbour {
  rowid: number;
  distance: number;
}

/**
 * Long-term memories in one SQLite database (better-sqlite3) with the sqlite-vec extension: each
 * memory is a row of `casual_memory_facts` (the indexed fields the filters read, and the whole
 * memory as JSON), its tags rows of `casual_memory_tags`, and its unit vector a row of the `vec0`
 * table `casual_memory_vectors` (cosine distance, partitioned by user). Search asks sqlite-vec for
 * the user's nearest neighbours and applies the filter in SQL, asking for more neighbours when the
 * filter left too few, and scans the user's filtered rows when that is not enough (sqlite-vec
 * returns at most 4096 neighbours per query). Every write is one `BEGIN IMMEDIATE` transaction, so
 * `addMany` stores all or nothing and a writer in another process waits (up to `busyTimeout`) instead
 * of failing; better-sqlite3 runs each call to completion before the next.
 */
export class SqliteVectorStore extends VectorStoreBase {
  private readonly db: Db;
  /** True when `open` opened the database, so `close()` closes it. */
  private ownsDatabase = false;
  private readonly statements: ReturnType<typeof prepareStatements>;
  private readonly searchStatements = new Map<string, Database.Statement>();

  /**
   * Uses a better-sqlite3 database you opened: loads sqlite-vec into it (unless `loadExtension:
   * false`) and creates the tables when missing. `close()` leaves your database open.
   */
  constructor(database: SqliteDatabaseLike, options: SqliteVectorStoreOptions) {
    const parsed = parseSqliteStoreOptions(options, STORE_NAME);
    assertDatabase(database, STORE_NAME);
    // Every memory is decoded from its row into new objects, so the kit need not copy them again.
    super(STORE_NAME, parsed.dimensions, { freshResults: true });
    this.db = database as unknown as Db;
    try {
      if (parsed.loadExtension) loadSqliteVec(this.db);
      ensureSchema(this.db, parsed.dimensions);
      this.statements = prepareStatements(this.db);
    } catch (thrown) {
      throw this.toStoreError(thrown, 'constructor');
    }
  }

  /**
   * Opens (creating when missing) the database file at `path`, in WAL mode, and makes it ready.
   * `close()` closes the file. Rejects with a typed error when the file cannot be opened or holds
   * vectors of another length (`DimensionMismatchError`).
   */
  static async open(options: SqliteVectorStoreOpenOptions): Promise<SqliteVectorStore> {
    return SqliteVectorStore.openSync(options);
  }

  /** `open`, synchronously (better-sqlite3 is synchronous): throws the same typed errors. */
  static openSync(options: SqliteVectorStoreOpenOptions): SqliteVectorStore {
    const { path, dimensions, busyTimeout, mmapSize } = parseSqliteOpenOptions(options, STORE_NAME);
    return openDatabaseFile(path, busyTimeout, STORE_NAME, (db) => {
      // Vectors are read straight from the mapped file instead of being copied into SQLite's page cache.
      db.pragma(`mmap_size = ${mmapSize}`);
      const store = new SqliteVectorStore(db, { dimensions });
      store.ownsDatabase = true;
      return store;
    });
  }

  protected override toStoreError(thrown: unknown, operation: string): CasualMemoryError {
    return toSqliteStoreError(thrown, this.storeName, operation);
  }

  protected insertMemories(records: readonly NewMemoryRecord[]): void {
    const { insertMemory, insertTag, insertVector, idTaken } = this.statements;
    this.writeTransaction(() => {
      // Ids are unique in the store, not only per user (as in every backend): a restored id is checked
      // against every user's rows, inside the write transaction, so no other writer comes between.
      for (const { id, idPath } of records) {
        if (idPath !== undefined && idTaken.get(encodeSqliteText(id)) !== undefined) throw memoryIdTaken(id, idPath);
      }
      for (const { id, vector, memory } of records) {
        const userKey = this.ensureUserKey(memory.userId);
        const { lastInsertRowid } = insertMemory.run({ id: encodeSqliteText(id), user_key: userKey, ...memoryColumns(memory) });
        const rowKey = BigInt(lastInsertRowid);
        for (const tag of new Set(memory.tags)) insertTag.run(rowKey, encodeSqliteText(tag));
        // vec0 wants integers as BigInt (a JS number binds as a float) and the vector as float32 bytes.
        insertVector.run(rowKey, userKey, Buffer.from(vector.buffer, vector.byteOffset, vector.byteLength));
      }
    });
  }

  protected queryMemories(userId: string, query: Float32Array, options: VectorQuery): ScoredMemory[] {
    // One read transaction: every query of the search sees the same snapshot, whatever other connections write.
    return this.db.transaction(() => this.searchSnapshot(userId, query, options))();
  }

  private searchSnapshot(userId: string, query: Float32Array, { limit, minScore, filter, now }: VectorQuery): ScoredMemory[] {
    const userKey = this.userKeyOf(userId);
    if (userKey === undefined) return [];
    const condition = memoryFilterSql(filter, now);
    const queryBytes = Buffer.from(query.buffer, query.byteOffset, query.byteLength);
    const accepts = (memory: MemoryFact): boolean => memory.userId === userId && matchesFilter(memory, filter, now);
    const rowsOf = this.cachedStatement(
      `SELECT m.row_key, m.id, m.memory FROM ${TABLES.memories} m
       WHERE m.row_key IN (SELECT value FROM json_each(?)) AND m.user_key = ? AND ${condition.sql}`,
    );
    // Nearest neighbours first; a neighbour the filter drops costs a larger k, up to sqlite-vec's limit.
    for (let k = Math.min(KNN_MAX, Math.max(KNN_MIN, limit * 2)); ; k = Math.min(KNN_MAX, k * 4)) {
      const neighbours = this.statements.knn.all(queryBytes, k, userKey) as Neighbour[];
      const rows = new Map<number, MemoryRow>();
      const keys = JSON.stringify(neighbours.map((neighbour) => neighbour.rowid));
      for (const row of rowsOf.all(keys, userKey, ...condition.params) as MemoryRow[]) rows.set(row.row_key, row);
      const hits: ScoredMemory[] = [];
      // Complete when sqlite-vec returned all the user's vectors, or the walk reached the limit or the threshold.
      let complete = neighbours.length < k;
      for (const { rowid, distance } of neighbours) {
        const score = 1 - distance;
        if (!meetsScoreThreshold(score, minScore)) {
          complete = true;
          break;
        }
        const row = rows.get(rowid);
        if (row === undefined) continue;
        const memory = memoryFromColumn(row.memory, row.id);
        if (!accepts(memory)) continue;
        hits.push({ id: row.id, memory, score });
        if (hits.length === limit) {
          complete = true;
          break;
        }
      }
      if (complete) return hits;
      if (k === KNN_MAX) return this.scanMemories(userKey, queryBytes, condition, { limit, minScore }, accepts);
    }
  }

  protected findMemory(userId: string, id: string): StoredMemory | null {
    const row = this.findRow(userId, id);
    return row === undefined ? null : { id: row.id, memory: memoryFromColumn(row.memory, row.id) };
  }

  /**
   * Keyset pagination on `row_key` (insertion order; AUTOINCREMENT never reuses a key), so a page
   * costs the same wherever it starts and rows added or deleted meanwhile move nothing. One read
   * transaction per page; rows are read until one past the page shows that more follow. With
   * `includeVectors` the same query joins each row's vector (a rowid lookup in the vec0 table).
   */
  protected listUserMemories(userId: string, { after, limit, filter, now, includeVectors }: MemoryListQuery): MemoryListPage {
    return this.db.transaction(() => {
      const userKey = this.userKeyOf(userId);
      if (userKey === undefined) return { memories: [] };
      const condition = memoryFilterSql(filter, now);
      const statement = this.cachedStatement(
        includeVectors
          ? `SELECT m.row_key, m.id, m.memory, v.embedding FROM ${TABLES.memories} m
             LEFT JOIN ${TABLES.vectors} v ON v.rowid = m.row_key
             WHERE m.user_key = ? AND m.row_key > ? AND ${condition.sql} ORDER BY m.row_key`
          : `SELECT m.row_key, m.id, m.memory FROM ${TABLES.memories} m
             WHERE m.user_key = ? AND m.row_key > ? AND ${condition.sql} ORDER BY m.row_key`,
      );
      const memories: ListedMemoryRecord[] = [];
      let last = 0;
      for (const row of statement.iterate(userKey, after === undefined ? 0 : BigInt(after), ...condition.params) as IterableIterator<
        MemoryRow & { embedding?: unknown }
      >) {
        const memory = memoryFromColumn(row.memory, row.id);
        if (memory.userId !== userId || !matchesFilter(memory, filter, now)) continue;
        if (memories.length === limit) return { memories, next: String(last) };
        memories.push(includeVectors ? { id: row.id, memory, vector: vectorFromColumn(row.embedding, row.id) } : { id: row.id, memory });
        last = row.row_key;
      }
      return { memories };
    })();
  }

  /** A cursor's position is a `row_key`: a whole number. */
  protected override isListPosition(position: string): boolean {
    return /^[0-9]{1,19}$/.test(position);
  }

  protected patchMemory(userId: string, id: string, patch: ParsedMemoryPatch): boolean {
    return this.writeTransaction(() => {
      const row = this.findRow(userId, id);
      if (row === undefined) return false;
      const memory = applyMemoryPatch(memoryFromColumn(row.memory, row.id), patch);
      this.writeMemory(row.row_key, memory, patch.tags !== undefined);
      return true;
    });
  }

  protected archiveStoredMemory(userId: string, id: string, archivedAt: Date, supersededBy: string | undefined): boolean {
    return this.writeTransaction(() => {
      const row = this.findRow(userId, id);
      if (row === undefined) return false;
      this.writeMemory(row.row_key, archiveMemoryFact(memoryFromColumn(row.memory, row.id), archivedAt, supersededBy), false);
      return true;
    });
  }

  protected removeMemory(userId: string, id: string): boolean {
    return this.writeTransaction(() => {
      const row = this.findRow(userId, id);
      if (row === undefined) return false;
      this.deleteRow(BigInt(row.row_key));
      return true;
    });
  }

  protected removeUserMemories(userId: string): number {
    return this.writeTransaction(() => {
      const userKey = this.userKeyOf(userId);
      if (userKey === undefined) return 0;
      const keys = this.statements.userRowKeys.pluck().all(userKey) as number[];
      for (const rowKey of keys) this.deleteRow(BigInt(rowKey));
      this.statements.deleteUser.run(userKey);
      return keys.length;
    });
  }

  protected closeStore(): void {
    if (this.ownsDatabase && this.db.open) this.db.close();
  }

  /**
   * Runs `body` in a transaction that takes the write lock first (`BEGIN IMMEDIATE`). A deferred
   * transaction reads first and then must upgrade, which fails at once with `SQLITE_BUSY` when
   * another connection wrote meanwhile; taking the lock up front waits up to `busyTimeout` instead.
   */
  private writeTransaction<T>(body: () => T): T {
    return this.db.transaction(body).immediate();
  }

  /** The slow, complete path: every vector of the user's rows that pass the SQL filter, scored and sorted by SQLite. */
  private scanMemories(
    userKey: bigint,
    queryBytes: Buffer,
    condition: { sql: string; params: unknown[] },
    { limit, minScore }: { limit: number; minScore: number },
    accepts: (memory: MemoryFact) => boolean,
  ): ScoredMemory[] {
    const scan = this.cachedStatement(
      `SELECT m.row_key, m.id, m.memory, vec_distance_cosine(v.embedding, ?) AS distance
       FROM ${TABLES.memories} m JOIN ${TABLES.vectors} v ON v.rowid = m.row_key
       WHERE m.user_key = ? AND ${condition.sql}
       ORDER BY distance, m.row_key`,
    );
    const hits: ScoredMemory[] = [];
    for (const row of scan.iterate(queryBytes, userKey, ...condition.params) as IterableIterator<MemoryRow & { distance: number }>) {
      const score = 1 - row.distance;
      if (!meetsScoreThreshold(score, minScore)) break;
      const memory = memoryFromColumn(row.memory, row.id);
      if (!accepts(memory)) continue;
      hits.push({ id: row.id, memory, score });
      if (hits.length === limit) break;
    }
    return hits;
  }

  /** A statement for this SQL, prepared once: searches build their SQL from the filter, and filters repeat. */
  private cachedStatement(sql: string): Database.Statement {
    let statement = this.searchStatements.get(sql);
    if (statement === undefined) {
      // A bound on distinct filters kept: the oldest goes first.
      if (this.searchStatements.size >= SEARCH_STATEMENTS_KEPT)
        this.searchStatements.delete(this.searchStatements.keys().next().value as string);
      statement = this.db.prepare(sql);
      this.searchStatements.set(sql, statement);
    }
    return statement;
  }

  private userKeyOf(userId: string): bigint | undefined {
    const key = this.statements.findUser.pluck().get(encodeSqliteText(userId)) as number | bigint | undefined;
    return key === undefined ? undefined : BigInt(key);
  }

  private ensureUserKey(userId: string): bigint {
    const existing = this.userKeyOf(userId);
    if (existing !== undefined) return existing;
    return BigInt(this.statements.insertUser.run(encodeSqliteText(userId)).lastInsertRowid);
  }

  private findRow(userId: string, id: string): MemoryRow | undefined {
    const userKey = this.userKeyOf(userId);
    if (userKey === undefined) return undefined;
    return this.statements.findRow.get(userKey, encodeSqliteText(id)) as MemoryRow | undefined;
  }

  private writeMemory(rowKey: number, memory: MemoryFact, tagsChanged: boolean): void {
    const key = BigInt(rowKey);
    this.statements.updateMemory.run({ row_key: key, ...memoryColumns(memory) });
    if (!tagsChanged) return;
    this.statements.deleteTags.run(key);
    for (const tag of new Set(memory.tags)) this.statements.insertTag.run(key, encodeSqliteText(tag));
  }

  private deleteRow(rowKey: bigint): void {
    this.statements.deleteTags.run(rowKey);
    this.statements.deleteVector.run(rowKey);
    this.statements.deleteMemory.run(rowKey);
  }
}

/**
 * Creates the tables when missing, or checks the version and vector length of existing ones. One
 * `BEGIN IMMEDIATE` transaction: processes opening one new file at once take turns, and each after
 * the first finds the tables made.
 */
function ensureSchema(db: Db, dimensions: number): void {
  db.transaction(() => {
    checkOwnTables(db);
    const exists = db.prepare(`SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?`).get(TABLES.schema) !== undefined;
    const rows = exists ? (db.prepare(`SELECT key, value FROM ${TABLES.schema}`).all() as { key: string; value: string }[]) : [];
    const fresh = checkSchemaRows(rows, dimensions);
    db.exec(schemaSql(dimensions));
    if (fresh) {
      const insert = db.prepare(`INSERT INTO ${TABLES.schema} (key, value) VALUES (?, ?)`);
      insert.run('version', String(SCHEMA_VERSION));
      insert.run('dimensions', String(dimensions));
    }
  }).immediate();
}

function prepareStatements(db: Db) {
  const { memories, tags, users, vectors } = TABLES;
  return {
    findUser: db.prepare(`SELECT user_key FROM ${users} WHERE user_id = ?`),
    insertUser: db.prepare(`INSERT INTO ${users} (user_id) VALUES (?)`),
    deleteUser: db.prepare(`DELETE FROM ${users} WHERE user_key = ?`),
    insertMemory: db.prepare(
      `INSERT INTO ${memories} (id, user_key, type, importance, valid_until, archived, memory)
       VALUES (@id, @user_key, @type, @importance, @valid_until, @archived, @memory)`,
    ),
    updateMemory: db.prepare(
      `UPDATE ${memories} SET type = @type, importance = @importance, valid_until = @valid_until, archived = @archived, memory = @memory
       WHERE row_key = @row_key`,
    ),
    idTaken: db.prepare(`SELECT 1 FROM ${memories} WHERE id = ? LIMIT 1`),
    findRow: db.prepare(`SELECT row_key, id, memory FROM ${memories} WHERE user_key = ? AND id = ?`),
    userRowKeys: db.prepare(`SELECT row_key FROM ${memories} WHERE user_key = ?`),
    deleteMemory: db.prepare(`DELETE FROM ${memories} WHERE row_key = ?`),
    insertTag: db.prepare(`INSERT OR IGNORE INTO ${tags} (row_key, tag) VALUES (?, ?)`),
    deleteTags: db.prepare(`DELETE FROM ${tags} WHERE row_key = ?`),
    insertVector: db.prepare(`INSERT INTO ${vectors} (rowid, user_key, embedding) VALUES (?, ?, ?)`),
    deleteVector: db.prepare(`DELETE FROM ${vectors} WHERE rowid = ?`),
    knn: db.prepare(`SELECT rowid, distance FROM ${vectors} WHERE embedding MATCH ? AND k = ? AND user_key = ?`),
  };
}
