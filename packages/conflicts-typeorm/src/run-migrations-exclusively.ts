import { createHash } from 'node:crypto';
import type { DataSource } from 'typeorm';
import type { SqlFamily } from './conflict-columns';

/**
 * Runs the DataSource's pending migrations while holding a database-wide lock named `lockName`, so
 * that processes opening one database at once run them one after another: the later ones find them
 * done. Without it each process sees the migrations table missing, and all but one fail with
 * "table ... already exists".
 *
 * - SQLite: one `BEGIN IMMEDIATE` transaction around all of it (the write lock, waited for up to
 *   the busy timeout), so the migrations also land whole or not at all.
 * - PostgreSQL: a session advisory lock (`pg_advisory_lock`) on a connection of its own.
 * - MySQL/MariaDB: `GET_LOCK` on a connection of its own, waiting up to `waitSeconds`.
 */
export async function runMigrationsExclusively(
  dataSource: DataSource,
  family: SqlFamily,
  lockName: string,
  waitSeconds: number,
): Promise<void> {
  if (family === 'sqlite') {
    // better-sqlite3 and sqlite3 run every query runner on one connection, so TypeORM's own
    // statements run inside this transaction (and must not open one of their own).
    await dataSource.query('BEGIN IMMEDIATE');
    try {
      await dataSource.runMigrations({ transaction: 'none' });
      await dataSource.query('COMMIT');
    } catch (thrown) {
      await dataSource.query('ROLLBACK').catch(() => undefined);
      throw thrown;
    }
    return;
  }
  const runner = dataSource.createQueryRunner();
  try {
    if (family === 'postgres') {
      await runner.query('SELECT pg_advisory_lock(hashtextextended($1, 0))', [lockName]);
    } else {
      const [row] = (await runner.query('SELECT GET_LOCK(?, ?) AS granted', [mysqlLockName(lockName), waitSeconds])) as {
        granted: unknown;
      }[];
      if (Number(row?.granted) !== 1) throw new Error(`another process held the migration lock ${lockName} for ${waitSeconds} s`);
    }
    try {
      await dataSource.runMigrations();
    } finally {
      await runner
        .query(family === 'postgres' ? 'SELECT pg_advisory_unlock(hashtextextended($1, 0))' : 'SELECT RELEASE_LOCK(?)', [
          family === 'postgres' ? lockName : mysqlLockName(lockName),
        ])
        .catch(() => undefined);
    }
  } finally {
    await runner.release().catch(() => undefined);
  }
}

/** MySQL/MariaDB take lock names of at most 64 characters: a longer one (a long table prefix) goes by its hash. */
function mysqlLockName(name: string): string {
  return name.length <= 64 ? name : `casual-memory:${createHash('sha256').update(name).digest('base64url')}`;
}
