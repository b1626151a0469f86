// The casual-memory demo: a scripted session through the `casual-memory` command, as a user would
// type it, in a temporary data folder, offline (the sentence encoder, the offline rules, SQLite
// files). Run it with `npm run demo` from the repository root; it prints a transcript.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';

const require = createRequire(import.meta.url);
const cliManifest = require.resolve('@casual-memory/cli/package.json');
const bin = join(dirname(cliManifest), JSON.parse(readFileSync(cliManifest, 'utf8')).bin['casual-memory']);

const dataDir = mkdtempSync(join(tmpdir(), 'casual-memory-demo-'));
const colour = process.stdout.isTTY === true && !process.env.NO_COLOR;
const env = { ...process.env, CASUAL_MEMORY_DATA_DIR: dataDir, ...(colour ? { FORCE_COLOR: '1' } : {}) };
for (const name of [
  'OPENAI_API_KEY',
  'CASUAL_MEMORY_QDRANT_URL',
  'CASUAL_MEMORY_DATABASE_URL',
  'CASUAL_MEMORY_REDIS_URL',
  'CASUAL_MEMORY_OPENAI_BASE_URL',
  'CASUAL_MEMORY_USER',
]) {
  delete env[name];
}

/** Runs the command quietly (for the demo's own bookkeeping). */
const quietly = (...args) => execFileSync(process.execPath, [bin, ...args], { env: { ...env, FORCE_COLOR: '0' }, encoding: 'utf8' });

/** Runs the command and prints it with its output, as a terminal would show it. */
function run(comment, ...args) {
  const shown = args.map((arg) => (/^[\w.:-]+$/.test(arg) ? arg : JSON.stringify(arg))).join(' ');
  console.log(`$ casual-memory ${shown}${comment === '' ? '' : `   # ${comment}`}`);
  process.stdout.write(execFileSync(process.execPath, [bin, ...args], { env, encoding: 'utf8' }));
  console.log();
}

try {
  console.log('casual-memory demo: a scripted session through the `casual-memory` command, offline,');
  console.log('with its data in a temporary folder (CASUAL_MEMORY_DATA_DIR).\n');

  run('a new fact', 'remember', 'I live in London');
  run('another one', 'remember', 'I like green tea', '--type', 'preference');
  run('the same fact again', 'remember', 'I live in London');
  run('an update: it supersedes London', 'remember', 'I moved to Lisbon');
  run('', 'recall', 'where do I live');
  run('a contradiction: it becomes a conflict', 'remember', 'I live in Porto');
  run('', 'conflicts');
  run('before the user answers: still Lisbon', 'recall', 'where do I live');
  const [conflict] = JSON.parse(quietly('conflicts', '--json')).conflicts;
  run('the user answers: Porto', 'resolve', conflict.id.slice(0, 8), 'keep_b');
  run('after', 'recall', 'where do I live');
  run('what was superseded, and by what', 'history');
  run('', 'stats');
  console.log('Every command also takes --json; `casual-memory --help` lists them all.');
} finally {
  rmSync(dataDir, { recursive: true, force: true });
}
