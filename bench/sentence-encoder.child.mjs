// One embedder in a fresh process, for bench/sentence-encoder.bench.mjs: load time, the first call,
// embedDocuments of the benchmark sentences (median of `rounds` passes), one-sentence embedQuery
// latency, and the process's resident memory after. Prints one JSON line.
// Usage: node sentence-encoder.child.mjs <wasm|wasm-no-simd|cpu|hashing> <sentences.json> <rounds>
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const [variant, sentencesPath, roundsArg] = process.argv.slice(2);
const texts = JSON.parse(readFileSync(sentencesPath, 'utf8'));
const rounds = Number(roundsArg);
const here = dirname(fileURLToPath(import.meta.url));
const fromPackage = (name) => createRequire(join(here, '..', 'packages', name, 'package.json'));

const rssBefore = process.memoryUsage().rss;
const start = performance.now();
let embedder;
if (variant === 'hashing') {
  const { HashingEmbeddingProvider } = fromPackage('service')('./dist/index.cjs');
  embedder = new HashingEmbeddingProvider();
} else {
  const require = fromPackage('sentence-encoder');
  if (variant === 'wasm-no-simd') {
    // The flag exists once the wasm backend is imported; set before the backend starts.
    require('@tensorflow/tfjs-backend-wasm');
    require('@tensorflow/tfjs-core').env().set('WASM_HAS_SIMD_SUPPORT', false);
  }
  const { SentenceEncoderEmbeddingProvider } = require('./dist/index.cjs');
  embedder = await SentenceEncoderEmbeddingProvider.create({ backend: variant === 'cpu' ? 'cpu' : 'wasm' });
}
const loadMs = performance.now() - start;

const firstStart = performance.now();
await embedder.embedQuery('I live in Denver');
const firstMs = performance.now() - firstStart;

const passes = [];
for (let round = 0; round < rounds; round++) {
  const passStart = performance.now();
  const vectors = await embedder.embedDocuments(texts);
  passes.push(performance.now() - passStart);
  if (vectors.length !== texts.length) throw new Error('lost vectors');
}
passes.sort((a, b) => a - b);
const embedMs = passes[Math.floor(passes.length / 2)];

const single = [];
for (let i = 0; i < 15; i++) {
  const singleStart = performance.now();
  await embedder.embedQuery(texts[i * 7]);
  single.push(performance.now() - singleStart);
}
single.sort((a, b) => a - b);

console.log(
  JSON.stringify({
    variant,
    loadMs,
    firstMs,
    embedMs,
    perSecond: texts.length / (embedMs / 1000),
    singleMs: single[Math.floor(single.length / 2)],
    rssMiB: process.memoryUsage().rss / 2 ** 20,
    rssGrowthMiB: (process.memoryUsage().rss - rssBefore) / 2 ** 20,
  }),
);
await embedder.close?.();
