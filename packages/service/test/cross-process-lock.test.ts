import { execFile } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { SqliteVectorStore } from '@casual-memory/vector-sqlite';

// Issue 16, item 4: two processes adding the same fact for one user at once, on one SQLite vector
// file, serialised by a shared cross-process UserLock: one memory, mentioned 50 times. Each case
// names a lock of the child's LOCKS table (test/fixtures/add-under-lock.cjs) and its options.
const packagesDir = join(__dirname, '..', '..');
const fixture = join(__dirname, 'fixtures', 'add-under-lock.cjs');
const folder = mkdtempSync(join(tmpdir(), 'service-cross-process-'));
afterAll(() => rmSync(folder, { recursive: true, force: true }));

beforeAll(() => {
  // The children run the built packages, as an installed app would.
  for (const name of ['service', 'vector-sqlite', 'memory-conflicts', 'core']) {
    if (!existsSync(join(packagesDir, name, 'dist', 'index.cjs'))) throw new Error(`build @casual-memory/${name} first (pnpm build)`);
  }
});

interface ChildReport {
  actions: string[];
  errors: string[];
}

function runChild(config: object): Promise<ChildReport> {
  return new Promise((resolve, reject) => {
    execFile(process.execPath, [fixture, JSON.stringify(config)], { cwd: __dirname, timeout: 120_000 }, (error, stdout, stderr) => {
      if (error !== null) reject(new Error(`${error.message}\n${stderr}`));
      else resolve(JSON.parse(stdout) as ChildReport);
    });
  });
}

/** The cross-process locks under test: a name from the child's LOCKS table, and the options it opens it with. */
const LOCK_CASES: { name: string; lock: string; lockOptions: () => object }[] = [
  { name: 'SqliteUserLock (its own file)', lock: 'sqlite', lockOptions: () => ({ path: join(folder, `locks-${Date.now()}.db`) }) },
];

describe.each(LOCK_CASES)('two processes sharing $name', ({ lock, lockOptions }) => {
  it('2 processes x 25 parallel identical adds for one user give one memory with mentionCount 50', async () => {
    const vectorPath = join(folder, `memories-${lock}-${Date.now()}.db`);
    const config = {
      lock,
      lockOptions: lockOptions(),
      vectorPath,
      dimensions: 64,
      userId: 'u1',
      text: 'I like coffee',
      adds: 25,
      startAt: Date.now() + 2_000,
    };
    const reports = await Promise.all([runChild(config), runChild(config)]);
    expect(reports.flatMap((report) => report.errors)).toEqual([]);
    const actions = reports.flatMap((report) => report.actions);
    expect(actions.filter((action) => action === 'added')).toHaveLength(1);
    expect(actions.filter((action) => action !== 'added').every((action) => action === 'duplicate')).toBe(true);
    const store = await SqliteVectorStore.open({ path: vectorPath, dimensions: 64 });
    const stored = await store.search(
      'u1',
      Array.from({ length: 64 }, (_, i) => (i === 0 ? 1 : 0)),
      {
        topK: 100,
        minScore: -1,
        filter: { includeArchived: true, includeExpired: true },
      },
    );
    await store.close();
    expect(stored.map((hit) => [hit.memory.text, hit.memory.mentionCount])).toEqual([['I like coffee', 50]]);
  }, 120_000);
});
