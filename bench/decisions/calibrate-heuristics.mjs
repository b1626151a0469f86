// Measures how often each reading of the offline rules is right, on labelled pairs written without
// the rules (the development set and the training set): the confidences in
// packages/service/src/offline/heuristic-pair-judge.ts come from here. The older hand-written set, on
// which the rules were tuned, is left out unless --with-old is given (it makes every reading look
// surer than it is). Never reads the sealed sets or the stream.
// Usage: node bench/decisions/calibrate-heuristics.mjs [--with-old] (after building the service)
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadPairSet } from '../lib/decision-eval.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const root = join(here, '..', '..');
const require = createRequire(join(root, 'packages', 'service', 'package.json'));
const { HeuristicPairJudge } = require('./dist/index.cjs');

const withOld = process.argv.includes('--with-old');
const cases = [
  ...loadPairSet(join(here, 'dev-set.json')),
  ...(existsSync(join(here, 'train-set.json')) ? loadPairSet(join(here, 'train-set.json')) : []),
  ...(withOld ? loadPairSet(join(root, 'packages', 'service', 'test', 'offline', 'fixtures', 'write-decisions.json')) : []),
];
const judge = new HeuristicPairJudge();
const byRelation = new Map();
for (const entry of cases) {
  const verdict = await judge.judge({ text: entry.earlier }, { text: entry.later }, 1);
  const stats = byRelation.get(verdict.relation) ?? { outcome: verdict.outcome, count: 0, right: 0, labels: {} };
  stats.count++;
  if (verdict.outcome === entry.expected) stats.right++;
  stats.labels[entry.expected] = (stats.labels[entry.expected] ?? 0) + 1;
  byRelation.set(verdict.relation, stats);
}
console.log(`${cases.length} labelled pairs\nrelation            reads as     pairs  right  precision  labels`);
for (const [relation, stats] of [...byRelation].sort((a, b) => b[1].count - a[1].count)) {
  // Laplace-smoothed, so a reading seen a few times never claims certainty.
  const precision = (stats.right + 1) / (stats.count + 2);
  console.log(
    `${relation.padEnd(19)} ${stats.outcome.padEnd(12)} ${String(stats.count).padStart(5)}  ${String(stats.right).padStart(5)}  ${precision.toFixed(2).padStart(9)}  ${JSON.stringify(stats.labels)}`,
  );
}
