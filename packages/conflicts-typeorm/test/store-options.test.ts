import { StoreUnavailableError, ValidationError } from '@casual-memory/core';
import { DataSource } from 'typeorm';
import { createConflictEntitySchema, createConflictMigrations, TypeORMConflictStore } from '../src';
import { rejection } from './helpers/rejection';
import { TYPEORM_LINE } from './helpers/test-databases';

describe('TypeORMConflictStore options', () => {
  it.each([
    ['no options', undefined],
    ['an unknown key', { type: 'postgres', url: 'postgres://x/y', poolsize: 2 }],
    ['a server without url', { type: 'postgres', database: 'x' }],
    ['sqlite without database', { type: 'better-sqlite3', url: 'file:x' }],
    ['an unsupported type', { type: 'oracle', url: 'oracle://x' }],
    ['a table prefix with a dash', { type: 'better-sqlite3', database: ':memory:', tablePrefix: 'my-app' }],
    ['a table prefix starting with a digit', { type: 'better-sqlite3', database: ':memory:', tablePrefix: '1app_' }],
    ['a zero timeout', { type: 'better-sqlite3', database: ':memory:', statementTimeoutMs: 0 }],
    ['a fractional timeout', { type: 'better-sqlite3', database: ':memory:', connectTimeoutMs: 1.5 }],
    ['migrate as a string', { type: 'better-sqlite3', database: ':memory:', migrate: 'yes' }],
    // Malformed urls: the drivers would take them for an unreachable host (a retryable error) or ignore the bad part.
    ['a url that is not one', { type: 'postgres', url: 'not a url' }],
    ['a MySQL url for postgres', { type: 'postgres', url: 'mysql://root@127.0.0.1:3306/test' }],
    ['a PostgreSQL url for mariadb', { type: 'mariadb', url: 'postgres://postgres@127.0.0.1:5432/test' }],
    ['a port that is not a number', { type: 'mariadb', url: 'mysql://root@127.0.0.1:notaport/test' }],
    ['a url without a host', { type: 'mysql', url: 'mysql:///test' }],
  ])('create() rejects %s with VALIDATION_ERROR', async (_, options) => {
    const error = await rejection(() => TypeORMConflictStore.create(options as never));
    expect(ValidationError.isInstance(error)).toBe(true);
  });

  it('the constructor rejects what is not a DataSource of a supported type, and unknown options', () => {
    expect(() => new TypeORMConflictStore({} as never)).toThrow(ValidationError);
    expect(() => new TypeORMConflictStore(null as never)).toThrow(ValidationError);
    expect(() => new TypeORMConflictStore({ options: { type: 'sqljs' }, createQueryRunner() {} } as never)).toThrow(
      /dataSource\.options\.type/,
    );
    const dataSource = new DataSource({ type: 'postgres', url: 'postgres://x/y' });
    expect(() => new TypeORMConflictStore(dataSource, { tablePrefix: 'a b' })).toThrow(ValidationError);
    expect(() => new TypeORMConflictStore(dataSource, { migrate: true } as never)).toThrow(ValidationError);
  });

  it('the entity schema and migrations check their options too', () => {
    expect(() => createConflictEntitySchema({ type: 'mongodb' })).toThrow(ValidationError);
    expect(() => createConflictEntitySchema({ type: 'postgres', tablePrefix: 'x;' })).toThrow(ValidationError);
    expect(() => createConflictMigrations({ tablePrefix: '"; DROP' })).toThrow(ValidationError);
    const [migration] = createConflictMigrations({ tablePrefix: 'app_' });
    expect(new migration!().name).toBe('CasualMemoryCreate_app_conflicts_1767225600000');
  });

  it('a server nobody listens on is STORE_UNAVAILABLE within the connect timeout, with the cause', async () => {
    const startedAt = Date.now();
    const error = await rejection(() =>
      TypeORMConflictStore.create({ type: 'postgres', url: 'postgres://postgres@127.0.0.1:1/test', connectTimeoutMs: 2000 }),
    );
    expect(StoreUnavailableError.isInstance(error)).toBe(true);
    expect((error as StoreUnavailableError).retryable).toBe(true);
    expect((error as Error).cause).toBeDefined();
    expect(Date.now() - startedAt).toBeLessThan(10_000);
  });

  it('a DataSource never initialized gives STORE_UNAVAILABLE, not a raw TypeORM error', async () => {
    const store = new TypeORMConflictStore(new DataSource({ type: 'postgres', url: 'postgres://x/y' }));
    const error = await rejection(() => store.getConflictCount('u1'));
    expect(StoreUnavailableError.isInstance(error)).toBe(true);
    await store.close();
  });

  if (TYPEORM_LINE === '1') {
    it('TypeORM 1.x has no `sqlite` driver: create() says so with VALIDATION_ERROR', async () => {
      const error = await rejection(() => TypeORMConflictStore.create({ type: 'sqlite', database: ':memory:' }));
      expect(ValidationError.isInstance(error)).toBe(true);
      expect((error as Error).message).toMatch(/sqlite/);
    });
  }

  it('an in-memory SQLite store works and drops everything on close', async () => {
    const type = TYPEORM_LINE === '0.3' ? 'sqlite' : 'better-sqlite3';
    const store = await TypeORMConflictStore.create({ type, database: ':memory:', tablePrefix: 'mem_' });
    const id = await store.addConflict({
      userId: 'u1',
      memoryAId: 'a',
      memoryBId: 'b',
      category: 'location',
      similarityScore: 0.9,
      avgImportance: 0.5,
      clarificationHint: 'Where?',
    });
    expect(await store.getConflict('u1', id)).toMatchObject({ id, status: 'pending' });
    await store.close();
    expect(store.dataSource.isInitialized).toBe(false);
  });
});
