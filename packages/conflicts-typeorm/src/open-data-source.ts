import { setTimeout as delay } from 'node:timers/promises';
import { CasualMemoryError, StoreUnavailableError, ValidationError } from '@casual-memory/core';
import { thrownMessage } from '@casual-memory/core/backend';
import { DataSource, type DataSourceOptions } from 'typeorm';
import { createConflictEntitySchema } from './conflict-entity-schema';
import { createConflictMigrations } from './conflict-migrations';
import { isMissingDriver, isSqliteBusy, permanentFailure } from './driver-errors';
import { runMigrationsExclusively } from './run-migrations-exclusively';
import { sqlFamilyOf } from './sql-family';
import { type TableNames, tableNames } from './table-names';
import {
  DEFAULT_CONNECT_TIMEOUT_MS,
  DEFAULT_POOL_SIZE,
  DEFAULT_STATEMENT_TIMEOUT_MS,
  type TypeORMConflictStoreCreateOptions,
} from './typeorm-conflict-store-options';
import { withTimeout } from './with-timeout';

/** A DataSource `openDataSource` built, connected and migrated: its owner destroys it. */
export interface OpenedDataSource {
  dataSource: DataSource;
  names: TableNames;
  statementTimeoutMs: number;
}

/**
 * Builds a DataSource for the database in `parsed` (the conflict table's entity schema and
 * migrations), connects, and runs the pending migrations (unless `migrate: false`) under a
 * database-wide lock. Failures are typed for `owner` (`TypeORMConflictStore.create`, say): a driver
 * not installed is a `ValidationError`, the rest a `StoreUnavailableError`, not retryable when no
 * retry can cure it.
 */
export async function openDataSource(parsed: TypeORMConflictStoreCreateOptions, owner: string): Promise<OpenedDataSource> {
  const names = tableNames(parsed.tablePrefix ?? '');
  const connectTimeoutMs = parsed.connectTimeoutMs ?? DEFAULT_CONNECT_TIMEOUT_MS;
  const statementTimeoutMs = parsed.statementTimeoutMs ?? DEFAULT_STATEMENT_TIMEOUT_MS;
  const sqliteFile = !('url' in parsed) && parsed.database !== ':memory:';
  const retryUntil = Date.now() + statementTimeoutMs;
  for (let attempt = 1; ; attempt++) {
    try {
      const dataSource = await openOnce(parsed, owner, names, connectTimeoutMs, statementTimeoutMs);
      return { dataSource, names, statementTimeoutMs };
    } catch (thrown) {
      // Processes opening one new SQLite file at once can be refused at once (see isSqliteBusy):
      // the migrations ran in one transaction that rolled back, so opening again is safe.
      if (!sqliteFile || !isSqliteBusy(thrown) || Date.now() >= retryUntil) throw createError(thrown, parsed.type, owner);
      await delay(Math.min(200, 10 * attempt) * (0.5 + Math.random()));
    }
  }
}

/** One try of `openDataSource`: the DataSource connected and migrated, or the raw failure (the DataSource then destroyed). */
async function openOnce(
  parsed: TypeORMConflictStoreCreateOptions,
  owner: string,
  names: TableNames,
  connectTimeoutMs: number,
  statementTimeoutMs: number,
): Promise<DataSource> {
  let dataSource: DataSource | undefined;
  try {
    // TypeORM picks the driver here: a type it has none for, or a driver not installed, throws now.
    dataSource = new DataSource({
      ...driverOptions(parsed, connectTimeoutMs, statementTimeoutMs),
      entities: [createConflictEntitySchema({ type: parsed.type, tablePrefix: names.prefix })],
      migrations: createConflictMigrations({ tablePrefix: names.prefix }),
      migrationsTableName: names.migrationsTable,
      synchronize: false,
      logging: false,
    } as unknown as DataSourceOptions);
    // Generous: the pool may try more than one address, and migrations take a few statements.
    await withTimeout(dataSource.initialize(), connectTimeoutMs + statementTimeoutMs, `${owner}.create: connecting`);
    if (parsed.migrate !== false) {
      const migrating = runMigrationsExclusively(
        dataSource,
        sqlFamilyOf(parsed.type, 'options.type'),
        `casual-memory:migrations:${names.table}`,
        Math.ceil(statementTimeoutMs / 1000),
      );
      await withTimeout(migrating, statementTimeoutMs * 4, `${owner}.create: migrations`);
    }
    return dataSource;
  } catch (thrown) {
    if (dataSource !== undefined) destroyWhenSettled(dataSource);
    throw thrown;
  }
}

function driverOptions(options: TypeORMConflictStoreCreateOptions, connectTimeoutMs: number, statementTimeoutMs: number): object {
  if (!('url' in options)) {
    const file = options.database !== ':memory:';
    return options.type === 'better-sqlite3'
      ? { type: 'better-sqlite3', database: options.database, timeout: statementTimeoutMs, enableWAL: file }
      : { type: 'sqlite', database: options.database, busyTimeout: statementTimeoutMs, enableWAL: file };
  }
  if (options.type === 'postgres') {
    return {
      type: 'postgres',
      url: options.url,
      connectTimeoutMS: connectTimeoutMs,
      poolSize: options.poolSize ?? DEFAULT_POOL_SIZE,
      extra: {
        connectionTimeoutMillis: connectTimeoutMs,
        // The server cancels a statement past the timeout, and the client stops waiting for one.
        statement_timeout: statementTimeoutMs,
        query_timeout: statementTimeoutMs,
        keepAlive: true,
      },
    };
  }
  return {
    type: options.type,
    url: options.url,
    // utf8mb4: four-byte characters (emoji) too; TypeORM's default is utf8 (three bytes).
    charset: 'utf8mb4',
    timezone: 'Z',
    connectTimeout: connectTimeoutMs,
    poolSize: options.poolSize ?? DEFAULT_POOL_SIZE,
    extra: { enableKeepAlive: true },
  };
}

/** Destroys a DataSource whose `create()` failed, once its pending initialization has settled either way. */
function destroyWhenSettled(dataSource: DataSource): void {
  const destroy = () => {
    if (dataSource.isInitialized) dataSource.destroy().catch(() => undefined);
  };
  setTimeout(destroy, 0).unref();
  // A late initialization (after our timeout) is caught here too.
  const poll = setInterval(() => {
    if (dataSource.isInitialized) {
      destroy();
      clearInterval(poll);
    }
  }, 1000);
  poll.unref();
  setTimeout(() => clearInterval(poll), 120_000).unref();
}

function createError(thrown: unknown, type: string, owner: string): CasualMemoryError {
  if (isMissingDriver(thrown)) {
    return new ValidationError({
      path: 'options.type',
      message: `${owner}.create: TypeORM cannot open a "${type}" DataSource here: ${thrownMessage(thrown)}`,
      cause: thrown,
    });
  }
  if (CasualMemoryError.isInstance(thrown)) return thrown;
  return storeFailure(thrown, `${owner}.create`);
}

/** A failure of `what` as a `StoreUnavailableError`: not retryable, and saying why, when no retry can cure it. */
export function storeFailure(thrown: unknown, what: string): StoreUnavailableError {
  const permanent = permanentFailure(thrown);
  return permanent === undefined
    ? new StoreUnavailableError({ message: `${what} failed: ${thrownMessage(thrown)}`, cause: thrown })
    : new StoreUnavailableError({
        message: `${what} failed and a retry will not help: ${permanent} (${thrownMessage(thrown)})`,
        cause: thrown,
        retryable: false,
      });
}
