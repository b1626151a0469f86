// An experiment, not shipped (see README.md here): a four-way logistic regression over the sentence encoder's two
// vectors of a pair (their product and their distance, each dimension, and the cosine), trained on labelled pairs
// and the training streams' candidate pairs. It prints, per pair set, the shipped rules offline, the head alone,
// and the rules with the head deciding only what they leave undecided (at bars 0.5 to 0.9); the measured set is
// always left out of training. Usage (after building the service and the sentence encoder):
//   node bench/decisions/embedding-head/embedding-head.mjs [set …] [--no-streams]
// sets: dev, train, v1 … v10 (default: v10, trained on all the others).
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadPairSet, loadStreamUsers, OUTCOMES, runPairs, runStream, TRAINING_STREAMS } from '../../lib/decision-eval.mjs';
import { inMemoryService } from '../../lib/in-memory-service.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const decisions = join(here, '..');
const root = join(decisions, '..', '..');
const { SentenceEncoderEmbeddingProvider } = createRequire(import.meta.url)(
  join(root, 'packages', 'sentence-encoder', 'dist', 'index.cjs'),
);

const sealed = (folder, files) => files.map((file) => join(decisions, folder, file));
const SETS = {
  dev: [join(decisions, 'dev-set.json')],
  train: [join(decisions, 'train-set.json')],
  v1: sealed('sealed', ['set-a.json', 'set-b.json']),
  v2: sealed('sealed-v2', ['set-c.json', 'set-d.json']),
  v3: sealed('sealed-v3', ['set-e.json', 'set-f.json']),
  v4: sealed('sealed-v4', ['set-g.json', 'set-h.json']),
  v5: sealed('sealed-v5', ['set-i.json', 'set-j.json']),
  v6: sealed('sealed-v6', ['set-s.json', 'set-t.json']),
  v7: sealed('sealed-v7', ['set-s.json', 'set-t.json']),
  v8: sealed('sealed-v8', ['set-u.json', 'set-v.json']),
  v9: sealed('sealed-v9', ['set-a.json', 'set-b.json']),
  v10: sealed('sealed-v10', ['set-a.json', 'set-b.json']),
};
const args = process.argv.slice(2);
const measured = args.filter((arg) => !arg.startsWith('--'));
const measure = measured.length > 0 ? measured : ['v10'];
for (const name of measure) if (!(name in SETS)) throw new Error(`unknown set "${name}": one of ${Object.keys(SETS).join(', ')}`);
const withStreams = !args.includes('--no-streams');

const encoder = await SentenceEncoderEmbeddingProvider.create();
const vectorOf = new Map();
async function embedAll(texts) {
  const missing = [...new Set(texts)].filter((text) => !vectorOf.has(text));
  for (let at = 0; at < missing.length; at += 64) {
    const batch = missing.slice(at, at + 64);
    const vectors = await encoder.embedDocuments(batch);
    for (const [index, text] of batch.entries()) vectorOf.set(text, vectors[index]);
  }
}

// Each pair set: the rules' outcome offline, and the pair's label and texts (read only as vectors here).
const pairs = {};
for (const [name, paths] of Object.entries(SETS)) {
  const rows = await runPairs(
    paths.flatMap((path) => loadPairSet(path)),
    async () => inMemoryService(encoder, {}),
  );
  await embedAll(rows.flatMap((row) => [row.earlier, row.later]));
  pairs[name] = rows.map((row) => ({
    earlier: row.earlier,
    later: row.later,
    expected: row.expected,
    rules: row.actual,
    undecided: /^undecided/.test(row.reason),
  }));
}
// The training streams' candidate pairs, each labelled with what the statement truly says of it (mostly distinct facts).
const streamPairs = [];
if (withStreams) {
  for (const [folder, files] of Object.values(TRAINING_STREAMS)) {
    const { rows } = await runStream(loadStreamUsers(files.map((file) => join(decisions, folder, file))), async ({ now }) =>
      inMemoryService(encoder, { now }),
    );
    for (const row of rows)
      for (const candidate of row.candidates)
        if (candidate.text !== undefined) streamPairs.push({ earlier: candidate.text, later: row.text, expected: candidate.truth });
  }
  await embedAll(streamPairs.flatMap((pair) => [pair.earlier, pair.later]));
}

/** The product and the distance of the two vectors, each dimension, then the cosine and a bias (scaled to one range). */
function features(pair) {
  const u = vectorOf.get(pair.earlier);
  const v = vectorOf.get(pair.later);
  const product = Array.from(u, (value, index) => value * v[index] * 20);
  const distance = Array.from(u, (value, index) => Math.abs(value - v[index]) * 5);
  const cosine = product.reduce((sum, value) => sum + value, 0) / 20;
  return [...product, ...distance, cosine * 3, 1];
}

function probabilities(weights, x) {
  const scores = weights.map((row) => row.reduce((sum, weight, index) => sum + weight * x[index], 0));
  const top = Math.max(...scores);
  const exps = scores.map((score) => Math.exp(score - top));
  const total = exps.reduce((sum, value) => sum + value, 0);
  return exps.map((value) => value / total);
}

/** Softmax regression, L2 1e-3, full-batch Adam for 400 steps. */
function train(examples) {
  const xs = examples.map(features);
  const ys = examples.map((example) => OUTCOMES.indexOf(example.expected));
  const width = xs[0].length;
  const weights = OUTCOMES.map(() => new Float64Array(width));
  const first = OUTCOMES.map(() => new Float64Array(width));
  const second = OUTCOMES.map(() => new Float64Array(width));
  for (let step = 1; step <= 400; step++) {
    const gradient = OUTCOMES.map(() => new Float64Array(width));
    xs.forEach((x, n) => {
      probabilities(weights, x).forEach((p, k) => {
        const error = p - (ys[n] === k ? 1 : 0);
        for (let j = 0; j < width; j++) gradient[k][j] += error * x[j];
      });
    });
    for (let k = 0; k < OUTCOMES.length; k++)
      for (let j = 0; j < width; j++) {
        const g = gradient[k][j] / xs.length + 1e-3 * weights[k][j];
        first[k][j] = 0.9 * first[k][j] + 0.1 * g;
        second[k][j] = 0.999 * second[k][j] + 0.001 * g * g;
        weights[k][j] -= (0.01 * (first[k][j] / (1 - 0.9 ** step))) / (Math.sqrt(second[k][j] / (1 - 0.999 ** step)) + 1e-8);
      }
  }
  return weights;
}

const BARS = [0.5, 0.6, 0.7, 0.8, 0.9];
const lost = (expected, actual) => expected === 'neutral' && (actual === 'same' || actual === 'superseded');
const pct = (count, total) => `${((100 * count) / total).toFixed(1)}%`;
console.log(`training stream pairs: ${streamPairs.length}${withStreams ? '' : ' (--no-streams)'}`);
for (const name of measure) {
  const weights = train([...Object.entries(pairs).flatMap(([other, rows]) => (other === name ? [] : rows)), ...streamPairs]);
  const rows = pairs[name];
  const tally = { rules: [0, 0], head: [0, 0], bars: BARS.map(() => [0, 0]) };
  for (const row of rows) {
    const p = probabilities(weights, features(row));
    const best = p.indexOf(Math.max(...p));
    const head = OUTCOMES[best];
    const outcomes = [row.rules, head, ...BARS.map((bar) => (row.undecided && p[best] >= bar ? head : row.rules))];
    [tally.rules, tally.head, ...tally.bars].forEach((count, index) => {
      count[0] += outcomes[index] === row.expected ? 1 : 0;
      count[1] += lost(row.expected, outcomes[index]) ? 1 : 0;
    });
  }
  const cell = ([right, facts]) => `${pct(right, rows.length)} (lost ${facts})`;
  console.log(
    `${name} (${rows.length} pairs): rules ${cell(tally.rules)}; head alone ${cell(tally.head)}; rules + head at ${BARS.map((bar, index) => `${bar} ${cell(tally.bars[index])}`).join(', ')}`,
  );
}
await encoder.close();
