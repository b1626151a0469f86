import { execFile } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describeWithService } from '@casual-memory/test-suite';
import { SqliteVectorStore } from '@casual-memory/vector-sqlite';
import { DataSource } from 'typeorm';
import { serverUnavailable } from './helpers/server-unavailable';

// Issue 16, item 4: two processes adding the same fact for one user at once, on one SQLite vector
// file, serialised by a shared cross-process UserLock: one memory, mentioned 50 times. Each case
// names a lock of the child's LOCKS table (test/fixtures/add-under-lock.cjs) and its options.
const packagesDir = join(__dirname, '..', '..');
const fixture = join(__dirname, 'fixtures', 'add-under-lock.cjs');
const folder = mkdtempSync(join(tmpdir(), 'service-cross-process-'));
afterAll(() => rmSync(folder, { recursive: true, force: true }));

beforeAll(() => {
  // The children run the built packages, as an installed app would.
  for (const name of ['service', 'vector-sqlite', 'memory-conflicts', 'core', 'conflicts-typeorm', 'short-term-redis']) {
    if (!existsSync(join(packagesDir, name, 'dist', 'index.cjs'))) throw new Error(`build @casual-memory/${name} first (pnpm build)`);
  }
});

const POSTGRES_URL = process.env['POSTGRES_URL'] ?? 'postgres://postgres@127.0.0.1:5432/test';
const REDIS_URL = process.env['REDIS_URL'] ?? 'redis://127.0.0.1:6379';
const run = `${process.pid}_${Date.now()}`;
const tablePrefix = `svc_lock_${run}_`;
const keyPrefix = `casual-memory-test:service-lock:${run}:`;

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

/** What the clean-up uses of node-redis (not a dependency of the service, so typed here). */
interface RedisModule {
  createClient(options: { url: string }): { connect(): Promise<unknown>; del(key: string): Promise<number>; destroy(): void };
}

/**
 * The cross-process locks under test: a name from the child's LOCKS table, the options it opens it
 * with, why it cannot run here (a server that does not answer) and how to remove what it left.
 */
const LOCK_CASES: { name: string; lock: string; lockOptions: () => object; unavailable?: string; cleanUp?: () => Promise<void> }[] = [
  { name: 'SqliteUserLock (its own file)', lock: 'sqlite', lockOptions: () => ({ path: join(folder, `locks-${Date.now()}.db`) }) },
  {
    name: 'TypeORMUserLock (PostgreSQL advisory locks)',
    lock: 'postgres',
    lockOptions: () => ({ type: 'postgres', url: POSTGRES_URL, tablePrefix }),
    unavailable: serverUnavailable(POSTGRES_URL, 'POSTGRES_URL'),
    cleanUp: async () => {
      const dataSource = new DataSource({ type: 'postgres', url: POSTGRES_URL });
      await dataSource.initialize();
      for (const table of ['conflicts', 'conflicts_migrations', 'user_lock_fences'])
        await dataSource.query(`DROP TABLE IF EXISTS "${tablePrefix}${table}"`);
      await dataSource.destroy();
    },
  },
  {
    name: 'RedisUserLock (SET NX PX)',
    lock: 'redis',
    lockOptions: () => ({ url: REDIS_URL, keyPrefix }),
    unavailable: serverUnavailable(REDIS_URL, 'REDIS_URL'),
    cleanUp: async () => {
      // The lock deletes its key on release; the fence counter stays. The service does not depend on
      // redis: this is the copy short-term-redis runs on.
      const { createClient } = createRequire(join(packagesDir, 'short-term-redis', 'package.json'))('redis') as RedisModule;
      const client = createClient({ url: REDIS_URL });
      await client.connect();
      await client.del(`${keyPrefix}{u1}:fence`);
      client.destroy();
    },
  },
];

for (const { name, lock, lockOptions, unavailable, cleanUp } of LOCK_CASES) {
  describeWithService(`two processes sharing ${name}`, unavailable, () => {
    if (cleanUp !== undefined) afterAll(cleanUp, 30_000);
    registerTwoProcessTest(lock, lockOptions);
  });
}

function registerTwoProcessTest(lock: string, lockOptions: () => object): void {
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
}
