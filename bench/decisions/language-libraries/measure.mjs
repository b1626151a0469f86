// Experiment, not shipped: the hand-written suffix stripper of the offline rules (`stemWord`) against the lemmas of
// two well-kept language libraries, wink-nlp (with wink-eng-lite-web-model) and compromise, on the development and
// training pairs and the five training streams (sentence encoder, offline). Needs the libraries installed and
// stem-word-lemma.patch applied and built (README.md); each mode runs in its own process (CM_LEMMA). Never reads a
// sealed set. Usage: node bench/decisions/language-libraries/measure.mjs [--cost-only]
import { execFileSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const decisions = join(here, '..');
const MODES = ['', 'wink', 'wink+stem', 'compromise', 'compromise+stem'];

function run(script, args, mode) {
  return execFileSync(process.execPath, [join(decisions, script), ...args], {
    env: { ...process.env, CM_LEMMA: mode },
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
}

for (const mode of process.argv.includes('--cost-only') ? [] : MODES) {
  console.log(`== ${mode === '' ? 'shipped suffix stripper' : mode}`);
  for (const set of ['dev', 'train']) {
    const out = run('dev-report.mjs', [set, '--encoder', '--quiet'], mode);
    console.log(
      out
        .split('\n')
        .filter((line) => /^(dev|train):|^per label/.test(line))
        .join('\n'),
    );
  }
  const streams = run('stream-report.mjs', ['--quiet'], mode);
  console.log(
    streams
      .split('\n')
      .filter((line) => line.includes('decisions'))
      .join('\n'),
  );
}

// What each library costs to read a word the first time (a lemma is kept per word after that).
const words = 'lives living moved children better went left quitting married flights allergic working teacher cycling bought'.split(' ');
const libs = process.env.CM_LIBS ?? '/tmp/language-libraries/node_modules';
const require = createRequire(import.meta.url);
let start = performance.now();
const wink = require(join(libs, 'wink-nlp'))(require(join(libs, 'wink-eng-lite-web-model')));
const winkLoad = performance.now() - start;
start = performance.now();
for (let round = 0; round < 100; round++) for (const word of words) wink.readDoc(word).tokens().out(wink.its.lemma);
const winkWord = ((performance.now() - start) / (100 * words.length)) * 1000;
start = performance.now();
const loaded = require(join(libs, 'compromise'));
const compromise = loaded.default ?? loaded;
const compromiseLoad = performance.now() - start;
start = performance.now();
for (let round = 0; round < 100; round++)
  for (const word of words) {
    const doc = compromise(word);
    doc.compute('root');
    doc.json();
  }
const compromiseWord = ((performance.now() - start) / (100 * words.length)) * 1000;
console.log(
  `wink-nlp: load ${winkLoad.toFixed(0)} ms, ${winkWord.toFixed(1)} µs a word; compromise: load ${compromiseLoad.toFixed(0)} ms, ${compromiseWord.toFixed(1)} µs a word`,
);
