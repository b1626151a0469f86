// An experiment (see README.md here). Trains an offline pair model: a multinomial logistic regression over the rules' readings and a few
// signals of the two statements (pair-features.ts here), one model per embedder
// whose cosine it weighs (the sentence encoder, the default hashing embedder, and none). Trained on the
// development and training pairs (bench/decisions/dev-set.json, train-set.json, written without the
// rules); never on the sealed sets or the stream. Prints leave-one-topic-out accuracy and calibration, then writes the weights to
// bench/decisions/pair-model/pair-model-weights.ts. Usage: node bench/decisions/pair-model/train-pair-model.mjs [--dry-run]
import { writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadPairSet, OUTCOMES } from '../../lib/decision-eval.mjs';
import { loadPairModel } from './load-pair-model.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const root = join(here, '..', '..', '..');
const serviceDir = join(root, 'packages', 'service');
const requireService = createRequire(join(serviceDir, 'package.json'));
const { analyzeCached, compareTexts, pairFeatures, isSameText } = loadPairModel();

const L2 = 10;
// Pairs written without the rules: the development set and the training set (mostly distinct facts,
// like a search's candidates). The older hand-written set, which the rules were tuned on, only with --with-old.
const cases = [
  ...loadPairSet(join(here, '..', 'dev-set.json')),
  ...loadPairSet(join(here, '..', 'train-set.json')),
  ...(process.argv.includes('--with-old') ? loadPairSet(join(serviceDir, 'test', 'offline', 'fixtures', 'write-decisions.json')) : []),
].filter((entry) => !isSameText(entry.earlier, entry.later));
const { HashingEmbeddingProvider } = requireService('./dist/index.cjs');
const { SentenceEncoderEmbeddingProvider } = require(join(root, 'packages', 'sentence-encoder', 'dist', 'index.cjs'));
function require(path) {
  return createRequire(import.meta.url)(path);
}

const cosine = (a, b) => a.reduce((sum, value, i) => sum + value * b[i], 0);
async function similarities(provider) {
  const out = [];
  for (const entry of cases) {
    const [a, b] = await provider.embedDocuments([entry.earlier, entry.later]);
    out.push(cosine(a, b));
  }
  return out;
}

function rowsFor(sims) {
  return cases.map((entry, i) =>
    pairFeatures(analyzeCached(entry.earlier), analyzeCached(entry.later), compareTexts(entry.earlier, entry.later), sims?.[i] ?? 0),
  );
}

function standardize(rows) {
  const width = rows[0].length;
  const mean = Array.from({ length: width }, (_, j) => rows.reduce((s, r) => s + r[j], 0) / rows.length);
  const scale = mean.map((m, j) => Math.sqrt(rows.reduce((s, r) => s + (r[j] - m) ** 2, 0) / rows.length) || 1);
  return { mean, scale };
}

const applyScale = (row, { mean, scale }) => [1, ...row.map((v, j) => (v - mean[j]) / scale[j])];

function softmax(z) {
  const max = Math.max(...z);
  const e = z.map((v) => Math.exp(v - max));
  const sum = e.reduce((a, b) => a + b, 0);
  return e.map((v) => v / sum);
}

function train(X, Y) {
  const width = X[0].length;
  const W = Array.from({ length: width }, () => new Array(OUTCOMES.length).fill(0));
  const rate = 0.5;
  for (let step = 0; step < 3000; step++) {
    const G = Array.from({ length: width }, () => new Array(OUTCOMES.length).fill(0));
    for (let i = 0; i < X.length; i++) {
      const p = softmax(OUTCOMES.map((_, k) => X[i].reduce((s, x, j) => s + x * W[j][k], 0)));
      for (let k = 0; k < OUTCOMES.length; k++) {
        const d = p[k] - (Y[i] === k ? 1 : 0);
        for (let j = 0; j < width; j++) G[j][k] += d * X[i][j];
      }
    }
    for (let j = 0; j < width; j++)
      for (let k = 0; k < OUTCOMES.length; k++) W[j][k] -= (rate * (G[j][k] + (j === 0 ? 0 : L2 * W[j][k]))) / X.length;
  }
  return W;
}

const predict = (W, x) => softmax(OUTCOMES.map((_, k) => x.reduce((s, v, j) => s + v * W[j][k], 0)));

function crossValidate(rows, Y) {
  const topics = [...new Set(cases.map((entry) => entry.topic))];
  const predictions = new Array(rows.length);
  for (const topic of topics) {
    const train_ = rows.map((_, i) => i).filter((i) => cases[i].topic !== topic);
    const test = rows.map((_, i) => i).filter((i) => cases[i].topic === topic);
    const norm = standardize(train_.map((i) => rows[i]));
    const W = train(
      train_.map((i) => applyScale(rows[i], norm)),
      train_.map((i) => Y[i]),
    );
    for (const i of test) predictions[i] = predict(W, applyScale(rows[i], norm));
  }
  const right = predictions.map((p, i) => p.indexOf(Math.max(...p)) === Y[i]);
  const bands = [0.5, 0.7, 0.9, 0.95].map((bar) => {
    const inBand = predictions.map((p, i) => [Math.max(...p), right[i]]).filter(([c]) => c >= bar);
    return `>=${bar}: ${inBand.length} pairs, ${((inBand.filter(([, r]) => r).length / Math.max(1, inBand.length)) * 100).toFixed(1)}% right`;
  });
  return { accuracy: right.filter(Boolean).length / right.length, bands, topics: topics.length };
}

const Y = cases.map((entry) => OUTCOMES.indexOf(entry.expected));
const embedders = {
  'use-lite-512': await similarities(await SentenceEncoderEmbeddingProvider.create()),
  [new HashingEmbeddingProvider().modelId]: await similarities(new HashingEmbeddingProvider()),
  none: undefined,
};
const models = {};
for (const [key, sims] of Object.entries(embedders)) {
  const rows = rowsFor(sims);
  const cv = crossValidate(rows, Y);
  console.log(`${key}: leave-one-topic-out ${(cv.accuracy * 100).toFixed(1)}% over ${cv.topics} topics; ${cv.bands.join('; ')}`);
  const norm = standardize(rows);
  const W = train(
    rows.map((row) => applyScale(row, norm)),
    Y,
  );
  const round = (v) => Number(v.toFixed(4));
  models[key] = {
    mean: norm.mean.map(round),
    scale: norm.scale.map(round),
    weights: W.map((row) => row.map(round)),
    crossValidated: `${(cv.accuracy * 100).toFixed(1)}% leave-one-topic-out`,
  };
}

if (!process.argv.includes('--dry-run')) {
  const file = join(here, 'pair-model-weights.ts');
  writeFileSync(
    file,
    `// Written by \`node bench/decisions/train-pair-model.mjs\` from ${cases.length} pairs (bench/decisions/dev-set.json and
// train-set.json, written without the rules; the sealed sets and the stream were not used). Do not edit by hand: retrain.
import type { PairModelWeights } from './pair-model';

export const PAIR_MODELS: Readonly<Record<string, PairModelWeights>> = ${JSON.stringify(models)};
`,
  );
  console.log(`wrote ${file}`);
}
