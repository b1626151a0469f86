// Run by vector-search.bench.mjs in a fresh process: how much memory 100 000 × 384 vectors take in
// InMemoryVectorStore, grown from the default capacity, and how much of it comes back after
// deletes with compact(), when the store empties, and on close. Prints one JSON line.
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const require = createRequire(join(dirname(fileURLToPath(import.meta.url)), '..', 'packages', 'memory-vector', 'package.json'));
const { InMemoryVectorStore } = require('./dist/index.cjs');
const { seededRandom } = require('@casual-memory/test-suite');
const COUNT = 100_000;
const DIMENSIONS = 384;

const next = seededRandom(42);

const settle = () => {
  globalThis.gc();
  globalThis.gc();
  return process.memoryUsage();
};

const store = new InMemoryVectorStore({ dimensions: DIMENSIONS });
const before = settle();
// One reused vector buffer (the store copies it), so the only lasting allocations are the store's.
const vector = new Float32Array(DIMENSIONS);
for (let i = 0; i < COUNT; i++) {
  for (let d = 0; d < DIMENSIONS; d++) vector[d] = next();
  await store.add(vector, { text: `memory ${i}`, type: 'fact', userId: `user-${i % 1000}` });
}
const after = settle();
const reservedFull = store.reservedBytes;
// Memory given back: delete 90% of the users' memories and compact, then delete the rest (the
// store shrinks by itself when it empties), then close.
for (let user = 100; user < 1000; user++) await store.clearUserMemories(`user-${user}`);
await store.compact();
const compacted = settle();
const reservedCompacted = store.reservedBytes;
const keptRows = store.size;
for (let user = 0; user < 100; user++) await store.clearUserMemories(`user-${user}`);
const emptied = settle();
const reservedEmptied = store.reservedBytes;
await store.close();
const closed = settle();
console.log(
  JSON.stringify({
    count: COUNT,
    rss: after.rss - before.rss,
    heap: after.heapUsed - before.heapUsed,
    heapTotal: after.heapTotal - before.heapTotal,
    external: after.external - before.external,
    reserved: reservedFull,
    keptRows,
    reservedCompacted,
    rssCompacted: compacted.rss - before.rss,
    reservedEmptied,
    rssEmptied: emptied.rss - before.rss,
    rssClosed: closed.rss - before.rss,
  }),
);
