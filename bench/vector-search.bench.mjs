// Vector search in InMemoryVectorStore: 100 000 × 384 vectors, top-10, against the memory-bandwidth
// floor (a SIMD loop that only reads the same bytes) and a naive store, all in one run.
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { timeInterleaved } from './lib/time-interleaved.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const packageDir = join(here, '..', 'packages', 'memory-vector');
const require = createRequire(join(packageDir, 'package.json'));
const { InMemoryVectorStore } = require('./dist/index.cjs');
const { seededVectors } = require('@casual-memory/test-suite');

const COUNT = 100_000;
const DIMENSIONS = 384;
const TOP_K = 10;
const USERS = 1_000;
const WARMUP = 5;
const RUNS = 30;

function makeVectors(count, seed) {
  return seededVectors(count, DIMENSIONS, seed);
}

/**
 * The floor: the kernel's `sumFloats` reading exactly the bytes the store searches, in the store's
 * own WebAssembly memory (reached through its private arena on purpose: same bytes, same pages).
 */
function makeFloor(store) {
  const bytes = readFileSync(join(packageDir, 'build', 'kernel.wasm'));
  const { memory } = store.arena;
  const { sumFloats } = new WebAssembly.Instance(new WebAssembly.Module(bytes), { env: { memory } }).exports;
  const rowsStart = 65_536 + DIMENSIONS * 4; // after the reserved page and the query row
  const floats = COUNT * DIMENSIONS;
  return { sum: () => sumFloats(rowsStart, floats), view: () => new Float32Array(memory.buffer, rowsStart, floats) };
}

function jsSum(view) {
  let s0 = 0,
    s1 = 0,
    s2 = 0,
    s3 = 0;
  for (let i = 0; i < view.length; i += 4) {
    s0 += view[i];
    s1 += view[i + 1];
    s2 += view[i + 2];
    s3 += view[i + 3];
  }
  return s0 + s1 + s2 + s3;
}

function jsDotAll(view, query, out) {
  for (let row = 0, base = 0; row < COUNT; row++, base += DIMENSIONS) {
    let s0 = 0,
      s1 = 0,
      s2 = 0,
      s3 = 0;
    for (let d = 0; d < DIMENSIONS; d += 4) {
      s0 += view[base + d] * query[d];
      s1 += view[base + d + 1] * query[d + 1];
      s2 += view[base + d + 2] * query[d + 2];
      s3 += view[base + d + 3] * query[d + 3];
    }
    out[row] = s0 + s1 + s2 + s3;
  }
}

/** The naive store a first version would write: number[] per memory, cosine for all, full sort. */
function naiveSearch(memories, query, topK) {
  const scored = memories.map((memory) => {
    let dot = 0,
      a = 0,
      b = 0;
    for (let d = 0; d < query.length; d++) {
      dot += memory.vector[d] * query[d];
      a += memory.vector[d] * memory.vector[d];
      b += query[d] * query[d];
    }
    return { memory, score: dot / (Math.sqrt(a) * Math.sqrt(b)) };
  });
  scored.sort((x, y) => y.score - x.score);
  return scored.slice(0, topK);
}

async function fill(store, vectors, userOf) {
  for (let start = 0; start < vectors.length; start += 10_000) {
    await store.addMany(
      vectors
        .slice(start, start + 10_000)
        .map((vector, i) => ({ vector, memory: { text: `memory ${start + i}`, type: 'fact', userId: userOf(start + i) } })),
    );
  }
}

/** Memory is measured in a fresh process, where nothing else allocates or frees meanwhile. */
function measureMemory() {
  const output = execFileSync(process.execPath, ['--expose-gc', join(here, 'vector-memory.child.mjs')], { encoding: 'utf8' });
  return JSON.parse(output.trim().split('\n').at(-1));
}

export async function run() {
  console.log(`  data: ${COUNT} × ${DIMENSIONS} seeded random vectors, top-${TOP_K}, ${RUNS} timed runs after ${WARMUP} warm-up`);
  const vectors = makeVectors(COUNT, 42);
  const queries = makeVectors(8, 7);
  let q = 0;
  const nextQuery = () => queries[q++ % queries.length];

  const scores = new Float32Array(COUNT);
  const query32 = Float32Array.from(queries[0]);
  const naive = vectors.map((vector, i) => ({ vector: [...vector], text: `memory ${i}` }));
  const options = { topK: TOP_K, minScore: -1 };
  const wasmStore = new InMemoryVectorStore({ dimensions: DIMENSIONS, kernel: 'wasm', initialCapacity: COUNT });
  await fill(wasmStore, vectors, () => 'single-user');
  const floor = makeFloor(wasmStore);
  const floorView = floor.view();
  const jsStore = new InMemoryVectorStore({ dimensions: DIMENSIONS, kernel: 'js', initialCapacity: COUNT });
  await fill(jsStore, vectors, () => 'single-user');
  const manyUsers = new InMemoryVectorStore({ dimensions: DIMENSIONS, kernel: 'wasm' });
  await fill(manyUsers, vectors, (i) => `user-${i % USERS}`);
  // One vector: what a search costs besides scoring (the store kit parsing the user id, query and
  // options, the heap, and copying the results).
  const oneVector = new InMemoryVectorStore({ dimensions: DIMENSIONS, kernel: 'wasm' });
  await fill(oneVector, vectors.slice(0, 1), () => 'single-user');
  const CALLS = 100;

  const [floorTime, naiveTime, jsSumTime, jsDotTime, wasmTime, jsTime, oneUserTime, perCallTimes] = await timeInterleaved(
    [
      { label: '(a) floor: WebAssembly SIMD sum of the same bytes', fn: () => floor.sum() },
      // The naive store leaves 100 000 objects of garbage per call, which V8 goes on collecting, on
      // both cores, for a while after it returns; the cases timed next allocate nothing, so that
      // work does not land on the store's figures or the floor.
      { label: '(b) naive store: number[] rows, cosine all, full sort', fn: () => naiveSearch(naive, nextQuery(), TOP_K) },
      { label: '    plain-JS sum of the same bytes (4 accumulators)', fn: () => jsSum(floorView) },
      { label: '    plain-JS unrolled dot product over every row', fn: () => jsDotAll(floorView, query32, scores) },
      { label: '(c) InMemoryVectorStore.search, WebAssembly SIMD kernel', fn: () => wasmStore.search('single-user', nextQuery(), options) },
      { label: '(d) InMemoryVectorStore.search, plain-JS kernel', fn: () => jsStore.search('single-user', nextQuery(), options) },
      {
        label: `(e) one user of ${USERS} (${COUNT / USERS} rows each) in the same 100k`,
        fn: () => manyUsers.search('user-123', nextQuery(), options),
      },
      {
        label: `(f) ${CALLS} searches of a store holding one vector`,
        fn: async () => {
          for (let call = 0; call < CALLS; call++) await oneVector.search('single-user', nextQuery(), options);
        },
      },
    ],
    { warmup: WARMUP, runs: RUNS, digits: 2 },
  );
  await jsStore.close();
  await manyUsers.close();
  await oneVector.close();
  const perCall = { median: perCallTimes.median / CALLS, p95: perCallTimes.p95 / CALLS };

  // Same answers as the naive store (ids map back to row numbers through the text).
  const check = nextQuery();
  const ours = (await wasmStore.search('single-user', check, options)).map((hit) => hit.memory.text);
  const reference = naiveSearch(naive, check, TOP_K).map((hit) => hit.memory.text);
  const sameTopK = ours.join() === reference.join();
  naive.length = 0;

  const vectorBytes = DIMENSIONS * 4;
  const reservedPerVector = wasmStore.reservedBytes / COUNT;
  await wasmStore.close();
  const memory = measureMemory();
  const doubledReserve = memory.reserved / memory.count;
  const residentPerVector = memory.rss / memory.count;
  const heapPerVector = memory.heap / memory.count;
  const heapCommittedPerVector = memory.heapTotal / memory.count;
  const vectorResident = residentPerVector - heapCommittedPerVector;
  console.log(`  memory: ${residentPerVector.toFixed(0)} B/vector resident, of which ${heapPerVector.toFixed(0)} B JS heap (facts, ids)`);

  const ratio = (a, b) => `${(a / b).toFixed(2)}×`;
  const mib = (bytes) => `${(bytes / 2 ** 20).toFixed(1)} MiB`;
  const row = (name, t, note) => `| ${name} | ${t.median.toFixed(2)} | ${t.p95.toFixed(2)} | ${note} |`;
  return `## Vector search: InMemoryVectorStore

${COUNT.toLocaleString('en')} × ${DIMENSIONS} seeded random vectors, top-${TOP_K}, minScore -1 (so every row is a
candidate), median and p95 of ${RUNS} runs after ${WARMUP} warm-up runs, the cases timed in interleaved rounds so
that a passing slowdown of the machine hits them alike. Single-threaded.

| what | median ms | p95 ms | ratio |
| --- | ---: | ---: | --- |
${row("(a) floor: WebAssembly SIMD loop that only reads and sums the store's rows, in place", floorTime, 'baseline')}
${row('plain-JS summing loop over the same bytes', jsSumTime, `${ratio(jsSumTime.median, floorTime.median)} (a)`)}
${row('plain-JS unrolled dot product over every row', jsDotTime, `${ratio(jsDotTime.median, floorTime.median)} (a)`)}
${row('(b) naive store: number[] per memory, cosine for every memory, full sort', naiveTime, `${ratio(naiveTime.median, floorTime.median)} (a)`)}
${row('(c) **InMemoryVectorStore, WebAssembly SIMD kernel**', wasmTime, `**${ratio(wasmTime.median, floorTime.median)} (a)**, ${ratio(naiveTime.median, wasmTime.median)} faster than (b)`)}
${row('(d) InMemoryVectorStore, plain-JS fallback kernel', jsTime, `${ratio(jsTime.median, floorTime.median)} (a), ${ratio(naiveTime.median, jsTime.median)} faster than (b)`)}
${row(`(e) one user of ${USERS} in a 100k store`, oneUserTime, `${ratio(oneUserTime.median, wasmTime.median)} of (c)`)}
| (f) per call, a store of one vector: the store kit's parsing, scoping and copies, without the scan | ${perCall.median.toFixed(4)} | ${perCall.p95.toFixed(4)} | ${((100 * perCall.median) / wasmTime.median).toFixed(2)}% of (c) |

Goals from the issue: (c) ≤ 1.5× (a): **${(wasmTime.median / floorTime.median).toFixed(2)}×**; ≥ 10× faster than (b):
**${(naiveTime.median / wasmTime.median).toFixed(1)}×**; (e) ≤ 0.2× (c): **${(oneUserTime.median / wasmTime.median).toFixed(3)}×**.
The store's top-10 matched the naive store's exactly: **${sameTopK ? 'yes' : 'NO'}**.

Memory per vector (384 floats = ${vectorBytes} bytes):

| measure | bytes per vector | vs ${vectorBytes} |
| --- | ---: | ---: |
| WebAssembly memory reserved, store sized with \`initialCapacity: 100000\` | ${reservedPerVector.toFixed(0)} | ${(reservedPerVector / vectorBytes).toFixed(3)}× |
| WebAssembly memory reserved, default capacity grown by doubling | ${doubledReserve.toFixed(0)} | ${(doubledReserve / vectorBytes).toFixed(3)}× |
| **resident for the vector: RSS added minus JS heap committed, default capacity** | **${vectorResident.toFixed(0)}** | **${(vectorResident / vectorBytes).toFixed(3)}×** |
| the fact: JS heap used (fact object, id, maps, per-user index); committed | ${heapPerVector.toFixed(0)}; ${heapCommittedPerVector.toFixed(0)} | |

Measured in a fresh process that adds the 100 000 vectors (1 000 users) to a store with the default
capacity, one \`add\` at a time from one reused buffer, and reads RSS and heap after garbage collection. Each row holds the unit vector
(${vectorBytes} bytes) plus 8 bytes of search scratch (a score and a row number). Capacity reserved by
doubling but not yet used is address space, not resident memory, until rows are written there; size
the store with \`initialCapacity\` to reserve exactly.

Memory given back, in the same fresh process, RSS counted above the empty store it started with:

| after | reserved | RSS added |
| --- | ---: | ---: |
| 100 000 vectors added (default capacity) | ${mib(memory.reserved)} | ${mib(memory.rss)} |
| 90% of them deleted, then \`compact()\` (${memory.keptRows.toLocaleString('en')} left) | ${mib(memory.reservedCompacted)} | ${mib(memory.rssCompacted)} |
| the rest deleted (an empty store shrinks by itself) | ${mib(memory.reservedEmptied)} | ${mib(memory.rssEmptied)} |
| \`close()\` | 0 | ${mib(memory.rssClosed)} |

What stays after the store empties is JavaScript heap that V8 keeps committed for reuse, not vectors.

How to read it: the search is one pass over the rows, so its floor is memory bandwidth (here the
floor's own speed, about 150 MB in ${floorTime.median.toFixed(1)} ms, is what this machine's memory gives one core); the SIMD
kernel keeps four independent f32x4 accumulators and stays close to a loop that only sums the same
bytes. The naive store pays for 8-byte doubles spread over 100 000 arrays, a norm per row and per
query, and a sort of all 100 000 scores. A search for one user reads only that user's rows through
the per-user index. (e) runs right after full scans that have flushed the caches, so it fetches that
user's 100 scattered rows (150 KB) and facts from memory; repeated back to back, with them cached,
it takes about 30–50 µs. Each round times the naive store first and the allocation-free plain-JS loops
right after it, so the garbage it leaves, which V8 collects on both cores after it returns, is not
charged to the store or the floor.

The store is built on core's store kit (\`VectorStoreBase\`): the kit parses the user id, the query
vector (each element read once, scaled to unit length) and the options, keeps the closed state and
copies the k results; the store scores and ranks. (f) is that cost per call apart from the scan,
${(perCall.median * 1000).toFixed(1)} µs, so the kit leaves (c)'s ratio to the floor where it was. The plain-JS kernel (d) rounds
every product and sum to float32 (\`Math.fround\`) in the SIMD kernel's order, so the two kernels
return bit-identical scores; that is why it is slower than the unrolled double-precision loop above it.

How much it moves: on a shared 2-core VM absolute times move by 10–30% between runs. Machines of
this kind also differ in memory bandwidth: the floor has measured from about 5 ms to 15 ms. The
ratio to the floor stays put (1.07–1.21× over the runs made while writing this; 1.36–1.62× in runs
where the store was timed right after the naive store and paid for its garbage). When the store
moved onto the store kit, separate runs alternating the two versions on one machine gave 0.98–1.11×
before (11 runs) and 1.08–1.17× after (10 runs), while the two timed in one process, interleaved,
had medians within 4% of each other over 9 runs, the kit's the faster in 6: (c) moves more from one
process to the next than between the two versions. The naive store is bound by compute rather than
by memory, so its ratio follows the bandwidth: about 8–12.5× on the slowest-memory machine, 27–42×
where the floor is near 5 ms.
`;
}
