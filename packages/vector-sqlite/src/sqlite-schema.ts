import { CorruptDataError, DimensionMismatchError } from '@casual-memory/core';
import type Database from 'better-sqlite3';

/** The schema this package writes; kept in `casual_memory_schema` so a later version can migrate. */
export const SCHEMA_VERSION = 1;

/**
 * Vectors per sqlite-vec chunk. A chunk is allocated whole for each partition (user), so sqlite-vec's
 * default of 1024 would give a user with one 384-dimension memory 1.5 MB of file; 32 gives 48 KiB,
 * and searches a user's 100 000 vectors as fast (measured: bench/vector-sqlite.bench.mjs).
 */
export const VECTOR_CHUNK_SIZE = 32;

/** Every table the store uses; all start with `casual_memory` so they sit beside your own tables. */
export const TABLES = {
  schema: 'casual_memory_schema',
  users: 'casual_memory_users',
  memories: 'casual_memory_facts',
  tags: 'casual_memory_tags',
  vectors: 'casual_memory_vectors',
} as const;

/** The DDL for vectors of `dimensions`; every statement is `IF NOT EXISTS`, so it is safe on an existing database. */
export function schemaSql(dimensions: number): string {
  return `
CREATE TABLE IF NOT EXISTS ${TABLES.schema} (
  key TEXT PRIMARY KEY,
  value TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS ${TABLES.users} (
  user_key INTEGER PRIMARY KEY,
  user_id NOT NULL UNIQUE
);
CREATE TABLE IF NOT EXISTS ${TABLES.memories} (
  row_key INTEGER PRIMARY KEY AUTOINCREMENT,
  id NOT NULL,
  user_key INTEGER NOT NULL REFERENCES ${TABLES.users} (user_key),
  type TEXT NOT NULL,
  importance REAL NOT NULL,
  valid_until INTEGER,
  archived INTEGER NOT NULL,
  memory TEXT NOT NULL,
  UNIQUE (user_key, id)
);
CREATE INDEX IF NOT EXISTS ${TABLES.memories}_by_type ON ${TABLES.memories} (user_key, archived, type);
CREATE INDEX IF NOT EXISTS ${TABLES.memories}_by_importance ON ${TABLES.memories} (user_key, importance);
CREATE INDEX IF NOT EXISTS ${TABLES.memories}_by_valid_until ON ${TABLES.memories} (user_key, valid_until);
CREATE INDEX IF NOT EXISTS ${TABLES.memories}_by_id ON ${TABLES.memories} (id);
CREATE TABLE IF NOT EXISTS ${TABLES.tags} (
  row_key INTEGER NOT NULL REFERENCES ${TABLES.memories} (row_key),
  tag NOT NULL,
  PRIMARY KEY (row_key, tag)
) WITHOUT ROWID;
CREATE INDEX IF NOT EXISTS ${TABLES.tags}_by_tag ON ${TABLES.tags} (tag, row_key);
CREATE VIRTUAL TABLE IF NOT EXISTS ${TABLES.vectors} USING vec0(
  user_key INTEGER PARTITION KEY,
  embedding float[${dimensions}] distance_metric=cosine,
  chunk_size=${VECTOR_CHUNK_SIZE}
);`;
}

/**
 * Checks what `casual_memory_schema` says about an existing database: the same vector length, and a
 * schema version this package reads. Returns true when the rows are missing (a new database).
 */
export function checkSchemaRows(rows: readonly { key: string; value: string }[], dimensions: number): boolean {
  const values = new Map(rows.map((row) => [row.key, row.value]));
  const version = values.get('version');
  const stored = values.get('dimensions');
  if (version === undefined && stored === undefined) return true;
  if (version !== String(SCHEMA_VERSION)) {
    throw new CorruptDataError({
      record: `table ${TABLES.schema}`,
      issues: [
        {
          path: 'version',
          message: `schema version ${String(version)} is not one this package reads (${SCHEMA_VERSION}); upgrade @casual-memory/vector-sqlite`,
        },
      ],
    });
  }
  const storedDimensions = Number(stored);
  if (!Number.isInteger(storedDimensions) || storedDimensions < 1) {
    throw new CorruptDataError({
      record: `table ${TABLES.schema}`,
      issues: [{ path: 'dimensions', message: `dimensions ${String(stored)} is not a positive integer` }],
    });
  }
  if (storedDimensions !== dimensions) {
    throw new DimensionMismatchError({
      expected: storedDimensions,
      actual: dimensions,
      path: 'dimensions',
      message: `this database holds ${storedDimensions}-dimensional vectors, but the store was opened with dimensions ${dimensions}`,
    });
  }
  return false;
}

/** The columns of each of our ordinary tables, in order: how a table of ours is told from a foreign one of the same name. */
const OWN_COLUMNS: Record<Exclude<keyof typeof TABLES, 'vectors'>, readonly string[]> = {
  schema: ['key', 'value'],
  users: ['user_key', 'user_id'],
  memories: ['row_key', 'id', 'user_key', 'type', 'importance', 'valid_until', 'archived', 'memory'],
  tags: ['row_key', 'tag'],
};

/**
 * Throws a `CorruptDataError` (not retryable: no retry changes the file) when one of our table names
 * is taken by something this package did not create: a table with other columns, a view or index,
 * or a vector table that is not sqlite-vec's. `CREATE TABLE IF NOT EXISTS` would silently keep it,
 * and every later call would fail on it.
 */
export function checkOwnTables(db: Database.Database): void {
  for (const [key, name] of Object.entries(TABLES) as [keyof typeof TABLES, string][]) {
    checkOwnTable(db, name, key === 'vectors' ? 'vec0' : OWN_COLUMNS[key]);
  }
}

/** Throws a `CorruptDataError` when `name` exists but is not a table with exactly `expected` columns (or a sqlite-vec table, for `'vec0'`). */
export function checkOwnTable(db: Database.Database, name: string, expected: readonly string[] | 'vec0'): void {
  const found = db.prepare('SELECT type, sql FROM sqlite_master WHERE name = ?').get(name) as
    | { type: string; sql: string | null }
    | undefined;
  if (found === undefined) return;
  let problem: string | undefined;
  if (found.type !== 'table') problem = `is a ${found.type}, not a table of @casual-memory/vector-sqlite`;
  else if (expected === 'vec0') {
    if (!/\bUSING\s+vec0\s*\(/i.test(found.sql ?? '')) problem = 'is not a sqlite-vec (vec0) table of @casual-memory/vector-sqlite';
  } else {
    const columns = (db.prepare('SELECT name FROM pragma_table_info(?)').pluck().all(name) as string[]).join(', ');
    if (columns !== expected.join(', '))
      problem = `has the columns (${columns}), not those of @casual-memory/vector-sqlite (${expected.join(', ')})`;
  }
  if (problem === undefined) return;
  throw new CorruptDataError({
    record: `table ${name}`,
    issues: [{ path: name, message: `${name} ${problem}` }],
    message: `The database has a ${found.type} named ${name} that this package did not create (${problem}); use another database file, or rename or drop it`,
  });
}
