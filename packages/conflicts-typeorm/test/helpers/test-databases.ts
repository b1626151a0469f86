import { execFileSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { describeWithService } from '@casual-memory/test-suite';
import { DataSource } from 'typeorm';
import { TypeORMConflictStore, type TypeORMConflictStoreCreateOptions } from '../../src';

declare const __TYPEORM_LINE__: string | undefined;

/**
 * Which TypeORM line this run is for: '1' in the package's own jest run, '0.3' in
 * tools/conflicts-typeorm-0.3, which runs these same files with TypeORM 0.3 mapped in.
 */
export const TYPEORM_LINE = typeof __TYPEORM_LINE__ === 'string' ? __TYPEORM_LINE__ : '1';

/** The version of the `typeorm` these tests load (read from its package.json, which its exports do not expose). */
export function loadedTypeormVersion(): string {
  let dir = dirname(require.resolve('typeorm'));
  for (;;) {
    try {
      const manifest = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')) as { name?: string; version: string };
      if (manifest.name === 'typeorm') return manifest.version;
    } catch {
      // not there: look one folder up
    }
    const parent = dirname(dir);
    if (parent === dir) throw new Error('typeorm/package.json not found');
    dir = parent;
  }
}

export const POSTGRES_URL = process.env['POSTGRES_URL'] ?? 'postgres://postgres@127.0.0.1:5432/test';
export const MYSQL_URL = process.env['MYSQL_URL'] ?? 'mysql://root@127.0.0.1:3306/test';

export type DatabaseName = 'sqlite' | 'postgres' | 'mysql';

/** One database the tests run on, with the DataSource type this TypeORM line uses for it. */
export interface TestDatabase {
  name: DatabaseName;
  /** The TypeORM DataSource type. */
  type: TypeORMConflictStoreCreateOptions['type'];
  /** Why it cannot be used here, or undefined. */
  unavailable: string | undefined;
  /** create() options for it, with `tablePrefix`. */
  options(tablePrefix: string): TypeORMConflictStoreCreateOptions;
  /** A DataSource of the tests' own on it (not initialized). */
  dataSource(extra?: object): DataSource;
}

const sqliteDir = mkdtempSync(join(tmpdir(), 'conflicts-typeorm-'));
afterAll(() => rmSync(sqliteDir, { recursive: true, force: true }));
const sqliteFile = join(sqliteDir, 'conflicts.sqlite');

const PROBE = `
const url = new URL(process.argv[1]);
const socket = require('node:net').connect({ host: url.hostname, port: Number(url.port) });
socket.setTimeout(2000, () => { console.log('no answer within 2 s'); process.exit(1); });
socket.on('connect', () => process.exit(0));
socket.on('error', (error) => { console.log(error.message); process.exit(1); });
`;

function serverUnavailable(url: string): string | undefined {
  try {
    execFileSync(process.execPath, ['-e', PROBE, url], { timeout: 30_000, stdio: 'pipe' });
    return undefined;
  } catch (thrown) {
    const output = String((thrown as { stdout?: unknown }).stdout ?? '').trim();
    return `${url.replace(/\/\/[^@/]*@/, '//')} does not answer (${output || String(thrown)})`;
  }
}

const sqliteType = TYPEORM_LINE === '0.3' ? 'sqlite' : 'better-sqlite3';
// TypeORM 1.x is tested through its `mariadb` type, 0.3 through `mysql`: both are mysql2 on MariaDB here.
const mysqlType = TYPEORM_LINE === '0.3' ? 'mysql' : 'mariadb';

export const DATABASES: Record<DatabaseName, TestDatabase> = {
  sqlite: {
    name: 'sqlite',
    type: sqliteType,
    unavailable: undefined,
    options: (tablePrefix) => ({ type: sqliteType, database: sqliteFile, tablePrefix }),
    dataSource: (extra = {}) => new DataSource({ type: sqliteType, database: sqliteFile, ...extra } as never),
  },
  postgres: {
    name: 'postgres',
    type: 'postgres',
    unavailable: serverUnavailable(POSTGRES_URL),
    options: (tablePrefix) => ({ type: 'postgres', url: POSTGRES_URL, tablePrefix }),
    dataSource: (extra = {}) => new DataSource({ type: 'postgres', url: POSTGRES_URL, ...extra } as never),
  },
  mysql: {
    name: 'mysql',
    type: mysqlType,
    unavailable: serverUnavailable(MYSQL_URL),
    options: (tablePrefix) => ({ type: mysqlType, url: MYSQL_URL, tablePrefix }),
    dataSource: (extra = {}) => new DataSource({ type: mysqlType, url: MYSQL_URL, charset: 'utf8mb4', ...extra } as never),
  },
};

/** A table prefix of this run's own, so runs can share one database. */
export function runTablePrefix(): string {
  return `cmt_${randomBytes(5).toString('hex')}_`;
}

/**
 * `describe` for tests on `database`. Without its server they skip and say why, except under
 * CI=true, where a missing PostgreSQL or MariaDB is a failure: CI must never pass by skipping them.
 */
export function describeOn(database: TestDatabase, name: string, tests: () => void): void {
  const why =
    database.unavailable === undefined
      ? undefined
      : `${database.unavailable}. Start it (scripts/start-services.sh) or set POSTGRES_URL / MYSQL_URL.`;
  describeWithService(name, why, tests);
}

/** Drops the conflict table and the migrations table of `tablePrefix`, if there. */
export async function dropTables(database: TestDatabase, tablePrefix: string): Promise<void> {
  const dataSource = database.dataSource();
  await dataSource.initialize();
  try {
    for (const table of [
      `${tablePrefix}conflicts`,
      `${tablePrefix}conflicts_migrations`,
      `${tablePrefix}migrations`,
      `${tablePrefix}user_lock_fences`,
    ]) {
      await dataSource.query(`DROP TABLE IF EXISTS ${database.name === 'mysql' ? `\`${table}\`` : `"${table}"`}`);
    }
  } finally {
    await dataSource.destroy();
  }
}

/** A factory of stores on `database` under one table prefix, and its clean-up. */
export function storeFactory(database: TestDatabase, tablePrefix = runTablePrefix()): () => Promise<TypeORMConflictStore> {
  afterAll(() => dropTables(database, tablePrefix), 60_000);
  return () => TypeORMConflictStore.create(database.options(tablePrefix));
}
