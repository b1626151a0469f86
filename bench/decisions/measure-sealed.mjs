// Measures a set of sealed pairs (bench/decisions/sealed-v2: 355 pairs, sealed-v3 and sealed-v4: 320 pairs each, each
// written without the rules on 2026-12-02, sealed-v5: 320 pairs written on 2026-12-03, sealed-v6: 320 pairs written on
// 2026-12-04, sealed-v7 to sealed-v12: 320 pairs each written on 2026-12-05; each committed before the changes it measures,
// v9 before it was measured on the code of the day's sixth session and of the session before): the service's
// shipped judge with each embedder, offline and with a chat model that answers from the labels, and the
// pair-model experiment (bench/decisions/pair-model) the same ways. Each set is measured once per change
// it was sealed for; nothing is tuned on them. Usage: node bench/decisions/measure-sealed.mjs v2|v3|v4|v5|v6|v7|v8|v9|v10|v11|v12
// (after building the service and the sentence encoder)
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { calibrationBands, loadPairSet, OUTCOMES, perfectChatForPairs, runPairs, summarizePairs } from '../lib/decision-eval.mjs';
import { inMemoryService } from '../lib/in-memory-service.mjs';
import { loadPairModel } from './pair-model/load-pair-model.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const root = join(here, '..', '..');
const require = createRequire(join(root, 'packages', 'service', 'package.json'));
const { HashingEmbeddingProvider } = require('./dist/index.cjs');
const { SentenceEncoderEmbeddingProvider } = createRequire(import.meta.url)(
  join(root, 'packages', 'sentence-encoder', 'dist', 'index.cjs'),
);
const { PairModelJudge } = loadPairModel();

const SETS = {
  v2: ['set-c.json', 'set-d.json'],
  v3: ['set-e.json', 'set-f.json'],
  v4: ['set-g.json', 'set-h.json'],
  v5: ['set-i.json', 'set-j.json'],
  v6: ['set-s.json', 'set-t.json'],
  v7: ['set-s.json', 'set-t.json'],
  v8: ['set-u.json', 'set-v.json'],
  v9: ['set-a.json', 'set-b.json'],
  v10: ['set-a.json', 'set-b.json'],
  v11: ['set-a.json', 'set-b.json'],
  v12: ['set-a.json', 'set-b.json'],
};
const version = process.argv[2] ?? 'v3';
if (!Object.hasOwn(SETS, version)) throw new Error(`usage: measure-sealed.mjs ${Object.keys(SETS).join('|')}`);
const cases = SETS[version].flatMap((file) => loadPairSet(join(here, `sealed-${version}`, file)));
const pct = (value) => `${(value * 100).toFixed(1)}%`;
const embedders = [
  ['hashing', new HashingEmbeddingProvider({ dimensions: 384 })],
  ['sentence encoder', await SentenceEncoderEmbeddingProvider.create()],
];
console.log(`sealed ${version}: ${cases.length} pairs`);
for (const [judgeName, judgeFor] of [
  ['shipped rules', () => undefined],
  ['pair-model experiment', (embedding) => new PairModelJudge({ embedderModelId: embedding.modelId })],
]) {
  for (const [embedderName, embedding] of embedders) {
    for (const withModel of [false, true]) {
      const chat = withModel ? perfectChatForPairs(cases) : undefined;
      const rows = await runPairs(cases, async () => inMemoryService(embedding, { chat, judge: judgeFor(embedding) }));
      const s = summarizePairs(rows);
      const bands = calibrationBands(rows)
        .map((band) => `[${band.from}, ${band.to}) ${band.count} ${pct(band.precision)}`)
        .join('; ');
      console.log(
        `| ${judgeName} | ${embedderName} | ${withModel ? 'perfect model' : 'offline'} | **${pct(s.accuracy)}** | ${OUTCOMES.map((o) => pct(s.perLabel[o])).join(' | ')} | ${s.lostFacts.length} | ${s.llmMedian} / ${s.llmMean.toFixed(2)} |`,
      );
      console.log(`    bands: ${bands}`);
    }
  }
}
