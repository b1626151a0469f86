import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createConflictMigrations, TypeORMConflictStore } from '../src';

const CHILDREN = 6;
const fixture = join(__dirname, 'fixtures', 'open-store-in-child.cjs');

interface ChildResult {
  ok: boolean;
  code?: string;
  message?: string;
}

function runChild(config: object): Promise<ChildResult> {
  return new Promise((resolve, reject) => {
    execFile(process.execPath, [fixture, JSON.stringify(config)], { cwd: __dirname, timeout: 60_000 }, (error, stdout, stderr) => {
      if (error !== null) {
        reject(new Error(`child failed: ${error.message}\n${stderr}`));
        return;
      }
      const lines = stdout.trim().split('\n');
      resolve(JSON.parse(lines[lines.length - 1]!) as ChildResult);
    });
  });
}

describe('TypeORMConflictStore.create: several processes opening one new SQLite file at once (the built package)', () => {
  const dir = mkdtempSync(join(tmpdir(), 'conflicts-typeorm-migrations-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it(`${CHILDREN} processes all migrate and write: no "table ... already exists", no SQLITE_BUSY`, async () => {
    for (const round of [1, 2, 3]) {
      const database = join(dir, `round-${round}.sqlite`);
      // Node starts in ~100 ms here; 1.5 s leaves every child waiting at the start line.
      const startAt = Date.now() + 1500;
      const results = await Promise.all(
        Array.from({ length: CHILDREN }, (_, child) => runChild({ database, startAt, userId: `user-${child}` })),
      );
      expect(results.filter((result) => !result.ok)).toEqual([]);
      const store = await TypeORMConflictStore.create({ type: 'better-sqlite3', database });
      try {
        let total = 0;
        for (let child = 0; child < CHILDREN; child++) total += await store.getConflictCount(`user-${child}`);
        expect(total).toBe(CHILDREN);
        // Each migration ran once.
        const recorded = (await store.dataSource.query('SELECT name FROM conflicts_migrations')) as unknown[];
        expect(recorded).toHaveLength(createConflictMigrations().length);
      } finally {
        await store.close();
      }
    }
  }, 120_000);
});
