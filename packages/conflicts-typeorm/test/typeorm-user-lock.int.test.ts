import { ValidationError } from '@casual-memory/core';
import { assertRejectsWith, userLockSuite } from '@casual-memory/test-suite';
import { DataSource } from 'typeorm';
import { TypeORMUserLock } from '../src';
import { DATABASES, describeOn, dropTables, runTablePrefix, type TestDatabase } from './helpers/test-databases';

function registerLockTests(database: TestDatabase): void {
  describeOn(database, `TypeORMUserLock on ${database.type}`, () => {
    const tablePrefix = runTablePrefix();
    const options = database.options(tablePrefix) as Parameters<typeof TypeORMUserLock.create>[0];
    afterAll(() => dropTables(database, tablePrefix), 60_000);

    // Every lock of the suite builds a DataSource (a pool) of its own, as separate processes would.
    userLockSuite(`TypeORMUserLock.create (${database.type})`, () => TypeORMUserLock.create(options));

    it('counts the grants of each user in <prefix>user_lock_fences', async () => {
      const lock = await TypeORMUserLock.create(options);
      try {
        const first = await lock.acquire('u1');
        await first.release();
        const second = await lock.acquire('u1');
        const other = await lock.acquire('u2');
        const q = (name: string) => (database.name === 'mysql' ? `\`${name}\`` : `"${name}"`);
        const rows = (await lock.dataSource.query(
          `SELECT ${q('user_id')} AS ${q('userId')}, ${q('fence')} FROM ${q(`${tablePrefix}user_lock_fences`)} WHERE ${q('user_id')} IN ('u1', 'u2') ORDER BY ${q('user_id')}`,
        )) as { userId: string; fence: unknown }[];
        expect(rows.map(({ userId, fence }) => [userId, Number(fence)])).toEqual([
          ['u1', second.fence],
          ['u2', other.fence],
        ]);
        expect(second.fence).toBe((first.fence as number) + 1);
        await second.release();
        await other.release();
      } finally {
        await lock.close();
      }
    });

    it('a lease holds a connection of its own; release and expiry give it back, and close() frees what is held', async () => {
      const lock = await TypeORMUserLock.create({ ...options, poolSize: 2 });
      const other = await TypeORMUserLock.create(options);
      try {
        // Two leases fill a pool of two; a third user waits for a connection, not for a lock.
        const a = await lock.acquire('pool-a');
        const b = await lock.acquire('pool-b', { leaseMs: 200 });
        // pool-b's lease ends by itself after 200 ms: its connection returns, and the lock is free for others.
        const c = await lock.acquire('pool-c', { waitMs: 10_000 });
        await (await other.acquire('pool-b', { waitMs: 10_000 })).release();
        await b.release(); // expired: does nothing
        await c.release();
        await lock.close();
        // a was still held: close() freed it at once, without waiting for its 30 s lease.
        await (await other.acquire('pool-a', { waitMs: 0 })).release();
        await a.release();
      } finally {
        await lock.close();
        await other.close();
      }
    });

    it('locks with different table prefixes do not exclude each other', async () => {
      const otherPrefix = runTablePrefix();
      const [mine, theirs] = [
        await TypeORMUserLock.create(options),
        await TypeORMUserLock.create(database.options(otherPrefix) as typeof options),
      ];
      try {
        const held = await mine.acquire('u1');
        await (await theirs.acquire('u1', { waitMs: 0 })).release();
        await assertRejectsWith(() => mine.acquire('u1', { waitMs: 0 }), 'LOCK_TIMEOUT', 'acquire of a held lock');
        await held.release();
      } finally {
        await mine.close();
        await theirs.close();
        await dropTables(database, otherPrefix);
      }
    });
  });
}

registerLockTests(DATABASES.postgres);
registerLockTests(DATABASES.mysql);

describe('TypeORMUserLock on SQLite', () => {
  it('is refused with a ValidationError pointing to SqliteUserLock', () => {
    const dataSource = new DataSource({ type: 'better-sqlite3', database: ':memory:' });
    expect(() => new TypeORMUserLock(dataSource)).toThrow(ValidationError);
    expect(() => new TypeORMUserLock(dataSource)).toThrow(/SqliteUserLock/);
  });
});
