import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { SqliteVectorStore, TABLES } from '../src';
import { requireBuild, runChild } from './run-children';

// Issue 16, item 5: several processes on one file. Writes begin IMMEDIATE, so they wait for each
// other (busyTimeout) instead of failing with SQLITE_BUSY, and opening a new file is one
// IMMEDIATE transaction too.
const folder = mkdtempSync(join(tmpdir(), 'vector-sqlite-processes-'));
afterAll(() => rmSync(folder, { recursive: true, force: true }));
beforeAll(requireBuild);

interface ChildReport {
  ok: number;
  errors: string[];
}

/** A start time far enough ahead for every child to have loaded the package. */
const startSoon = () => String(Date.now() + 1_500);

describe('several processes on one SQLite file', () => {
  it('stores every add of two processes adding 1,000 memories each, with no error', async () => {
    const path = join(folder, 'adds.db');
    (await SqliteVectorStore.open({ path, dimensions: 4 })).close();
    const start = startSoon();
    const reports = await Promise.all([0, 1].map(() => runChild<ChildReport>('write-concurrently.cjs', ['adds', path, '1000', start])));
    expect(reports.map((report) => report.errors)).toEqual([[], []]);
    expect(reports.map((report) => report.ok)).toEqual([1000, 1000]);
    const db = new Database(path, { readonly: true });
    expect(db.prepare(`SELECT count(*) FROM ${TABLES.memories}`).pluck().get()).toBe(2000);
    db.close();
  }, 120_000);

  it('lets two processes open a new file at the same moment, round after round, without "database is locked"', async () => {
    for (let round = 0; round < 12; round++) {
      const path = join(folder, `pair-${round}.db`);
      const start = String(Date.now() + 600);
      const reports = await Promise.all([0, 1].map(() => runChild<ChildReport>('write-concurrently.cjs', ['open', path, '1', start])));
      expect(reports).toEqual([
        { ok: 1, errors: [] },
        { ok: 1, errors: [] },
      ]);
    }
  }, 120_000);

  it('lets ten processes open one new file at once: all succeed and write to one set of tables', async () => {
    const path = join(folder, 'new.db');
    const start = startSoon();
    const reports = await Promise.all(
      Array.from({ length: 10 }, () => runChild<ChildReport>('write-concurrently.cjs', ['open', path, '1', start])),
    );
    expect(reports).toEqual(Array.from({ length: 10 }, () => ({ ok: 1, errors: [] })));
    const store = await SqliteVectorStore.open({ path, dimensions: 4 });
    expect(await store.search('u1', [1, 0, 0, 0], { topK: 100, minScore: -1 })).toHaveLength(10);
    await store.close();
  }, 60_000);
});
