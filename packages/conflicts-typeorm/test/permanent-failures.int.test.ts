import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { StoreUnavailableError } from '@casual-memory/core';
import { DataSource } from 'typeorm';
import { TypeORMConflictStore, type TypeORMConflictStoreCreateOptions } from '../src';
import { rejection } from './helpers/rejection';
import { DATABASES, describeOn, dropTables, MYSQL_URL, POSTGRES_URL, runTablePrefix } from './helpers/test-databases';

/** `url` with its user, password or database replaced. */
function withUrl(url: string, change: (parsed: URL) => void): string {
  const parsed = new URL(url);
  change(parsed);
  return parsed.toString();
}

async function expectPermanent(options: TypeORMConflictStoreCreateOptions, meaning: RegExp): Promise<void> {
  const error = await rejection(() => TypeORMConflictStore.create({ ...options, connectTimeoutMs: 5000 }));
  expect(StoreUnavailableError.isInstance(error)).toBe(true);
  expect(error).toMatchObject({ code: 'STORE_UNAVAILABLE', retryable: false });
  expect((error as Error).message).toMatch(meaning);
  expect((error as Error).message).toContain('a retry will not help');
}

describeOn(DATABASES.postgres, 'TypeORMConflictStore on PostgreSQL: failures no retry can cure are not retryable', () => {
  it('an unknown user (the server refuses the login)', async () => {
    const url = withUrl(POSTGRES_URL, (parsed) => {
      parsed.username = 'casual_memory_no_such_role';
    });
    await expectPermanent({ type: 'postgres', url }, /refused the user/);
  });

  it('a database that does not exist', async () => {
    const url = withUrl(POSTGRES_URL, (parsed) => {
      parsed.pathname = '/casual_memory_no_such_database';
    });
    await expectPermanent({ type: 'postgres', url }, /database in the url does not exist/);
  });

  it('a table of our name that the migrations did not make', async () => {
    const prefix = runTablePrefix();
    const dataSource = DATABASES.postgres.dataSource();
    await dataSource.initialize();
    try {
      await dataSource.query(`CREATE TABLE "${prefix}conflicts" (something_else integer)`);
      await expectPermanent({ type: 'postgres', url: POSTGRES_URL, tablePrefix: prefix }, /already exists, not made by them/);
    } finally {
      await dataSource.destroy();
      await dropTables(DATABASES.postgres, prefix);
    }
  });

  it('a store whose table was never migrated', async () => {
    const store = await TypeORMConflictStore.create({ type: 'postgres', url: POSTGRES_URL, tablePrefix: runTablePrefix(), migrate: false });
    try {
      const error = await rejection(() => store.getConflictCount('u1'));
      expect(error).toMatchObject({ code: 'STORE_UNAVAILABLE', retryable: false });
      expect((error as Error).message).toMatch(/run the migrations/);
    } finally {
      await store.close();
    }
  });
});

describeOn(DATABASES.mysql, 'TypeORMConflictStore on MariaDB: failures no retry can cure are not retryable', () => {
  it('a wrong password', async () => {
    const url = withUrl(MYSQL_URL, (parsed) => {
      parsed.password = 'casual-memory-wrong-password';
    });
    await expectPermanent({ type: DATABASES.mysql.type as 'mariadb', url }, /refused the user/);
  });

  it('a database that does not exist', async () => {
    const url = withUrl(MYSQL_URL, (parsed) => {
      parsed.pathname = '/casual_memory_no_such_database';
    });
    await expectPermanent({ type: DATABASES.mysql.type as 'mariadb', url }, /database in the url does not exist/);
  });

  it('an unreachable server stays retryable', async () => {
    const url = withUrl(MYSQL_URL, (parsed) => {
      parsed.port = '1';
    });
    const error = await rejection(() =>
      TypeORMConflictStore.create({ type: DATABASES.mysql.type as 'mariadb', url, connectTimeoutMs: 2000 }),
    );
    expect(error).toMatchObject({ code: 'STORE_UNAVAILABLE', retryable: true });
  });
});

describe('TypeORMConflictStore on SQLite: a foreign table of its name is not retryable', () => {
  it('a file whose conflicts table the migrations did not make', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'conflicts-typeorm-foreign-'));
    try {
      const database = join(dir, 'app.sqlite');
      const foreign = new DataSource({ type: 'better-sqlite3', database });
      await foreign.initialize();
      await foreign.query('CREATE TABLE conflicts (something_else INTEGER)');
      await foreign.destroy();
      await expectPermanent({ type: 'better-sqlite3', database }, /already exists, not made by them/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
