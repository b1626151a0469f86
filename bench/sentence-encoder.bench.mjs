// SentenceEncoderEmbeddingProvider (Universal Sentence Encoder lite) on each TensorFlow.js backend that
// installs here, against the hashing embedder (HashingEmbeddingProvider, the zero-dependency fallback)
// in the same run. Each embedder runs in a fresh process (sentence-encoder.child.mjs), so load time and
// resident memory are its own: load (import + weights + a first run), embedDocuments of the benchmark
// sentences (the first 436 distinct statements of the two labelled write-decision sets), one-sentence
// embedQuery latency, RSS.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const SENTENCES = 436;
const VARIANTS = [
  ['hashing', 'HashingEmbeddingProvider (service), the baseline', 3],
  ['wasm', 'sentence encoder, `wasm` backend with SIMD (the default)', 3],
  ['wasm-no-simd', 'sentence encoder, `wasm` backend without SIMD', 1],
  ['cpu', 'sentence encoder, `cpu` backend (plain JavaScript)', 1],
];

function benchSentences() {
  const texts = new Set();
  for (const path of [
    join(here, '..', 'packages', 'service', 'test', 'offline', 'fixtures', 'write-decisions.json'),
    join(here, 'decisions', 'dev-set.json'),
  ]) {
    for (const { earlier, later } of JSON.parse(readFileSync(path, 'utf8')).cases) texts.add(earlier).add(later);
  }
  return [...texts].slice(0, SENTENCES);
}

export async function run() {
  const dir = mkdtempSync(join(tmpdir(), 'sentence-encoder-bench-'));
  const sentencesPath = join(dir, 'sentences.json');
  writeFileSync(sentencesPath, JSON.stringify(benchSentences()));
  const results = new Map();
  try {
    for (const [variant, , rounds] of VARIANTS) {
      const output = execFileSync(process.execPath, [join(here, 'sentence-encoder.child.mjs'), variant, sentencesPath, String(rounds)], {
        encoding: 'utf8',
        maxBuffer: 1 << 20,
      });
      const result = JSON.parse(output.trim().split('\n').at(-1));
      console.log(`  ${variant}: ${JSON.stringify(result)}`);
      results.set(variant, result);
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  const hashing = results.get('hashing');
  const rows = VARIANTS.map(([variant, label, rounds]) => {
    const r = results.get(variant);
    const ratio = variant === 'hashing' ? '1' : `1/${(hashing.perSecond / r.perSecond).toFixed(0)}`;
    return `| ${label} | ${(r.loadMs / 1000).toFixed(2)} s | ${r.firstMs.toFixed(0)} ms | ${(r.embedMs / 1000).toFixed(2)} s (${rounds === 1 ? 'one pass' : `median of ${rounds}`}) | ${r.perSecond.toFixed(0)} | ${ratio} | ${r.singleMs.toFixed(1)} ms | ${r.rssMiB.toFixed(0)} MiB |`;
  });
  return `## Sentence encoder: load, throughput and memory per backend

\`pnpm bench sentence-encoder\`. Each row is a fresh Node process (bench/sentence-encoder.child.mjs) embedding
the same ${SENTENCES} sentences (the first distinct statements of the two labelled write-decision sets) with
\`embedDocuments\` (batches of the default size, sorted by length). Load is import + reading the weights
+ building the graph + the test run \`create()\` makes; "single" is one \`embedQuery\`, median of 15.
Throughput is against the hashing embedder measured in the same run.

| embedder | load | first call | ${SENTENCES} sentences | sentences/s | vs hashing | single | RSS after |
| --- | --- | --- | --- | --- | --- | --- | --- |
${rows.join('\n')}
`;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) console.log(await run());
