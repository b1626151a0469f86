// For tuning the offline rules: runs the development pairs (the training pairs, or the older hand-written
// set) and prints every mistake with its reason. Never reads the sealed sets: those are measured once, by
// bench/decisions.bench.mjs. Usage: node bench/decisions/dev-report.mjs [dev|train|old] [--model] [--quiet] [--encoder]
// (--encoder: the sentence encoder as the embedder, as the CLI has it, instead of the service's default hashing)
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { calibrationBands, loadPairSet, perfectChatForPairs, runPairs, summarizePairs } from '../lib/decision-eval.mjs';
import { inMemoryService } from '../lib/in-memory-service.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const root = join(here, '..', '..');
const require = createRequire(join(root, 'packages', 'service', 'package.json'));
const { MemoryService } = require('./dist/index.cjs');
const { InMemoryVectorStore } = require('@casual-memory/memory-vector');
const { InMemoryConflictStore } = require('@casual-memory/memory-conflicts');

const which = process.argv[2] ?? 'dev';
const withModel = process.argv.includes('--model');
const quiet = process.argv.includes('--quiet');
const PATHS = {
  dev: join(here, 'dev-set.json'),
  train: join(here, 'train-set.json'),
  old: join(root, 'packages', 'service', 'test', 'offline', 'fixtures', 'write-decisions.json'),
};
const path = PATHS[which];
if (path === undefined) throw new Error(`unknown set "${which}": one of ${Object.keys(PATHS).join(', ')}`);
const cases = loadPairSet(path);
const chat = withModel ? perfectChatForPairs(cases) : undefined;
const floor = process.argv.find((arg) => arg.startsWith('--floor='));
const options = { ...(chat ? { chat } : {}), ...(floor ? { similarityThreshold: Number(floor.slice(8)) } : {}) };
const encoder = process.argv.includes('--encoder')
  ? await require(join(root, 'packages', 'sentence-encoder', 'dist', 'index.cjs')).SentenceEncoderEmbeddingProvider.create()
  : undefined;
const rows = await runPairs(cases, async () => {
  if (encoder !== undefined) return inMemoryService(encoder, options);
  const vectorStore = new InMemoryVectorStore({ dimensions: 384 });
  const conflictStore = new InMemoryConflictStore();
  const service = new MemoryService({ vectorStore, conflictStore, ...options });
  return { service, close: async () => Promise.all([vectorStore.close(), conflictStore.close()]) };
});
const summary = summarizePairs(rows);
if (!quiet)
  for (const row of summary.mistakes)
    console.log(
      `${row.id}: ${row.expected} -> ${row.actual} [${row.score?.toFixed(2) ?? '-'} ${row.classifier ?? ''} ${row.confidence?.toFixed(2) ?? ''}] "${row.earlier}" / "${row.later}" :: ${row.reason}`,
    );
const pct = (value) => `${(value * 100).toFixed(1)}%`;
console.log(
  `\n${which}${withModel ? ' + perfect model' : ''}: ${pct(summary.accuracy)} of ${summary.count}; lost facts ${summary.lostFacts.length}; model calls mean ${summary.llmMean.toFixed(2)}`,
);
console.log(
  'per label',
  Object.entries(summary.perLabel)
    .map(([k, v]) => `${k} ${pct(v)}`)
    .join(', '),
);
console.log(
  'per topic',
  Object.entries(summary.perTopic)
    .map(([k, v]) => `${k} ${pct(v)}`)
    .join(', '),
);
console.log('matrix (rows expected, columns actual: same superseded conflict neutral)');
for (const [expected, row] of Object.entries(summary.matrix)) console.log(`  ${expected.padEnd(10)} ${Object.values(row).join('\t')}`);
console.log(
  'bands',
  calibrationBands(rows)
    .map((band) => `[${band.from},${band.to}) ${band.count} ${pct(band.precision)}`)
    .join('; '),
);
