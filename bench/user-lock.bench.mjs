// The cost of holding a cross-process user lock around each write: the same uncontended
// MemoryService.add (one user, a fresh fact each time, SqliteVectorStore file, offline embedder and
// classifiers) with the default in-process lock and with each cross-process lock, interleaved in one
// run, plus a bare acquire + release of each lock. Goal: an add with a cross-process lock within
// 1.3x of the same add with the in-process lock.
import { mkdtempSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
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
    for (const { label, open, skip } of CROSS_PROCESS_LOCKS) {
      if (skip !== undefined) {
        console.log(`  ${label}: skipped (${skip})`);
        continue;
      }
      const lock = await open(folder);
      const inMemory = await serviceOn(folder, '', lock, true);
      locks.push({ label, lock, inMemory, ...(await serviceOn(folder, `lock-${locks.length}`, lock)) });
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
    for (const { lock } of locks) await lock.close();

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
two locks there is the bare lock's cost plus this loaded machine's noise. Other cross-process locks (PostgreSQL, Redis) add a case to
\`CROSS_PROCESS_LOCKS\` in \`bench/user-lock.bench.mjs\`, and a row here.`;
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
}
