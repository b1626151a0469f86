// QdrantVectorStore's own cost per call: search (top 10 of 2 000 memories, 384 dimensions, a filter)
// and addMany(100), each against the raw @qdrant/js-client-rest call sending the same request to the
// same Qdrant stand-in (the package's test server), all in one run.
import { execFileSync } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { timeInterleaved } from './lib/time-interleaved.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const packageDir = join(here, '..', 'packages', 'vector-qdrant');
const require = createRequire(join(packageDir, 'package.json'));
const { QdrantVectorStore } = require('./dist/index.cjs');
const { QdrantClient } = require('@qdrant/js-client-rest');
const { memoryFactToJson } = require('@casual-memory/core/backend');
const { seededVectors } = require('@casual-memory/test-suite');

const DIMENSIONS = 384;
const MEMORIES = 2_000;
const TOP_K = 10;
const BATCH = 100;
const WARMUP = 20;
const RUNS = 200;
const GOAL = 1.2;

/** The stand-in is TypeScript under test/: bundled once with tsup (ajv included) into a scratch folder. */
function loadStandIn() {
  const outDir = mkdtempSync(join(tmpdir(), 'qdrant-stand-in-'));
  const tsup = join(here, '..', 'node_modules', '.bin', 'tsup');
  execFileSync(
    tsup,
    ['test/qdrant-stand-in/qdrant-stand-in.ts', '--format', 'cjs', '--target', 'node20', '--out-dir', outDir, '--silent'],
    {
      cwd: packageDir,
      stdio: 'pipe',
    },
  );
  const { QdrantStandIn } = createRequire(join(outDir, 'x.cjs'))(join(outDir, 'qdrant-stand-in.cjs'));
  return { QdrantStandIn, cleanup: () => rmSync(outDir, { recursive: true, force: true }) };
}

function memoryOf(i, userId) {
  return { text: `memory ${i}`, type: ['fact', 'preference', 'event'][i % 3], userId, tags: [`t${i % 5}`], importance: (i % 10) / 10 };
}

export async function run() {
  const { QdrantStandIn, cleanup } = loadStandIn();
  // Validation off while timing: it would add the same cost to both sides. The validated check
  // below shows both sides' requests are ones Qdrant's schema accepts.
  const standIn = await QdrantStandIn.start({ specPath: join(packageDir, 'test', 'fixtures', 'openapi-v1.19.json'), validate: false });
  const client = new QdrantClient({ url: standIn.url, checkCompatibility: false });
  try {
    const userId = 'bench-user';
    const vectors = seededVectors(MEMORIES + BATCH, DIMENSIONS, 7);
    const store = await QdrantVectorStore.create({ url: standIn.url, collection: 'search', dimensions: DIMENSIONS });
    for (let i = 0; i < MEMORIES; i += 500) {
      await store.addMany(vectors.slice(i, i + 500).map((vector, j) => ({ vector, memory: memoryOf(i + j, userId) })));
    }
    const [query] = seededVectors(1, DIMENSIONS, 99);
    const searchOptions = { topK: TOP_K, minScore: 0, filter: { types: ['fact', 'preference'] } };
    // The raw client call the store makes for that search, built once: the same body, unit query included.
    let norm = 0;
    for (const x of query) norm += x * x;
    const unit = Array.from(Float32Array.from(query, (x) => x / Math.sqrt(norm)));
    const rawQuery = () =>
      client.query('search', {
        query: unit,
        filter: {
          must: [
            { key: 'userId', match: { value: userId } },
            { key: 'type', match: { any: ['fact', 'preference'] } },
            {
              should: [{ is_empty: { key: 'validUntil' } }, { key: 'validUntil', range: { gte: new Date().toISOString() } }],
            },
          ],
          must_not: [{ key: 'archived', match: { value: true } }],
        },
        limit: TOP_K,
        score_threshold: -0.00001,
        with_payload: true,
        with_vector: false,
      });
    const same = await store.search(userId, query, searchOptions);
    const raw = (await rawQuery()).points;
    if (same.map((hit) => hit.id).join() !== raw.map((point) => point.id).join()) throw new Error('the raw query and the store disagree');

    // addMany(100) into collections of their own; the raw side upserts prebuilt points (fresh ids each call).
    const addStore = await QdrantVectorStore.create({ url: standIn.url, collection: 'add-store', dimensions: DIMENSIONS });
    await QdrantVectorStore.create({ url: standIn.url, collection: 'add-raw', dimensions: DIMENSIONS });
    const batch = vectors.slice(MEMORIES).map((vector, i) => ({ vector, memory: memoryOf(i, userId) }));
    const rawPoints = batch.map(({ vector, memory }) => {
      let sum = 0;
      for (const x of vector) sum += x * x;
      return {
        vector: Array.from(Float32Array.from(vector, (x) => x / Math.sqrt(sum))),
        payload: memoryFactToJson({ confidence: 0.5, mentionCount: 1, archived: false, ...memory }),
      };
    });
    const rawUpsert = () => client.upsert('add-raw', { wait: true, points: rawPoints.map((point) => ({ id: randomUUID(), ...point })) });

    const searchResults = await timeInterleaved(
      [
        { label: `(a) raw client.query, top ${TOP_K} of ${MEMORIES}, ${DIMENSIONS} dims`, fn: rawQuery },
        { label: '(b) QdrantVectorStore.search, the same request', fn: () => store.search(userId, query, searchOptions) },
      ],
      { warmup: WARMUP, runs: RUNS, digits: 3 },
    );
    const addResults = await timeInterleaved(
      [
        { label: `(c) raw client.upsert of ${BATCH} points, wait=true`, fn: rawUpsert },
        { label: `(d) QdrantVectorStore.addMany(${BATCH}), the same request`, fn: () => addStore.addMany(batch) },
      ],
      { warmup: WARMUP, runs: RUNS, digits: 3 },
    );

    // Both sides' requests once more, with the stand-in validating them against Qdrant's schema.
    const checked = await QdrantStandIn.start({ specPath: join(packageDir, 'test', 'fixtures', 'openapi-v1.19.json') });
    const checkedClient = new QdrantClient({ url: checked.url, checkCompatibility: false });
    const checkedStore = await QdrantVectorStore.create({ url: checked.url, collection: 'search', dimensions: DIMENSIONS });
    await checkedStore.addMany(batch);
    await checkedStore.search(userId, query, searchOptions);
    await checkedClient.upsert('search', { wait: true, points: rawPoints.map((point) => ({ id: randomUUID(), ...point })) });
    await checkedClient.query('search', { query: unit, limit: TOP_K, with_payload: true });
    if (checked.violations.length > 0) throw new Error(`schema violations: ${JSON.stringify(checked.violations)}`);
    await checkedStore.close();
    await checked.stop();

    await store.close();
    await addStore.close();
    const row = ({ label, median, p95 }, base) =>
      `| ${label} | ${median.toFixed(3)} | ${p95.toFixed(3)} | ${base === undefined ? '1.00× (baseline)' : `${(median / base.median).toFixed(2)}×`} |`;
    const searchRatio = searchResults[1].median / searchResults[0].median;
    const addRatio = addResults[1].median / addResults[0].median;
    const µs = (a, b) => ((b.median - a.median) * 1000).toFixed(0);
    return `## Qdrant vector store: adapter overhead

\`QdrantVectorStore\` against the raw \`@qdrant/js-client-rest\` 1.19 call that sends the same request to the
same server: the package's Qdrant stand-in (Node \`http\` on 127.0.0.1, in the bench's own process, schema
validation off while timing; the same requests are then checked against Qdrant's OpenAPI schema once).
${MEMORIES} memories of one user, ${DIMENSIONS} dimensions. Median and p95 of ${RUNS} runs after ${WARMUP} warm-up runs,
the two cases of each pair timed in interleaved rounds (2 cores shared with other work: read the medians).

| what | median ms | p95 ms | ratio |
| --- | ---: | ---: | ---: |
${row(searchResults[0])}
${row(searchResults[1], searchResults[0])}
${row(addResults[0])}
${row(addResults[1], addResults[0])}

Goal: at most ${GOAL}× the raw call. Measured: search **${searchRatio.toFixed(2)}×** (medians ${µs(searchResults[0], searchResults[1])} µs apart, within the run-to-run noise of the
server's scan; the store's own work per call is parsing the query, the filter, validating the ${TOP_K} payloads read back, copies), addMany(${BATCH}) **${addRatio.toFixed(2)}×**
(medians ${µs(addResults[0], addResults[1])} µs apart: validating, copying and scaling ${BATCH} memories and
vectors, and their payloads; the collection check is done once per store, before the timed runs). ${searchRatio <= GOAL && addRatio <= GOAL ? 'Both within the goal.' : 'NOT within the goal.'}
Against a real Qdrant over a network, the server's time and the round trip are larger, so the ratios
are closer to 1. The stand-in scans every point (no HNSW), so absolute times say nothing of Qdrant's speed.`;
  } finally {
    await standIn.stop();
    cleanup();
  }
}
