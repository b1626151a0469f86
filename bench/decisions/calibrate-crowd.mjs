// Measures how often the offline rules' "neutral" reading of a pair is right, by whether the pair stands
// out from the add's other similar memories (its similarity at least the margin above every other's), on
// the candidates the search finds in the training streams: the development stream and the training
// look-alike streams, with a model that answers from the labels (so the memories current at each step
// are the ones a good pipeline keeps), with both embedders. CROWDED_NEUTRAL_CONFIDENCE in
// packages/service/src/classification/neutral-in-a-crowd.ts comes from here. Never reads the sealed sets.
// Usage: node bench/decisions/calibrate-crowd.mjs [margin] (after building the service and the sentence encoder)
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { perfectChat, runStream } from '../lib/decision-eval.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const root = join(here, '..', '..');
const require = createRequire(join(root, 'packages', 'service', 'package.json'));
const { MemoryService, HashingEmbeddingProvider, HeuristicPairJudge } = require('./dist/index.cjs');
const { InMemoryVectorStore } = require('@casual-memory/memory-vector');
const { InMemoryConflictStore } = require('@casual-memory/memory-conflicts');

const margin = Number(process.argv[2] ?? 0.1);
const usersOf = (files) => files.flatMap((file) => require(join(here, file)).users);
const streams = {
  development: usersOf(['stream/stream.json']),
  'training look-alikes': usersOf(['train-recall/set-m.json', 'train-recall/set-n.json']),
};
const embedders = [['hashing', new HashingEmbeddingProvider({ dimensions: 384 })]];
try {
  const encoder = require(join(root, 'packages', 'sentence-encoder', 'dist', 'index.cjs'));
  embedders.push(['sentence encoder', await encoder.SentenceEncoderEmbeddingProvider.create()]);
} catch (error) {
  console.log(`sentence encoder not measured: ${error.message}`);
}

const judge = new HeuristicPairJudge();
const tally = () => ({ pairs: 0, right: 0 });
const total = { alone: tally(), standsOut: tally(), crowded: tally() };
console.log(
  `neutral readings of the rules, by whether the pair stands out by ${margin}\nstream / embedder                       lone pair          stands out         among near-equals`,
);
for (const [embedderName, embedding] of embedders) {
  for (const [streamName, users] of Object.entries(streams)) {
    const counts = { alone: tally(), standsOut: tally(), crowded: tally() };
    const vectorStore = new InMemoryVectorStore({ dimensions: embedding.dimensions });
    // Each add's candidates, as the search returned them.
    const searched = [];
    const search = vectorStore.findSimilarMemories.bind(vectorStore);
    vectorStore.findSimilarMemories = async (...args) => {
      const found = await search(...args);
      searched.push(found);
      return found;
    };
    let labelOf;
    await runStream(users, async (extra) => {
      labelOf = extra.labelOf;
      const service = new MemoryService({
        vectorStore,
        conflictStore: new InMemoryConflictStore(),
        embedding,
        chat: perfectChat((earlier, later) => labelOf(earlier, later)),
        now: extra.now,
      });
      // Each candidate is read once the add is done, against the statement it was found for.
      const add = service.add.bind(service);
      service.add = async (input) => {
        searched.length = 0;
        const result = await add(input);
        const candidates = searched[0] ?? [];
        for (const similar of candidates) {
          const verdict = await judge.judge(similar.memory, { text: input.text }, similar.score);
          if (verdict.outcome !== 'neutral') continue;
          const others = candidates.filter((other) => other.id !== similar.id).map((other) => other.score);
          const kind = others.length === 0 ? 'alone' : similar.score - Math.max(...others) >= margin ? 'standsOut' : 'crowded';
          counts[kind].pairs++;
          if (labelOf(similar.memory.text, input.text) === 'neutral') counts[kind].right++;
        }
        return result;
      };
      return { service, close: async () => {} };
    });
    const cell = ({ pairs, right }) => `${right}/${pairs} ${pairs === 0 ? '-' : `${((right / pairs) * 100).toFixed(1)}%`}`.padEnd(19);
    console.log(`${`${streamName} / ${embedderName}`.padEnd(40)}${cell(counts.alone)}${cell(counts.standsOut)}${cell(counts.crowded)}`);
    for (const kind of Object.keys(total)) {
      total[kind].pairs += counts[kind].pairs;
      total[kind].right += counts[kind].right;
    }
  }
}
const share = ({ pairs, right }) => (pairs === 0 ? 0 : right / pairs);
console.log(
  `all: lone ${(share(total.alone) * 100).toFixed(1)}%, stands out ${(share(total.standsOut) * 100).toFixed(1)}%, among near-equals ${(share(total.crowded) * 100).toFixed(1)}% of ${total.crowded.pairs} (Laplace-smoothed ${((total.crowded.right + 1) / (total.crowded.pairs + 2)).toFixed(3)})`,
);
process.exit(0);
