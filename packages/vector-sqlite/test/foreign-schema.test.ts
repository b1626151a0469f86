import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { assertRejectsWith } from '@casual-memory/test-suite';
import Database from 'better-sqlite3';
import { SqliteVectorStore, TABLES } from '../src';

// Issue 16, item 6: a file where one of our names is taken by something else is a permanent error
// (CORRUPT_DATA, not retryable), never a retryable STORE_UNAVAILABLE that no retry can fix.
const folder = mkdtempSync(join(tmpdir(), 'vector-sqlite-foreign-'));
afterAll(() => rmSync(folder, { recursive: true, force: true }));

const foreign: [string, string, string][] = [
  ['a schema table with other columns', `CREATE TABLE ${TABLES.schema} (key TEXT PRIMARY KEY)`, TABLES.schema],
  ['a memories table with other columns', `CREATE TABLE ${TABLES.memories} (id TEXT, body TEXT)`, TABLES.memories],
  ['a view named like the users table', `CREATE VIEW ${TABLES.users} AS SELECT 1 AS user_key`, TABLES.users],
  ['an ordinary table named like the vector table', `CREATE TABLE ${TABLES.vectors} (rowid INTEGER, embedding BLOB)`, TABLES.vectors],
];

describe('a database with a foreign table of our name', () => {
  it.each(foreign)('rejects %s with a permanent CORRUPT_DATA naming the table, and leaves the file as it was', async (_, ddl, table) => {
    const path = join(folder, `${Math.random().toString(36).slice(2)}.db`);
    const db = new Database(path);
    db.exec(ddl);
    const before = db.prepare('SELECT name, sql FROM sqlite_master ORDER BY name').all();
    db.close();
    const error = await assertRejectsWith(() => SqliteVectorStore.open({ path, dimensions: 4 }), 'CORRUPT_DATA', 'open');
    expect(error.retryable).toBe(false);
    expect(error.message).toMatch(/did not create/);
    expect(error.message).toContain(table);
    const after = new Database(path, { readonly: true });
    expect(after.prepare('SELECT name, sql FROM sqlite_master ORDER BY name').all()).toEqual(before);
    after.close();
  });

  it('opens a file of its own again', async () => {
    const path = join(folder, 'own.db');
    await (await SqliteVectorStore.open({ path, dimensions: 4 })).close();
    const again = await SqliteVectorStore.open({ path, dimensions: 4 });
    await again.close();
  });
});
