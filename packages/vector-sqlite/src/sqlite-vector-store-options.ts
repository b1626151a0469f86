import { parseStoreOptions, z } from '@casual-memory/core/backend';

/** The options of `new SqliteVectorStore(database, options)`. */
export interface SqliteVectorStoreOptions {
  /**
   * Length of every vector, e.g. 384 for e5-small. A database that already holds memories of
   * another length is a `DimensionMismatchError`.
   */
  dimensions: number;
  /** Load the sqlite-vec extension into the database (default true). Set false when you loaded it yourself. */
  loadExtension?: boolean;
}

/** The options of `SqliteVectorStore.open(options)`: the database file, then the store's options. */
export interface SqliteVectorStoreOpenOptions {
  /** The database file, created when missing (its folder must exist); `':memory:'` for a private in-memory database. */
  path: string;
  /** Length of every vector (see `SqliteVectorStoreOptions.dimensions`). */
  dimensions: number;
  /** Milliseconds a write waits for another connection's lock before failing with `StoreUnavailableError` (default 5000). */
  busyTimeout?: number;
  /**
   * Bytes of the file SQLite reads through memory-mapped I/O (`PRAGMA mmap_size`; default 256 MiB,
   * 0 turns it off). Searches read every vector of the user, so mapping them roughly halves a
   * large search and speeds up inserts spread over many users.
   */
  mmapSize?: number;
}

/** sqlite-vec's limit for a `float[N]` column. */
export const MAX_DIMENSIONS = 8192;
/** How long a write waits for a lock held by another connection unless `busyTimeout` says otherwise. */
export const DEFAULT_BUSY_TIMEOUT_MS = 5000;
/** Bytes mapped unless `mmapSize` says otherwise: 256 MiB holds about 170 000 vectors of 384 dimensions. */
export const DEFAULT_MMAP_SIZE = 256 * 1024 * 1024;

const dimensions = z.number().int().min(1).max(MAX_DIMENSIONS);

/** Strict, so a misspelt key (`dimension`) is a `ValidationError` rather than silently ignored. */
const SqliteVectorStoreOptionsSchema = z.strictObject({
  dimensions,
  loadExtension: z.boolean().default(true),
});

/** A database file's path, or `':memory:'`. */
export const SqlitePathSchema = z
  .string()
  .min(1)
  .refine((path) => !path.includes('\0'), { message: 'must not contain NUL' });
/** Milliseconds a write waits for another connection's lock. */
export const BusyTimeoutSchema = z.number().int().min(0).max(2_147_483_647).default(DEFAULT_BUSY_TIMEOUT_MS);

const SqliteVectorStoreOpenOptionsSchema = z.strictObject({
  path: SqlitePathSchema,
  dimensions,
  busyTimeout: BusyTimeoutSchema,
  mmapSize: z.number().int().min(0).max(Number.MAX_SAFE_INTEGER).default(DEFAULT_MMAP_SIZE),
});

// The interfaces above are what users read; these lines fail to compile if they and the schemas part ways.
true satisfies SameType<SqliteVectorStoreOptions, z.input<typeof SqliteVectorStoreOptionsSchema>>;
true satisfies SameType<SqliteVectorStoreOpenOptions, z.input<typeof SqliteVectorStoreOpenOptionsSchema>>;
/** True when A and B have the same keys and types: ties an options interface to its schema. */
export type SameType<A, B> = [A, keyof A] extends [B, keyof B] ? ([B, keyof B] extends [A, keyof A] ? true : false) : false;

export type ParsedSqliteVectorStoreOptions = z.output<typeof SqliteVectorStoreOptionsSchema>;
export type ParsedSqliteVectorStoreOpenOptions = z.output<typeof SqliteVectorStoreOpenOptionsSchema>;

/** Parses the constructor's options; anything thrown while reading them (a getter, a Proxy) is a `ValidationError` too. */
export function parseSqliteStoreOptions(options: unknown, store: string): ParsedSqliteVectorStoreOptions {
  return parseStoreOptions(SqliteVectorStoreOptionsSchema, options, store);
}

/** Parses the options of `SqliteVectorStore.open`. */
export function parseSqliteOpenOptions(options: unknown, store: string): ParsedSqliteVectorStoreOpenOptions {
  return parseStoreOptions(SqliteVectorStoreOpenOptionsSchema, options, store);
}
