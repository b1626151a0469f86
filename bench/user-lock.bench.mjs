// The cost of holding a cross-process user lock around each write: the same uncontended
// MemoryService.add (one user, a fresh fact each time, SqliteVectorStore file, offline embedder and
// classifiers) with the default in-process lock and with each cross-process lock, interleaved in one
// run, plus a bare acquire + release of each lock. Goal: an add with a cross-process lock within
// 1.3x of the same add with the in-process lock.
import { mkdtempSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { connect } from 'node:net';
import { loadavg, tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { timeInterleaved } from './lib/time-interleaved.mjs';

const packages = join(dirname(fileURLToPath(import.meta.url)), '..', 'packages');
const load = (name) => createRequire(join(packages, name, 'package.json'))('./dist/index.cjs');
const { InProcessUserLock } = load('core');
const { MemoryService } = load('service');
const { InMemoryConflictStore } = load('memory-conflicts');
const { InMemoryVectorStore } = load('memory-vector');
const { SqliteUserLock, SqliteVectorStore } = load('vector-sqlite');
const { RedisUserLock } = load('short-term-redis');
const { TypeORMUserLock } = load('conflicts-typeorm');
const redis = createRequire(join(packages, 'short-term-redis', 'package.json'))('redis');

const REDIS_URL = process.env.REDIS_URL ?? 'redis://127.0.0.1:6379';
const POSTGRES_URL = process.env.POSTGRES_URL ?? 'postgres://postgres@127.0.0.1:5432/test';
const RUN_ID = `${process.pid}_${Date.now()}`;
const KEY_PREFIX = `casual-memory-bench:lock:${RUN_ID}:`;
const TABLE_PREFIX = `bench_lock_${RUN_ID}_`;

/** Why the server at `url` cannot be used (no TCP answer within 2 s), or undefined. */
function unreachable(url) {
  const { hostname, port } = new URL(url);
  return new Promise((resolve) => {
    const socket = connect({ host: hostname, port: Number(port) });
    const done = (why) => {
      socket.destroy();
      resolve(why);
    };
    socket.setTimeout(2000, () => done(`${hostname}:${port} did not answer within 2 s`));
    socket.on('connect', () => done(undefined));
    socket.on('error', (error) => done(`${hostname}:${port}: ${error.message}`));
  });
}

const DIMENSIONS = 384;
const WARMUP = 20;
const RUNS = 300;
const GOAL = 1.3;
const USER = 'bench-user';

/**
 * The locks compared with the in-process baseline: a label and how to open the lock in `folder`.
 * A backend that needs a server adds its case here (and says in `skip` why it cannot run).
 */
const CROSS_PROCESS_LOCKS = [
  { label: 'SqliteUserLock (own file, WAL)', open: (folder) => SqliteUserLock.open({ path: join(folder, 'locks.db') }) },
  {
    label: 'RedisUserLock (local Redis)',
    open: () => RedisUserLock.create({ url: REDIS_URL, keyPrefix: KEY_PREFIX }),
    skip: await unreachable(REDIS_URL),
    // The lease keys are gone once released; the fence counter stays until deleted.
    cleanUp: async () => {
      const client = redis.createClient({ url: REDIS_URL });
      await client.connect();
      await client.del(`${KEY_PREFIX}{${USER}}:fence`);
      client.destroy();
    },
  },
  {
    label: 'TypeORMUserLock (local PostgreSQL 15)',
    open: () => TypeORMUserLock.create({ type: 'postgres', url: POSTGRES_URL, tablePrefix: TABLE_PREFIX }),
    skip: await unreachable(POSTGRES_URL),
    cleanUp: async (lock) => {
      for (const table of ['conflicts', 'conflicts_migrations', 'user_lock_fences']) {
        await lock.dataSource.query(`DROP TABLE IF EXISTS "${TABLE_PREFIX}${table}"`);
      }
    },
  },
];

/** A service on its own vector file (or in-memory store), holding `lock` (or the default in-process lock when undefined). */
async function serviceOn(folder, name, lock, inMemory = false) {
  const vectorStore = inMemory
    ? new InMemoryVectorStore({ dimensions: DIMENSIONS })
    : await SqliteVectorStore.open({ path: join(folder, `${name}.db`), dimensions: DIMENSIONS });
  const service = new MemoryService({ vectorStore, conflictStore: new InMemoryConflictStore(), ...(lock === undefined ? {} : { lock }) });
  return { service, close: () => vectorStore.close() };
}

const fact = (i) => ({ text: `Fact ${i}: the meeting about project ${i} is in room ${i % 97}`, type: 'fact', userId: USER });
const ratioText = (ratio) => `${ratio.toFixed(2)}×`;

export async function run() {
  const folder = mkdtempSync(join(tmpdir(), 'bench-user-lock-'));
  const load = loadavg()[0];
  try {
    const baseline = await serviceOn(folder, 'in-process');
    const locks = [];
    for (const { label, open, skip, cleanUp } of CROSS_PROCESS_LOCKS) {
      if (skip !== undefined) {
        console.log(`  ${label}: skipped (${skip})`);
        continue;
      }
      const lock = await open(folder);
      const inMemory = await serviceOn(folder, '', lock, true);
      locks.push({ label, lock, cleanUp, inMemory, ...(await serviceOn(folder, `lock-${locks.length}`, lock)) });
    }
    const baselineInMemory = await serviceOn(folder, '', undefined, true);
    const inProcessLock = new InProcessUserLock();
    const bare = await timeInterleaved(
      [
        { label: 'InProcessUserLock', fn: async () => (await inProcessLock.acquire(USER)).release() },
        ...locks.map(({ label, lock }) => ({ label, fn: async () => (await lock.acquire(USER)).release() })),
      ],
      { warmup: WARMUP, runs: RUNS, digits: 3 },
    );
    const adds = await timeInterleaved(
      [
        { label: 'add, in-process lock', fn: (i) => baseline.service.add(fact(i)) },
        ...locks.map(({ label, service }, index) => ({ label: `add, ${label}`, fn: (i) => service.add(fact(i + (index + 1) * 100_000)) })),
      ],
      { warmup: WARMUP, runs: RUNS, digits: 3 },
    );
    // Context, not the goal: the same adds on an in-memory vector store, where an add costs far less.
    const addsInMemory = await timeInterleaved(
      [
        { label: 'in-memory store, in-process lock', fn: (i) => baselineInMemory.service.add(fact(i)) },
        ...locks.map(({ label, inMemory }, index) => ({
          label: `in-memory store, ${label}`,
          fn: (i) => inMemory.service.add(fact(i + (index + 1) * 100_000)),
        })),
      ],
      { warmup: WARMUP, runs: RUNS, digits: 3 },
    );
    await inProcessLock.close();
    for (const entry of [baseline, baselineInMemory, ...locks, ...locks.map(({ inMemory }) => inMemory)]) await entry.close();
    for (const { lock, cleanUp } of locks) {
      await cleanUp?.(lock);
      await lock.close();
    }

    const base = adds[0];
    const rows = locks.map(({ label }, index) => {
      const add = adds[index + 1];
      const ratio = add.median / base.median;
      const inMemory = addsInMemory[index + 1];
      return `| ${label} | ${bare[index + 1].median.toFixed(3)} | ${add.median.toFixed(3)} | ${add.p95.toFixed(3)} | ${ratioText(ratio)} | ${ratio <= GOAL ? 'met' : '**not met**'} | ${inMemory.median.toFixed(3)} (${ratioText(inMemory.median / addsInMemory[0].median)}) |`;
    });
    return `## User locks: an uncontended add with a cross-process lock against the in-process lock

\`MemoryService.add\` of a new fact for one user (no other writer), on a \`SqliteVectorStore\` file
(384 dimensions, WAL, the store's default \`synchronous\`), the offline embedder and classifiers and an
in-memory conflict store; each lock's service has its own vector file, so every add does the same
work. The baseline is the same add holding the default \`InProcessUserLock\`. ${RUNS} rounds after
${WARMUP} warm-up, all cases interleaved in one run (medians and p95). "acquire + release" is the
bare lock, without an add. Goal: an add within ${GOAL}× of the in-process one. Load average when the
run started: ${load.toFixed(1)} (other work shared the machine; the interleaving spreads it over every case).

| lock | acquire + release p50 (ms) | add p50 (ms) | add p95 (ms) | add / in-process add (p50) | goal ≤ ${GOAL}× | context: add p50 on an in-memory vector store (ms, ratio) |
| --- | ---: | ---: | ---: | ---: | --- | ---: |
| InProcessUserLock (baseline) | ${bare[0].median.toFixed(3)} | ${base.median.toFixed(3)} | ${base.p95.toFixed(3)} | 1.00× | | ${addsInMemory[0].median.toFixed(3)} (1.00×) |
${rows.join('\n')}

A grant of \`SqliteUserLock\` is one \`BEGIN IMMEDIATE\` transaction on its own WAL file with
\`synchronous = NORMAL\` (no disk flush per grant), and a release one \`UPDATE\`; the add's own
write flushes the vector file as before. The last column, context and not part of the goal, runs
the same adds on an \`InMemoryVectorStore\` (no file to share, so no use for a cross-process lock): most
of an add here is the offline embedder and classifiers, not the store, and the difference between the
two locks there is the bare lock's cost plus this loaded machine's noise.

A grant of \`RedisUserLock\` is one script round trip to the local Redis (\`SET NX PX\` and \`INCR\` of the
fence), a release another (compare and delete). A grant of \`TypeORMUserLock\` on the local PostgreSQL 15
takes a pooled connection and runs one statement (\`pg_try_advisory_lock\` and the fence row's upsert,
a committed write), a release \`pg_advisory_unlock_all()\` and returns the connection. A lock whose
server is not reachable is left out of the table, and the run says so. On this machine the goal is not met for the two server locks: each of their two round trips per add
waits for the OS to run the server process and then this one, and on 2 cores shared with a load of 7
to 25 each wait costs one to a few milliseconds (the bare acquire + release column), where a
\`SqliteUserLock\` grant runs in this process without waiting. Outside this bench, a node-redis \`PING\` took 0.2 ms at p50
(load 11), and a bare lock acquire + release 0.4 ms; the figures here are what this loaded machine gives.`;
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
}
