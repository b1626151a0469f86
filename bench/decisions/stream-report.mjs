// For reading the offline rules on the training streams: runs them (sentence encoder when built, else
// hashing; offline, or with the perfect model) and prints each wrong decision, each memory archived that
// the statement does not speak of (with the decision that archived it) and each question not answered
// in the top 3 (with --outranked, each question whose answer a stale or someone else's fact outranked). Never
// reads the sealed streams: those are measured once, by bench/decisions.bench.mjs.
// Usage: node bench/decisions/stream-report.mjs [stream name …] [--model] [--hashing] [--quiet] [--outranked]
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadStreamUsers, perfectChat, runStream, summarizeStream, TRAINING_STREAMS } from '../lib/decision-eval.mjs';
import { inMemoryService } from '../lib/in-memory-service.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const root = join(here, '..', '..');
const require = createRequire(join(root, 'packages', 'service', 'package.json'));
const { HashingEmbeddingProvider } = require('./dist/index.cjs');

const args = process.argv.slice(2);
const withModel = args.includes('--model');
const quiet = args.includes('--quiet');
const showOutranked = args.includes('--outranked');
const names = args.filter((arg) => !arg.startsWith('--'));
for (const name of names)
  if (!(name in TRAINING_STREAMS)) throw new Error(`no training stream "${name}"; one of: ${Object.keys(TRAINING_STREAMS).join(', ')}`);

async function embedding() {
  if (!args.includes('--hashing')) {
    try {
      const encoder = require(join(root, 'packages', 'sentence-encoder', 'dist', 'index.cjs'));
      return { name: 'sentence encoder', provider: await encoder.SentenceEncoderEmbeddingProvider.create() };
    } catch (error) {
      console.log(`sentence encoder not built (${error.message}): hashing`);
    }
  }
  return { name: 'hashing', provider: new HashingEmbeddingProvider({ dimensions: 384 }) };
}

const { name: embedder, provider } = await embedding();
const pct = (value) => `${(value * 100).toFixed(1)}%`;
for (const [name, [folder, files]] of Object.entries(TRAINING_STREAMS)) {
  if (names.length > 0 && !names.includes(name)) continue;
  const users = loadStreamUsers(files.map((file) => join(here, folder, file)));
  const result = await runStream(users, async (extra) =>
    inMemoryService(provider, { now: extra.now, chat: withModel ? perfectChat(extra.labelOf) : undefined }),
  );
  const summary = summarizeStream(result);
  if (!quiet) {
    for (const row of result.rows) {
      const where = `${row.user}#${row.step}`;
      if (row.actual !== row.expected) console.log(`${where}: ${row.expected} -> ${row.actual} "${row.text}" :: ${row.reason ?? ''}`);
      for (const archived of row.archivedNotMeant)
        console.log(`${where}: archived, not meant: "${archived.text}" by "${row.text}" :: ${archived.reason ?? ''}`);
    }
    if (showOutranked)
      for (const question of result.questions.filter((asked) => asked.outranked))
        console.log(`${question.user}: outranked: "${question.question}" :: ${question.top.join(' | ')}`);
    for (const question of summary.missedQuestions)
      console.log(
        `${question.user}: not in the top 3: "${question.question}" :: ${question.top.join(' | ')} :: wanted: ${question.answers.join(' | ')}`,
      );
  }
  console.log(
    `\n${name} (${embedder}${withModel ? ', perfect model' : ', offline'}): decisions ${pct(summary.accuracy)}, lost facts ${summary.lostFacts}, archived not meant ${summary.wronglyArchived}, left current ${summary.leftCurrent}, recall@3 ${pct(summary.recallAt3)}, outranked ${summary.outranked}, model calls mean ${summary.llmMean.toFixed(2)}\n`,
  );
}
