import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import { EXIT_CODES, runCli } from '@casual-memory/cli';

// runCli in-process, with streams that say they are a terminal: what the subprocess tests cannot see.

class FakeTerminal extends PassThrough {
  readonly isTTY = true;
  readonly columns = 100;
  text = '';
  constructor() {
    super();
    this.on('data', (chunk: Buffer) => {
      this.text += chunk.toString('utf8');
    });
  }
}

let dataDir = '';
beforeEach(() => {
  dataDir = mkdtempSync(join(tmpdir(), 'casual-memory-run-cli-'));
});
afterEach(() => rmSync(dataDir, { recursive: true, force: true }));

async function run(argv: string[], env: NodeJS.ProcessEnv = {}) {
  const stdout = new FakeTerminal();
  const stderr = new FakeTerminal();
  const code = await runCli([...argv, '--data-dir', dataDir], { stdout, stderr, env });
  return { code, stdout: stdout.text, stderr: stderr.text };
}

it('colours a terminal, unless NO_COLOR or TERM=dumb', async () => {
  expect((await run(['remember', 'I live in London'])).stdout).toContain('\u001b[32madded');
  expect((await run(['recall', 'where do I live'], { NO_COLOR: '1' })).stdout).not.toContain('\u001b[');
  expect((await run(['recall', 'where do I live'], { TERM: 'dumb' })).stdout).not.toContain('\u001b[');
});

it('draws a progress bar on a terminal while importing, and clears it', async () => {
  const file = join(dataDir, 'facts.jsonl');
  writeFileSync(file, ['I live in London', 'I like tea', 'I have a cat'].map((text) => JSON.stringify({ text })).join('\n'));
  const imported = await run(['import', file]);
  expect(imported.code).toBe(EXIT_CODES.ok);
  expect(imported.stderr).toMatch(/\r\[#*-*\] \d\/3 \d imported/);
  expect(imported.stderr.endsWith('\r\u001b[K')).toBe(true);
  expect(imported.stdout).toContain('imported\u001b[39m 3 of 3 lines');
  // Not with --json: stdout is one document and stderr stays quiet.
  expect((await run(['import', file, '--json'])).stderr).toBe('');
});

it('resolves to the exit code instead of throwing', async () => {
  expect((await run(['forget', 'nothing-like-this'])).code).toBe(EXIT_CODES.notFound);
  expect((await run(['no-such-command'])).code).toBe(EXIT_CODES.usage);
});
