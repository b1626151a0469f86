import { parseStoreOptions, z } from '@casual-memory/core/backend';

/** Timeouts are whole milliseconds that fit a 32-bit timer. */
const milliseconds = z.number().int().min(1).max(2_147_483_647);

const TablePrefix = z.string().regex(/^(?:[A-Za-z_][A-Za-z0-9_]{0,31})?$/, {
  message: 'up to 32 letters, digits or underscores, not starting with a digit',
});

const shared = {
  tablePrefix: TablePrefix.optional(),
  statementTimeoutMs: milliseconds.optional(),
};

const TypeORMConflictStoreOptionsSchema = z.strictObject(shared);

const created = {
  ...shared,
  migrate: z.boolean().optional(),
  connectTimeoutMs: milliseconds.optional(),
};

/** The url schemes each server type's driver reads. */
const URL_SCHEMES: Readonly<Record<string, readonly string[]>> = {
  postgres: ['postgres:', 'postgresql:'],
  mysql: ['mysql:', 'mariadb:'],
  mariadb: ['mysql:', 'mariadb:'],
};

/**
 * What is wrong with a server url, or undefined. The drivers would take a malformed one as a host
 * name (`not a url` becomes host `base`) or ignore a bad port, and fail later as if the server
 * were down, so it is checked here, where the mistake is the caller's.
 */
function serverUrlProblem(type: string, url: string): string | undefined {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return 'is not a valid url';
  }
  const schemes = URL_SCHEMES[type] ?? [];
  if (!schemes.includes(parsed.protocol))
    return `must start with ${schemes.map((scheme) => `${scheme}//`).join(' or ')} for type "${type}"`;
  if (parsed.hostname === '') return 'names no host';
  return undefined;
}

const ServerOptionsSchema = z
  .strictObject({
    ...created,
    type: z.enum(['postgres', 'mysql', 'mariadb']),
    url: z.string().min(1),
    poolSize: z.number().int().min(1).max(1000).optional(),
  })
  .superRefine((options, context) => {
    const problem = serverUrlProblem(options.type, options.url);
    if (problem !== undefined) context.addIssue({ code: 'custom', path: ['url'], message: problem });
  });

const CreateOptionsSchema = z.discriminatedUnion('type', [
  ServerOptionsSchema,
  z.strictObject({ ...created, type: z.enum(['better-sqlite3', 'sqlite']), database: z.string().min(1) }),
]);

/** Options of `new TypeORMConflictStore(dataSource, options?)`, on a DataSource of your own. */
export interface TypeORMConflictStoreOptions {
  /** Prepended to the table and index names (`<prefix>conflicts`): letters, digits, `_`, up to 32. Default: none. */
  tablePrefix?: string;
  /** The longest a call waits for the database before it fails with `StoreUnavailableError`. Default 30 000 ms. */
  statementTimeoutMs?: number;
}

interface CreateOptionsBase extends TypeORMConflictStoreOptions {
  /** Runs the conflict table's pending migrations before the store is returned. Default true. */
  migrate?: boolean;
  /** The longest `create()` waits to connect. Default 10 000 ms. */
  connectTimeoutMs?: number;
}

/** A PostgreSQL, MySQL or MariaDB server, through `pg` or `mysql2`. */
export interface ServerCreateOptions extends CreateOptionsBase {
  type: 'postgres' | 'mysql' | 'mariadb';
  /** `postgres://user@host:5432/db` or `mysql://user:password@host:3306/db`. */
  url: string;
  /** Connections in the pool. Default 10. */
  poolSize?: number;
}

/** An SQLite file, through `better-sqlite3` (TypeORM 0.3 and 1.x) or `sqlite3` (TypeORM 0.3 only). */
export interface SqliteCreateOptions extends CreateOptionsBase {
  type: 'better-sqlite3' | 'sqlite';
  /** The database file (created if missing), or `:memory:` for a store that lives as long as the process. */
  database: string;
}

/** Options of `TypeORMConflictStore.create(options)`: the store builds and owns its DataSource. */
export type TypeORMConflictStoreCreateOptions = ServerCreateOptions | SqliteCreateOptions;

// The documented interfaces must accept exactly what the schemas do (checked at compile time).
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
const optionsMatch: Same<z.input<typeof TypeORMConflictStoreOptionsSchema>, TypeORMConflictStoreOptions> = true;
const createOptionsMatch: Same<z.input<typeof CreateOptionsSchema>, TypeORMConflictStoreCreateOptions> = true;
void optionsMatch;
void createOptionsMatch;

export const DEFAULT_STATEMENT_TIMEOUT_MS = 30_000;
export const DEFAULT_CONNECT_TIMEOUT_MS = 10_000;
export const DEFAULT_POOL_SIZE = 10;

export function parseTypeORMConflictStoreOptions(options: unknown, store: string): TypeORMConflictStoreOptions {
  return parseStoreOptions(TypeORMConflictStoreOptionsSchema, options, store);
}

/** Options of `TypeORMUserLock.create`: a server (PostgreSQL or MySQL/MariaDB) only. */
export function parseUserLockCreateOptions(options: unknown, lock: string): ServerCreateOptions {
  return parseStoreOptions(ServerOptionsSchema, options, `${lock}.create`);
}

export function parseCreateOptions(options: unknown, store: string): TypeORMConflictStoreCreateOptions {
  return parseStoreOptions(CreateOptionsSchema, options, `${store}.create`);
}
