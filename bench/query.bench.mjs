// MemoryService.query: what ordering the hits for a question costs (reading who each hit is about, the
// attribute asked for, newer statements that may replace older ones, and changes pulled in from past
// topK), against the store search a query cannot avoid. In-memory stores, an embedding that answers
// instantly (vectors computed once beforehand), real statements and questions from the training streams.
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const require = createRequire(join(here, '..', 'packages', 'service', 'package.json'));
const { MemoryService, HashingEmbeddingProvider } = require('./dist/index.cjs');
const { InMemoryVectorStore } = require('@casual-memory/memory-vector');
const { InMemoryConflictStore } = require('@casual-memory/memory-conflicts');

const DIMENSIONS = 384;
const TOP_K = 3;
const WARMUP_PASSES = 1;
const PASSES = 5;
const USER = 'bench-user';

/** The training streams' statements (all of one user here) and their questions. */
function trainingStreams() {
  const users = ['set-w.json', 'set-x.json'].flatMap((file) => require(join(here, 'decisions', 'train-streams', file)).users);
  users.push(...require(join(here, 'decisions', 'stream', 'stream.json')).users);
  return {
    statements: users.flatMap((user) => user.statements.map((statement) => statement.text)),
    questions: users.flatMap((user) => user.questions.map((question) => question.question)),
  };
}

/**
 * An embedding provider that looks vectors up: the time of a real model is not what is measured here. A text
 * not computed beforehand (the words a question asks about, searched again) is embedded on first sight, in the
 * untimed pass, and kept.
 */
function instantEmbedding(vectors, hashing, counts) {
  const lookUp = (text) => {
    const vector = vectors.get(text);
    if (vector === undefined) throw new Error(`no vector for ${text}`);
    return vector;
  };
  return {
    dimensions: DIMENSIONS,
    modelId: 'bench-instant',
    similarityFloor: 0.5,
    recallFloor: -1,
    embedDocuments: async (texts) => texts.map(lookUp),
    embedQuery: async (text) => {
      counts.embedded += 1;
      if (!vectors.has(text)) vectors.set(text, await hashing.embedQuery(text));
      return lookUp(text);
    },
  };
}

const quantile = (values, q) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))];
};

export async function run() {
  const { statements, questions } = trainingStreams();
  const hashing = new HashingEmbeddingProvider({ dimensions: DIMENSIONS });
  const texts = [...new Set([...statements, ...questions])];
  const embedded = await hashing.embedDocuments(texts);
  const vectors = new Map(texts.map((text, i) => [text, embedded[i]]));

  const vectorStore = new InMemoryVectorStore({ dimensions: DIMENSIONS });
  await vectorStore.addMany(statements.map((text) => ({ vector: vectors.get(text), memory: { text, type: 'fact', userId: USER } })));
  const counts = { embedded: 0 };
  const embedding = instantEmbedding(vectors, hashing, counts);
  const service = new MemoryService({ vectorStore, conflictStore: new InMemoryConflictStore(), embedding });

  // The floor: the one store call a query makes, as many hits as the query reads (topK + 10 past it).
  const floorOptions = { topK: TOP_K + 10, minScore: -1, filter: {} };
  const queryMs = [];
  const floorMs = [];
  let searchedTwice = 0;
  for (let pass = 0; pass < WARMUP_PASSES + PASSES; pass++) {
    for (const question of questions) {
      const vector = vectors.get(question);
      const floorStart = performance.now();
      await vectorStore.search(USER, vector, floorOptions);
      const floor = performance.now() - floorStart;
      const queryStart = performance.now();
      await service.query(USER, question, { topK: TOP_K, minScore: -1 });
      const query = performance.now() - queryStart;
      if (pass < WARMUP_PASSES) {
        searchedTwice += counts.embedded - 1;
        counts.embedded = 0;
        continue;
      }
      floorMs.push(floor);
      queryMs.push(query);
    }
  }
  const overheadMs = queryMs.map((ms, i) => ms - floorMs[i]);
  const fmt = (ms) => ms.toFixed(3);
  return `## MemoryService.query: ordering the hits for a question

\`node bench/run.mjs query\` (after \`pnpm build\`). ${statements.length} statements of the training streams
(\`bench/decisions/train-streams\` and \`bench/decisions/stream\`), all stored for one user in an InMemoryVectorStore, and
their ${questions.length} questions, each asked ${PASSES} times (after ${WARMUP_PASSES} untimed pass), \`topK\` ${TOP_K}. The
embedding answers at once (hashing vectors computed beforehand), so a query is the store search plus the service's
own work: validating the call and ordering the hits (who each is about, the attribute asked for, a newer statement
that may replace an older one, changes pulled in from past \`topK\`), with the statement cache of 512 analyses
turning over as it does in use. The **floor**, the baseline measured in the same run (interleaved, question by
question), is the first store search the query makes (${TOP_K} + 10 hits). Each question makes a second one that
includes archived memories, to follow a close one that was replaced to what replaced it; the ${questions.length}
questions make ${searchedTwice} embeddings more in each pass (by the words a question asks about, when no hit of the first
search holds them all, or in the first person), each with its own searches. All of those count in the query's
time, not the floor's. (Every statement is stored as current here, so no replacement is looked up.)

| | p50 (ms) | p95 (ms) |
| --- | ---: | ---: |
| floor: the store search alone | ${fmt(quantile(floorMs, 0.5))} | ${fmt(quantile(floorMs, 0.95))} |
| \`query\` | ${fmt(quantile(queryMs, 0.5))} | ${fmt(quantile(queryMs, 0.95))} |
| query − floor, per question | **${fmt(quantile(overheadMs, 0.5))}** | ${fmt(quantile(overheadMs, 0.95))} |
| query / floor (p50) | **${(quantile(queryMs, 0.5) / quantile(floorMs, 0.5)).toFixed(2)}×** | |

Nearly all of that time is reading statements the cache no longer holds (${statements.length} statements against
512 entries; about 0.024 ms each, and a query reads up to ${TOP_K} + 10 hits). With every statement's analysis
kept (a 4,096-entry cache, tried by hand on 2026-12-04), the same run gave 0.007 ms p50 over the floor. The cache
stays at 512 entries (about 1.9 KB each, so under 1 MB): how large it should be for stores of many users is a
choice left open. Reading a statement took about 0.04 ms before the offline reader skipped the passes a text
cannot match (2026-12-04, second session); measured by hand on this machine, two runs each, before / after:
query − floor p50 0.309 and 0.325 ms / 0.253 and 0.238 ms, p95 1.008 and 1.040 ms / 0.504 and 0.475 ms.
The bonus for how late a hit was said (2026-12-05, second session) costs nothing measurable: by hand, on the
machine of the table above, two runs each, before / after: query − floor p50 0.292 and 0.307 ms / 0.292 and
0.303 ms.
The wider margin for a newer statement read as a change (2026-12-05, third session) costs nothing measurable
either: by hand, on this machine, two runs each, before / after: query − floor p50 0.334 and 0.342 ms / 0.322
and 0.335 ms.
The search by the words a question asks about (2026-12-06) is a second store search and a second reading of
its hits for the questions it is made for: by hand, on this machine, before / after: query − floor p50 0.410 /
0.523 ms, p95 0.698 / 0.978 ms. With the sentence encoder it also embeds those words, one more \`embedQuery\`
(about 7 ms; see the sentence encoder's section).
The second search, through archived memories to what replaced them (2026-12-06, later), by hand on this machine,
before / after: query − floor p50 0.523 / 0.680 ms, p95 0.978 / 1.326 ms.
`;
}
