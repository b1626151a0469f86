// Measures how often each reading of the offline rules is right, on labelled pairs written without
// the rules (the development set and the training set): the confidences in
// packages/service/src/offline/heuristic-pair-judge.ts come from here. The older hand-written set, on
// which the rules were tuned, is left out unless --with-old is given (it makes every reading look
// surer than it is). Never reads the sealed sets. With --streams, it measures the same readings on the
// pairs an add really compares: the candidates a search finds in the training streams (offline, with
// the sentence encoder when it is built), most of them distinct facts.
// Usage: node bench/decisions/calibrate-heuristics.mjs [--with-old] [--streams] (after building the service)
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadPairSet, loadStreamUsers, pairsAsRows, readingsOnCandidates, runStream, TRAINING_STREAMS } from '../lib/decision-eval.mjs';
import { inMemoryService } from '../lib/in-memory-service.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const root = join(here, '..', '..');
const require = createRequire(join(root, 'packages', 'service', 'package.json'));
const { HeuristicPairJudge, HashingEmbeddingProvider } = require('./dist/index.cjs');

const withOld = process.argv.includes('--with-old');
if (process.argv.includes('--streams')) {
  await printStreamReadings();
  process.exit(0);
}
const cases = [
  ...loadPairSet(join(here, 'dev-set.json')),
  ...(existsSync(join(here, 'train-set.json')) ? loadPairSet(join(here, 'train-set.json')) : []),
  ...(withOld ? loadPairSet(join(root, 'packages', 'service', 'test', 'offline', 'fixtures', 'write-decisions.json')) : []),
];
printReadings(`${cases.length} labelled pairs`, await readingsOnCandidates(pairsAsRows(cases), new HeuristicPairJudge()));

/** One line per reading, most frequent first; the precision is Laplace-smoothed, so a reading seen a few times never claims certainty. */
function printReadings(title, readings) {
  console.log(`${title}\nrelation            reads as     pairs  right  precision  labels`);
  for (const reading of readings)
    console.log(
      `${reading.relation.padEnd(19)} ${reading.outcome.padEnd(12)} ${String(reading.count).padStart(5)}  ${String(reading.right).padStart(5)}  ${reading.precision.toFixed(2).padStart(9)}  ${JSON.stringify(reading.labels)}`,
    );
}

async function printStreamReadings() {
  let embedding = new HashingEmbeddingProvider({ dimensions: 384 });
  try {
    const encoder = require(join(root, 'packages', 'sentence-encoder', 'dist', 'index.cjs'));
    embedding = await encoder.SentenceEncoderEmbeddingProvider.create();
  } catch {
    console.log('sentence encoder not built: hashing');
  }
  const rows = [];
  for (const [folder, files] of Object.values(TRAINING_STREAMS)) {
    const users = loadStreamUsers(files.map((file) => join(here, folder, file)));
    const result = await runStream(users, async (extra) => inMemoryService(embedding, { now: extra.now }));
    rows.push(...result.rows);
  }
  const readings = await readingsOnCandidates(rows, new HeuristicPairJudge());
  printReadings(`${readings.reduce((sum, reading) => sum + reading.count, 0)} stream candidates`, readings);
}
