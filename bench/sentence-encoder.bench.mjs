// SentenceEncoderEmbeddingProvider (Universal Sentence Encoder lite) on each TensorFlow.js backend that
// installs here, against the hashing embedder (HashingEmbeddingProvider, the zero-dependency fallback)
// in the same run. Each embedder runs in a fresh process (sentence-encoder.child.mjs), so load time and
// resident memory are its own: load (import + weights + a first run), embedDocuments of the benchmark
// sentences (the first 436 distinct statements of the two labelled write-decision sets), one-sentence
// embedQuery latency, RSS.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const SENTENCES = 436;
const REMEMBER_ROUNDS = 5;
// [variant, label, passes, sentences]: the plain-JavaScript backend gets a quarter of the sentences,
// which at its pace still takes longer than the others' whole set.
const VARIANTS = [
  ['hashing', 'HashingEmbeddingProvider (service), the baseline', 3, SENTENCES],
  ['wasm', 'sentence encoder, `wasm` backend with SIMD (the default)', 3, SENTENCES],
  ['wasm-no-simd', 'sentence encoder, `wasm` backend without SIMD', 1, SENTENCES],
  ['cpu', 'sentence encoder, `cpu` backend (plain JavaScript)', 1, SENTENCES / 4],
];

function benchSentences() {
  const texts = new Set();
  for (const path of [
    join(here, '..', 'packages', 'service', 'test', 'offline', 'fixtures', 'write-decisions.json'),
    join(here, 'decisions', 'dev-set.json'),
  ]) {
    for (const { earlier, later } of JSON.parse(readFileSync(path, 'utf8')).cases) texts.add(earlier).add(later);
  }
  return [...texts].slice(0, SENTENCES);
}

/** CPU seconds of this process's finished children (Linux: cutime + cstime of /proc/self/stat, in ticks of 1/100 s). */
function childCpuSeconds() {
  const fields = readFileSync('/proc/self/stat', 'utf8').split(') ')[1].split(' ');
  return (Number(fields[13]) + Number(fields[14])) / 100;
}

/**
 * `casual-memory remember` as a user runs it, a fresh process each time, with each offline embedder:
 * the first statement into a new data folder, then a second one. Interleaved rounds; wall time and the
 * CPU time the process used (less sensitive to other work on the machine).
 */
function rememberAsAProcess(dir, rounds) {
  const bin = join(here, '..', 'packages', 'cli', 'dist', 'bin.js');
  const cases = [
    ['hashing', ['--embedder', 'hashing']],
    ['sentence-encoder', []],
  ];
  const samples = Object.fromEntries(cases.map(([name]) => [name, { first: [], second: [] }]));
  for (let round = 0; round < rounds; round++) {
    for (const [name, flags] of cases) {
      const dataDir = join(dir, `${name}-${round}`);
      for (const [step, text] of [
        ['first', 'I live in London'],
        ['second', 'I moved to Lisbon last month'],
      ]) {
        const cpuBefore = childCpuSeconds();
        const start = performance.now();
        execFileSync(process.execPath, [bin, 'remember', text, '--data-dir', dataDir, ...flags], { encoding: 'utf8' });
        samples[name][step].push({ wall: (performance.now() - start) / 1000, cpu: childCpuSeconds() - cpuBefore });
      }
    }
  }
  const median = (values) => values.sort((a, b) => a - b)[Math.floor(values.length / 2)];
  return cases.map(([name]) => {
    const { first, second } = samples[name];
    const cell = (runs) => `${median(runs.map((r) => r.wall)).toFixed(2)} s wall, ${median(runs.map((r) => r.cpu)).toFixed(2)} s CPU`;
    console.log(`  remember (${name}): first ${cell(first)}; second ${cell(second)}`);
    return `| \`casual-memory remember\`${name === 'hashing' ? ' --embedder hashing' : ' (default: sentence encoder)'} | ${cell(first)} | ${cell(second)} |`;
  });
}

export async function run() {
  const loadAtStart = loadavg()[0];
  const dir = mkdtempSync(join(tmpdir(), 'sentence-encoder-bench-'));
  const sentences = benchSentences();
  const results = new Map();
  let remember = [];
  try {
    for (const [variant, , rounds, count] of VARIANTS) {
      const sentencesPath = join(dir, `${variant}.json`);
      writeFileSync(sentencesPath, JSON.stringify(sentences.slice(0, count)));
      const output = execFileSync(process.execPath, [join(here, 'sentence-encoder.child.mjs'), variant, sentencesPath, String(rounds)], {
        encoding: 'utf8',
        maxBuffer: 1 << 20,
      });
      const result = JSON.parse(output.trim().split('\n').at(-1));
      console.log(`  ${variant}: ${JSON.stringify(result)}`);
      results.set(variant, result);
    }
    remember = rememberAsAProcess(dir, REMEMBER_ROUNDS);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  const hashing = results.get('hashing');
  const rows = VARIANTS.map(([variant, label, rounds, count]) => {
    const r = results.get(variant);
    const ratio = variant === 'hashing' ? '1' : `1/${(hashing.perSecond / r.perSecond).toFixed(0)}`;
    const time = `${(r.embedMs / 1000).toFixed(2)} s for ${count} (${rounds === 1 ? 'one pass' : `median of ${rounds}`})`;
    return `| ${label} | ${(r.loadMs / 1000).toFixed(2)} s | ${r.firstMs.toFixed(0)} ms | ${time} | ${r.perSecond.toFixed(0)} | ${ratio} | ${r.singleMs.toFixed(1)} ms | ${r.rssMiB.toFixed(0)} MiB |`;
  });
  return `## Sentence encoder: load, throughput and memory per backend

\`pnpm bench sentence-encoder\`. Each row is a fresh Node process (bench/sentence-encoder.child.mjs) embedding
the same ${SENTENCES} sentences (the first distinct statements of the two labelled write-decision sets) with
\`embedDocuments\` (batches of the default size, sorted by length). Load is import + reading the weights
+ building the graph + the test run \`create()\` makes; "single" is one \`embedQuery\`, median of 15.
Throughput is against the hashing embedder measured in the same run. The \`cpu\` backend embeds the first
${SENTENCES / 4} of the sentences only (its pace would make the full set take minutes). Load average at the start:
${loadAtStart.toFixed(1)} on ${cpus().length} cores (other work on the machine slows every row alike).

| embedder | load | first call | embedDocuments | sentences/s | vs hashing | single | RSS after |
| --- | --- | --- | --- | --- | --- | --- | --- |
${rows.join('\n')}

The command as a process (\`packages/cli/dist/bin.js\`, SQLite files in a new data folder), median of
${REMEMBER_ROUNDS} interleaved rounds: the first statement into a new folder, then a second one, which the sentence
encoder loads the model for again (each command is a new process). CPU counts every thread of the process.

| command | first statement | second statement |
| --- | --- | --- |
${remember.join('\n')}
`;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) console.log(await run());
