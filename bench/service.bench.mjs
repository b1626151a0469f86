// MemoryService: what the pipeline (the default judge) and the executor add to each `add`, on in-memory
// stores with an embedding provider that answers instantly, against the store calls an add cannot avoid.
// The quality of the decisions is measured in decisions.bench.mjs.
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const packageDir = join(here, '..', 'packages', 'service');
const require = createRequire(join(packageDir, 'package.json'));
const { MemoryService } = require('./dist/index.cjs');
const { InMemoryVectorStore } = require('@casual-memory/memory-vector');
const { InMemoryConflictStore } = require('@casual-memory/memory-conflicts');

const DIMENSIONS = 384;
const SIZES = [0, 1_000, 100_000];
const WARMUP = 20;
const ROUNDS = 300;

// ---------------------------------------------------------------------------------------------------
// (1) Overhead per add

/** Deterministic unit vectors (xorshift32), written straight into Float32Arrays. */
function seededUnitVectors(count, seed) {
  let state = seed >>> 0 || 1;
  const next = () => {
    state ^= state << 13;
    state >>>= 0;
    state ^= state >>> 17;
    state ^= state << 5;
    state >>>= 0;
    return state / 2 ** 32 - 0.5;
  };
  return Array.from({ length: count }, () => {
    const vector = new Float32Array(DIMENSIONS);
    let norm = 0;
    for (let i = 0; i < DIMENSIONS; i++) {
      vector[i] = next();
      norm += vector[i] ** 2;
    }
    norm = Math.sqrt(norm);
    for (let i = 0; i < DIMENSIONS; i++) vector[i] /= norm;
    return vector;
  });
}

/** `anchor` moved so its cosine with the original is about `cosine`: each timed add finds one similar memory. */
function near(anchor, noise, cosine) {
  const out = new Float32Array(DIMENSIONS);
  const weight = Math.sqrt(1 / cosine ** 2 - 1);
  for (let i = 0; i < DIMENSIONS; i++) out[i] = anchor[i] + weight * noise[i];
  return out;
}

/**
 * A service whose providers answer at once: vectors looked up by text, NLI that passes every pair on,
 * verifiers that find no conflict and no duplicate. So a timed add runs the whole pipeline (NLI,
 * conflict, duplicate, auto-resolution on one similar memory) and the executor's write, and nothing else.
 */
async function overheadSetup(size, judge) {
  const vectorStore = new InMemoryVectorStore({ dimensions: DIMENSIONS });
  const conflictStore = new InMemoryConflictStore();
  const userId = 'bench-user';
  const stored = seededUnitVectors(size, 7 + size);
  for (let start = 0; start < size; start += 5_000) {
    await vectorStore.addMany(
      stored.slice(start, start + 5_000).map((vector, i) => ({ vector, memory: { text: `stored ${start + i}`, type: 'fact', userId } })),
    );
  }
  const count = WARMUP + ROUNDS;
  const anchors = seededUnitVectors(count, 99 + size);
  const noise = seededUnitVectors(count, 199 + size);
  await vectorStore.addMany(
    anchors.map((vector, i) => ({ vector, memory: { text: `My sister has lived in city number ${i} for years`, type: 'fact', userId } })),
  );
  const vectors = new Map(anchors.map((anchor, i) => [`I moved to city number ${i} last month`, near(anchor, noise[i], 0.9)]));
  const embedding = {
    dimensions: DIMENSIONS,
    embedDocuments: async (texts) => texts.map((text) => vectors.get(text)),
    embedQuery: async (text) => vectors.get(text),
  };
  // `judge: undefined` runs the offline rules; the bench's instant judge measures the pipeline alone.
  const service = new MemoryService({
    vectorStore,
    conflictStore,
    embedding,
    similarityThreshold: 0.85,
    ...(judge === undefined ? {} : { judge }),
  });
  // The floor: the store calls one add cannot avoid (the similar-memory search and the insert), same vectors.
  const floorStore = new InMemoryVectorStore({ dimensions: DIMENSIONS });
  for (let start = 0; start < size; start += 5_000) {
    await floorStore.addMany(
      stored.slice(start, start + 5_000).map((vector, i) => ({ vector, memory: { text: `stored ${start + i}`, type: 'fact', userId } })),
    );
  }
  await floorStore.addMany(
    anchors.map((vector, i) => ({ vector, memory: { text: `My sister has lived in city number ${i} for years`, type: 'fact', userId } })),
  );
  let similarSeen = 0;
  return {
    add: async (i) => {
      const result = await service.add({ text: `I moved to city number ${i} last month`, type: 'fact', userId });
      if (result.decisions.length > 0) similarSeen++;
    },
    floor: async (i) => {
      const vector = vectors.get(`I moved to city number ${i} last month`);
      await floorStore.findSimilarMemories(userId, vector, { threshold: 0.85, limit: 5 });
      await floorStore.add(vector, { text: `I moved to city number ${i} last month`, type: 'fact', userId });
    },
    similarSeen: () => similarSeen,
    close: async () => {
      await vectorStore.close();
      await floorStore.close();
    },
  };
}

const percentile = (sorted, p) => sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * p))];

async function measureOverhead(size, judge) {
  const setup = await overheadSetup(size, judge);
  for (let i = 0; i < WARMUP; i++) {
    await setup.add(i);
    await setup.floor(i);
  }
  const adds = [];
  const floors = [];
  const overheads = [];
  // Interleaved: add i, then its floor, so a passing slowdown of the machine hits both alike.
  for (let i = WARMUP; i < WARMUP + ROUNDS; i++) {
    let start = process.hrtime.bigint();
    await setup.add(i);
    const add = Number(process.hrtime.bigint() - start) / 1e6;
    start = process.hrtime.bigint();
    await setup.floor(i);
    const floor = Number(process.hrtime.bigint() - start) / 1e6;
    adds.push(add);
    floors.push(floor);
    overheads.push(add - floor);
  }
  const similar = setup.similarSeen();
  await setup.close();
  const sort = (values) => [...values].sort((a, b) => a - b);
  const [a, f, o] = [sort(adds), sort(floors), sort(overheads)];
  const result = {
    size,
    add: { p50: percentile(a, 0.5), p95: percentile(a, 0.95) },
    floor: { p50: percentile(f, 0.5), p95: percentile(f, 0.95) },
    overhead: { p50: percentile(o, 0.5), p95: percentile(o, 0.95) },
    similarShare: similar / (WARMUP + ROUNDS),
  };
  console.log(
    `  ${String(size).padStart(6)} stored: add p50 ${result.add.p50.toFixed(3)} ms p95 ${result.add.p95.toFixed(3)}; store floor p50 ${result.floor.p50.toFixed(3)}; overhead p50 ${result.overhead.p50.toFixed(3)} p95 ${result.overhead.p95.toFixed(3)}`,
  );
  return result;
}

// ---------------------------------------------------------------------------------------------------

// A judge that answers at once, as the instant embedding does: what is left is the pipeline's own work.
const INSTANT_JUDGE = { judge: async () => ({ outcome: 'neutral', confidence: 1, reason: 'instant', method: 'bench' }) };

const pct = (value) => `${(value * 100).toFixed(1)}%`;
const ms = (value) => value.toFixed(3);

export async function run() {
  console.log(`  (1) ${ROUNDS} timed adds per size after ${WARMUP} warm-up, ${DIMENSIONS} dimensions, interleaved with the store floor`);
  const overhead = [];
  for (const size of SIZES) {
    overhead.push({ ...(await measureOverhead(size, INSTANT_JUDGE)), judge: 'instant' });
    globalThis.gc?.();
  }
  console.log('  the same with the offline rules judging the pair');
  overhead.push({ ...(await measureOverhead(1_000, undefined)), judge: 'offline rules' });

  const overheadRows = overhead
    .map(
      (row) =>
        `| ${row.judge} | ${row.size.toLocaleString('en-US')} | ${ms(row.add.p50)} | ${ms(row.add.p95)} | ${ms(row.floor.p50)} | ${ms(row.overhead.p50)} | ${ms(row.overhead.p95)} | ${(row.add.p50 / row.floor.p50).toFixed(2)}× | ${pct(row.similarShare)} |`,
    )
    .join('\n');
  const worstOverhead = Math.max(...overhead.filter((row) => row.judge === 'instant').map((row) => row.overhead.p50));

  return `## MemoryService: pipeline overhead and offline write decisions

### (1) Pipeline and executor overhead per \`add\`

In-memory stores (InMemoryVectorStore, InMemoryConflictStore), ${DIMENSIONS}-dimension vectors, an embedding that
answers instantly (vectors looked up by text) and a judge that answers instantly, so what is measured is the
pipeline's own work (candidates, the judge classifier, auto-resolution, the executor); the last row runs the
offline rules (\`HeuristicPairJudge\`) on the same adds, to show what reading the statements costs. All
memories of one user. Besides the stored memories, ${WARMUP + ROUNDS} anchors are stored, one per timed add. Each timed add finds one similar memory (cosine ≈ 0.9), so the whole chain
(judge classifier, auto-resolution) and the executor's write run. The **floor** is what an add cannot avoid,
measured in the same run on a second store with the same vectors: the similar-memory search and the insert.
Overhead = add − floor, per round; ${ROUNDS} rounds after ${WARMUP} warm-up, add and floor interleaved (2 cores shared
with other work: medians and p95 from interleaved rounds).

| judge | stored memories (besides ${WARMUP + ROUNDS} the timed adds match) | add p50 (ms) | add p95 (ms) | floor p50 (ms) | overhead p50 (ms) | overhead p95 (ms) | add / floor (p50) | adds that compared a similar memory |
| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |
${overheadRows}

Goal (instant judge): overhead < 0.1 ms p50 — ${worstOverhead < 0.1 ? `**met** (worst p50 ${ms(worstOverhead)} ms)` : `**missed** (worst p50 ${ms(worstOverhead)} ms)`}. At 100k memories the
search itself (a scan of every row of the user) dominates; that cost is the store's and is in the floor.

The decisions themselves (accuracy on labelled pairs written without the rules, a stream of simulated users,
model calls) are measured in the next section.
`;
}
