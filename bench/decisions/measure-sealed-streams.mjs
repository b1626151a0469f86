// Measures a set of sealed streams (bench/decisions/sealed-streams-v3: four simulated users of 80 statements
// each, written blind on 2026-12-05 in the voice of a chat user; sealed-streams-v4: two users of 100 statements,
// written blind on 2026-12-06; sealed-streams-v5: two more, written blind on 2026-12-06 in the eleventh session;
// each committed before the readings they measure, v5 after the first two of that session's):
// the shipped service with each embedder, offline and with a chat model that answers from the labels. It
// prints only figures, never a statement: the streams are measured, not read. The decisions bench
// (bench/decisions.bench.mjs) measures them too, beside the older sealed streams.
// Usage: node bench/decisions/measure-sealed-streams.mjs v3|v4|v5|recall (recall: the sealed recall streams, a later look) (after building the service and the sentence encoder)
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadStreamUsers, perfectChat, runStream, summarizeStream } from '../lib/decision-eval.mjs';
import { inMemoryService } from '../lib/in-memory-service.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const root = join(here, '..', '..');
const require = createRequire(join(root, 'packages', 'service', 'package.json'));
const { HashingEmbeddingProvider } = require('./dist/index.cjs');

const SETS = {
  v3: ['sealed-streams-v3', ['set-a.json', 'set-b.json']],
  v4: ['sealed-streams-v4', ['set-s1.json', 'set-s2.json']],
  v5: ['sealed-streams-v5', ['set-s1.json', 'set-s2.json']],
  recall: ['sealed-recall', ['set-k.json', 'set-l.json']],
};
const name = process.argv[2];
if (!(name in SETS)) throw new Error(`usage: measure-sealed-streams.mjs ${Object.keys(SETS).join('|')}`);
const [folder, files] = SETS[name];
const users = loadStreamUsers(files.map((file) => join(here, folder, file)));

const embedders = [{ name: 'hashing', provider: new HashingEmbeddingProvider({ dimensions: 384 }) }];
try {
  const encoder = require(join(root, 'packages', 'sentence-encoder', 'dist', 'index.cjs'));
  embedders.push({ name: 'sentence encoder', provider: await encoder.SentenceEncoderEmbeddingProvider.create() });
} catch (error) {
  console.log(`sentence encoder not measured: ${error.message}`);
}

const pct = (value) => `${(value * 100).toFixed(1)}%`;
console.log(`sealed streams ${name}: ${users.length} users, ${users.reduce((sum, user) => sum + user.statements.length, 0)} statements`);
console.log(
  '| embedder | mode | decisions | lost facts | archived not meant | left current | recall@3 | outranked | model calls median / mean |',
);
console.log('| --- | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |');
for (const { name: embedder, provider } of embedders) {
  for (const withModel of [false, true]) {
    const result = await runStream(users, async (extra) =>
      inMemoryService(provider, { now: extra.now, chat: withModel ? perfectChat(extra.labelOf) : undefined }),
    );
    const s = summarizeStream(result);
    console.log(
      `| ${embedder} | ${withModel ? 'perfect model' : 'offline'} | **${pct(s.accuracy)}** | ${s.lostFacts} | ${s.wronglyArchived} | ${s.leftCurrent} | ${pct(s.recallAt3)} | ${s.outranked} | ${s.llmMedian} / ${s.llmMean.toFixed(2)} |`,
    );
  }
}
