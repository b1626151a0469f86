import { existsSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { cli, cliJson, ensureBuilt, removeTempDirs, snapshot, tempDir } from './run-built-cli';

// Bad input gives one line on stderr and a documented exit code, never a stack trace, and leaves the
// data folder exactly as it was.

beforeAll(ensureBuilt, 180_000);
afterAll(removeTempDirs);

/** A data folder with one memory and one pending conflict in it. */
function populated(): string {
  const dataDir = tempDir();
  expect(cli(['remember', 'I live in London'], { dataDir }).code).toBe(0);
  expect(cli(['remember', 'I live in Paris'], { dataDir }).code).toBe(0);
  return dataDir;
}

function expectOneLine(stderr: string): void {
  expect(stderr).toMatch(/^casual-memory: [^\n]+\n$/);
  expect(stderr).not.toMatch(/\n\s+at /);
}

describe('usage errors: exit 1', () => {
  it.each([
    [['frobnicate'], "unknown command 'frobnicate'"],
    [['remembr', 'x'], 'Did you mean remember?'],
    [['remember'], "missing required argument 'text'"],
    [['remember', 'x', '--type', 'rumour'], 'Allowed choices are fact, preference, event, goal, weather'],
    [['remember', 'x', '--importance', '2'], 'expected a number from 0 to 1'],
    [['recall', 'x', '--top-k', '0'], 'expected a whole number of 1 or more'],
    [['recall', 'x', '--no-such-option'], "unknown option '--no-such-option'"],
    [['remember', ''], 'nothing to remember: the text is empty'],
    [['remember', '   '], 'nothing to remember: the text is empty'],
    [['recall', ''], 'nothing to recall: the question is empty'],
    [['recall', ' \t'], 'nothing to recall: the question is empty'],
    [['forget', ''], 'no id given: an id needs at least 4 characters'],
    [['remember', 'x', '--tags', 'casual-memory:pending-conflict'], 'reserved'],
    [['--database-url', 'sqlserver://db/x', 'stats'], 'must start with postgres://, mysql:// or mariadb://'],
    [['--dimensions', '768', 'stats'], '--dimensions is for an embedding model'],
  ])('%j', (args, message) => {
    const dataDir = populated();
    const before = snapshot(dataDir);
    const run = cli(args, { dataDir });
    expect(run.code).toBe(1);
    expectOneLine(run.stderr);
    expect(run.stderr).toContain(message);
    expect(run.stdout).toBe('');
    expect(snapshot(dataDir)).toEqual(before);
  });

  it('with --json, the error is also one JSON document on stdout', () => {
    const run = cliJson<{ error: { code: string; message: string; exitCode: number } }>(['remember', ' '], { dataDir: tempDir() });
    expect(run.exitCode).toBe(1);
    expect(run.error).toEqual({ code: 'VALIDATION_ERROR', message: 'nothing to remember: the text is empty', exitCode: 1 });
    const recall = cliJson<{ error: { code: string; message: string; exitCode: number } }>(['recall', ''], { dataDir: tempDir() });
    expect(recall).toMatchObject({
      exitCode: 1,
      error: { code: 'VALIDATION_ERROR', message: 'nothing to recall: the question is empty', exitCode: 1 },
    });
    expect(cliJson(['nope'], { dataDir: tempDir() })).toMatchObject({ exitCode: 1, error: { code: 'USAGE' } });
  });

  it('an empty text is refused before the data folder is made: a read later still finds no folder', () => {
    const dataDir = join(tempDir(), 'not-yet');
    for (const text of ['', '   ']) {
      const run = cli(['remember', text], { dataDir });
      expect(run).toMatchObject({ code: 1, stdout: '', stderr: 'casual-memory: nothing to remember: the text is empty\n' });
      expect(existsSync(dataDir)).toBe(false);
    }
    expect(cli(['recall', 'where do I live'], { dataDir })).toMatchObject({ code: 2, stderr: expect.stringContaining('no data folder') });
    expect(cli(['recall', ''], { dataDir })).toMatchObject({
      code: 1,
      stderr: 'casual-memory: nothing to recall: the question is empty\n',
    });
  });

  it('a text with no letter or digit is refused as the empty one is, before the data folder is made; any script is taken', () => {
    const dataDir = join(tempDir(), 'not-yet');
    for (const text of ['?', '🚛🚛🚛', '...', '!! 🎉 --']) {
      expect({ text, ...cli(['remember', text], { dataDir }) }).toEqual({
        text,
        code: 1,
        stdout: '',
        stderr: 'casual-memory: nothing to remember: the text has no letters or digits\n',
      });
    }
    expect(existsSync(dataDir)).toBe(false);
    expect(cliJson(['remember', '?'], { dataDir })).toMatchObject({
      exitCode: 1,
      error: { code: 'VALIDATION_ERROR', message: 'nothing to remember: the text has no letters or digits', exitCode: 1 },
    });
    // Letters or digits of any script, with emoji around them, are a text.
    for (const text of ['ಬೆಂಗಳೂರು 🚛🚛', '我住在北京 🏠', 'Café à Zürich ☕', '42 🎂']) {
      expect({ text, ...cli(['remember', text], { dataDir }) }).toMatchObject({
        text,
        code: 0,
        stdout: expect.stringContaining(`"${text}"`),
      });
    }
    // An import line of a memory says the same of its text; a chat message of the user's "👍" holds no memory.
    const run = cli(['import', '-'], {
      dataDir,
      input: '{"text": "?"}\n{"text": "ಮೈಸೂರು"}\n{"role": "user", "content": "👍"}\n',
    });
    expect(run.code).toBe(1);
    expect(run.stdout).toContain('imported 1 of 3 lines from -, 1 chat message without a memory, 1 line left out (below)');
    expect(run.stdout).toContain('line 1: "text" has no letters or digits');
    // Nor does a merge take such a text.
    const merge = cli(['resolve', 'abcd1234', 'merge', '--text', '???'], { dataDir });
    expect(merge).toEqual({ code: 1, stdout: '', stderr: 'casual-memory: nothing to merge: --text has no letters or digits\n' });
  });

  it("a question with no letter or digit is refused as remember refuses such a text, in recall's words, not answered with unrelated memories", () => {
    const dataDir = populated();
    for (const question of ['???', '?', '🤔', '... !!']) {
      expect({ question, ...cli(['recall', question], { dataDir }) }).toEqual({
        question,
        code: 1,
        stdout: '',
        stderr: 'casual-memory: nothing to recall: the question has no letters or digits\n',
      });
    }
    expect(cliJson(['recall', '???'], { dataDir })).toMatchObject({
      exitCode: 1,
      error: { code: 'VALIDATION_ERROR', message: 'nothing to recall: the question has no letters or digits', exitCode: 1 },
    });
    // The same exit code as remember gives such a text, and also before a data folder is there.
    expect(cli(['remember', '???'], { dataDir }).code).toBe(1);
    expect(cli(['recall', '???'], { dataDir: join(tempDir(), 'not-yet') }).code).toBe(1);
    // A question in any script, with emoji around it, is a question.
    for (const question of ['where do I live?', 'ಬೆಂಗಳೂರು? 🤔', '42?']) expect(cli(['recall', question], { dataDir }).code).toBe(0);
  });

  it('a text over --max-text-length says how to store it, and the limit it names takes it', () => {
    const dataDir = tempDir();
    const text = 'long day yaar, the bus was late again and the rain did not stop. '.repeat(100).slice(0, 6262);
    expect(cli(['remember', text], { dataDir })).toEqual({
      code: 1,
      stdout: '',
      stderr:
        'casual-memory: the text is 6,262 characters; a memory holds at most 4,000 (--max-text-length): ' +
        'split it into shorter statements, one fact each, or raise the limit (--max-text-length 6262)\n',
    });
    expect(cli(['remember', text, '--max-text-length', '6262'], { dataDir })).toMatchObject({
      code: 0,
      stdout: expect.stringMatching(/^added /),
    });
    const run = cli(['import', '-'], { dataDir, input: `${JSON.stringify({ text: `${text}!` })}\n` });
    expect(run.code).toBe(1);
    expect(run.stdout).toContain(
      'line 1: the text is 6,263 characters; a memory holds at most 4,000 (--max-text-length): split it into shorter statements, one fact each, or raise the limit (--max-text-length 6263)',
    );
  });

  it('an empty or blank --user or $CASUAL_MEMORY_USER is one plain message for every command, before the data folder is made', () => {
    const dataDir = join(tempDir(), 'not-yet');
    const file = join(tempDir(), 'one.jsonl');
    writeFileSync(file, '{"text": "I have a cat"}\n');
    const commands = [
      ['remember', 'I live in London'],
      ['recall', 'where do I live'],
      ['list'],
      ['conflicts'],
      ['resolve', 'abcd1234', 'keep_a'],
      ['history'],
      ['import', file],
      ['export'],
      ['forget', 'abcd1234'],
      ['repair'],
      ['stats'],
    ];
    for (const args of commands) {
      for (const user of ['', '   ']) {
        const flag = cli([...args, '--user', user], { dataDir });
        expect({ args, user, ...flag }).toEqual({
          args,
          user,
          code: 1,
          stdout: '',
          stderr: 'casual-memory: --user must not be empty or only white space\n',
        });
        // The same before the command.
        const before = cli(['--user', user, ...args], { dataDir });
        expect({ args, user, ...before }).toEqual({ args, user, ...flag });
        const env = cli(args, { dataDir, env: { CASUAL_MEMORY_USER: user } });
        expect({ args, user, ...env }).toEqual({
          args,
          user,
          code: 1,
          stdout: '',
          stderr: 'casual-memory: $CASUAL_MEMORY_USER must not be empty or only white space\n',
        });
      }
    }
    expect(cliJson(['remember', 'x', '--user', ' '], { dataDir })).toMatchObject({
      exitCode: 1,
      error: { code: 'USAGE', message: '--user must not be empty or only white space', exitCode: 1 },
    });
    expect(existsSync(dataDir)).toBe(false);
  });

  it('a text that starts with "-" read as an option, or an option after --, is exit 1 with how to write it', () => {
    const dataDir = tempDir();
    const usage = (stderr: string) => ({ code: 1, stdout: '', stderr: `casual-memory: ${stderr}\n` });
    expect(cli(['remember', '-5 degrees today'], { dataDir })).toEqual(
      usage(
        `unknown option '-5 degrees today' (to remember text that starts with "-", put it after --: casual-memory remember -- "-5 degrees today")`,
      ),
    );
    expect(cli(['recall', '-$5 and up'], { dataDir })).toEqual(
      usage(`unknown option '-$5 and up' (to recall text that starts with "-", put it after --: casual-memory recall -- '-$5 and up')`),
    );
    expect(cli(['--data-dir', dataDir, 'remember', '--', 'I live in London', '--user', 'ana'])).toEqual(
      usage(
        `too many arguments for 'remember'. Expected 1 argument but got 3. (everything after -- is read as text, so options go before it)`,
      ),
    );
    // A mistyped option is no text: no hint about "--".
    expect(cli(['remember', 'x', '--tpye', 'fact'], { dataDir }).stderr).toBe(
      "casual-memory: unknown option '--tpye' (Did you mean --type?) (see casual-memory --help)\n",
    );
    // As the hint says, it works (every option before the --).
    expect(cli(['--data-dir', dataDir, 'remember', '--user', 'ana', '--', '-5 degrees today'])).toMatchObject({ code: 0 });
    expect(cli(['--data-dir', dataDir, 'recall', '--user', 'ana', '--', '-5 degrees today']).stdout).toContain('-5 degrees today');
  });

  it('a text of several words not in quotes is exit 1 with the command that quotes it', () => {
    const dataDir = tempDir();
    const usage = (stderr: string) => ({ code: 1, stdout: '', stderr: `casual-memory: ${stderr}\n` });
    expect(cli(['remember', 'I', 'have', 'a', 'cat'], { dataDir })).toEqual(
      usage(
        `too many arguments for 'remember'. Expected 1 argument but got 4. (put the text in quotes: casual-memory remember "I have a cat")`,
      ),
    );
    // Options among the words are no part of the text.
    expect(cli(['recall', 'where', 'do', '--user', 'ana', 'I', 'live'], { dataDir }).stderr).toBe(
      `casual-memory: too many arguments for 'recall'. Expected 1 argument but got 4. (put the text in quotes: casual-memory recall "where do I live")\n`,
    );
    // A command that takes no text gets no such hint.
    expect(cli(['list', 'everything'], { dataDir }).stderr).toContain('(see casual-memory --help)');
  });

  it('a text starting with "-5" and not in quotes gets a hint that works: the quoted text after --', () => {
    const dataDir = tempDir();
    const run = cli(['remember', '-5', 'degrees', 'in', 'Mysuru', 'no', 'way'], { dataDir });
    expect(run).toEqual({
      code: 1,
      stdout: '',
      stderr: `casual-memory: too many arguments for 'remember'. Expected 1 argument but got 6. (put the text in quotes: casual-memory remember -- "-5 degrees in Mysuru no way")\n`,
    });
    // The command the hint gives, as a shell splits it, stores the text.
    expect(cli(['--data-dir', dataDir, 'remember', '--', '-5 degrees in Mysuru no way'])).toMatchObject({
      code: 0,
      stdout: expect.stringContaining('"-5 degrees in Mysuru no way"'),
    });
    // After -- already, unquoted: the words are quoted there too, not taken for options.
    expect(cli(['--data-dir', dataDir, 'recall', '--', '-5', 'degrees']).stderr).toContain(
      '(put the text in quotes: casual-memory recall -- "-5 degrees")',
    );
  });

  it.each([
    ['keepb', 'keep_b'],
    ['keep-a', 'keep_a'],
    ['keepa', 'keep_a'],
    ['KEEP_B', 'keep_b'],
    ['both', 'both_valid'],
    ['bothvalid', 'both_valid'],
    ['marge', 'merge'],
    ['keep_c', ''],
    ['yes', ''],
  ])('resolve <id> %s: a plain message naming the decisions, and the one meant ("%s")', (given, meant) => {
    const dataDir = populated();
    const conflictId = cliJson<{ conflicts: { id: string }[] }>(['conflicts'], { dataDir }).conflicts[0]!.id;
    const before = snapshot(dataDir);
    const run = cli(['resolve', conflictId.slice(0, 8), given], { dataDir });
    expect(run).toEqual({
      code: 1,
      stdout: '',
      stderr: `casual-memory: "${given}" is not a decision: resolve takes keep_a (the earlier), keep_b (the newer), merge (with --text) or both_valid${meant === '' ? '' : `; did you mean ${meant}?`}\n`,
    });
    expect(cliJson(['resolve', conflictId, given], { dataDir })).toMatchObject({ exitCode: 1, error: { code: 'USAGE', exitCode: 1 } });
    expect(snapshot(dataDir)).toEqual(before);
  });

  it('an id shorter than 4 characters is bad input (exit 1), though an id starts with it', () => {
    const dataDir = populated();
    const conflictId = cliJson<{ conflicts: { id: string; memoryAId: string }[] }>(['conflicts'], { dataDir }).conflicts[0]!;
    const before = snapshot(dataDir);
    for (const args of [
      ['resolve', conflictId.id.slice(0, 3), 'keep_a'],
      ['forget', conflictId.memoryAId.slice(0, 3)],
    ]) {
      const run = cli(args, { dataDir });
      expect({ args, ...run }).toEqual({
        args,
        code: 1,
        stdout: '',
        stderr: `casual-memory: an id needs at least 4 characters; ${args[1]} is too short\n`,
      });
      expect(cliJson(args, { dataDir })).toMatchObject({ exitCode: 1, error: { code: 'VALIDATION_ERROR', exitCode: 1 } });
    }
    expect(snapshot(dataDir)).toEqual(before);
    // Four characters are enough.
    expect(cli(['resolve', conflictId.id.slice(0, 4), 'keep_a'], { dataDir }).code).toBe(0);
  });

  it('no command prints a short usage on stderr, not the whole help (exit 1); --help and --version exit 0', () => {
    const none = cli([]);
    expect(none).toMatchObject({ code: 1, stdout: '' });
    expect(none.stderr).toBe(
      'Usage: casual-memory <command> [options]\n' +
        'Commands: remember, recall, list, conflicts, resolve, history, import, export, forget, restore, repair, stats, mcp\n' +
        'casual-memory --help shows every command, option and exit code; casual-memory <command> --help, one command with examples.\n',
    );
    // Options without a command are no command either.
    expect(cli(['--json'], { dataDir: tempDir() })).toMatchObject({ code: 1, stderr: none.stderr });
    const help = cli(['--help']);
    expect(help.code).toBe(0);
    for (const command of ['remember', 'recall', 'list', 'conflicts', 'resolve', 'history', 'import', 'export', 'forget', 'stats']) {
      expect(help.stdout).toContain(`  ${command} `);
    }
    expect(help.stdout).toContain('Examples:');
    expect(help.stdout).toContain('Exit codes: 0 ok');
    const resolveHelp = cli(['resolve', '--help']);
    expect(resolveHelp.stdout).toContain('keep_a, keep_b, merge or both_valid');
    expect(resolveHelp.stdout).toContain('$ casual-memory resolve 1a2b3c4d keep_b');
    expect(cli(['--version'])).toMatchObject({ code: 0, stdout: expect.stringMatching(/^\d+\.\d+\.\d+\n$/) });
  });

  it('a --data-dir that is a file is exit 1', () => {
    const file = join(tempDir(), 'a-file');
    writeFileSync(file, 'x');
    const run = cli(['stats'], { dataDir: file });
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('is not a directory');
  });
});

describe('corrupt data: exit 5, nothing changed', () => {
  it.each([
    ['vectors.sqlite', 'this is not a database, just text that is long enough to have a header........'],
    ['meta.json', '{"format": 99}'],
    ['users.json', '{"not": "a list"}'],
    ['imported-lines.txt', 'not a hash\n'],
  ])('%s holding %s', (file, content) => {
    const dataDir = populated();
    writeFileSync(join(dataDir, file), content);
    const before = snapshot(dataDir);
    const importFile = join(tempDir(), 'one.jsonl');
    writeFileSync(importFile, '{"text": "I have a cat"}\n');
    for (const args of [['remember', 'I have a dog'], ['import', importFile], ['stats'], ['recall', 'where do I live']]) {
      const run = cli(args, { dataDir });
      expect({ args, code: run.code }).toEqual({ args, code: 5 });
      expectOneLine(run.stderr);
    }
    expect(snapshot(dataDir)).toEqual(before);
  });

  it('a conflicts database that is not SQLite', () => {
    const dataDir = populated();
    writeFileSync(join(dataDir, 'conflicts.sqlite'), 'this is not a database, just text that is long enough to have a header........');
    const before = snapshot(dataDir);
    const run = cli(['conflicts'], { dataDir });
    expect(run.code).toBe(5);
    expectOneLine(run.stderr);
    expect(snapshot(dataDir)).toEqual(before);
  });

  it('vectors of another embedder', () => {
    const dataDir = populated();
    writeFileSync(join(dataDir, 'meta.json'), '{"format": 1, "embedder": "openai:text-embedding-3-small:1536"}');
    const before = snapshot(dataDir);
    const run = cli(['recall', 'where do I live'], { dataDir });
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('holds vectors from the embedder openai:text-embedding-3-small:1536, not hashing-384');
    expect(snapshot(dataDir)).toEqual(before);
  });
});

describe('servers that do not answer: exit 4, nothing changed', () => {
  let port = 0;
  beforeAll(async () => {
    // A port the system just handed out and took back: nothing listens there.
    const probe = createServer();
    await new Promise<void>((resolve) => probe.listen(0, '127.0.0.1', resolve));
    port = (probe.address() as { port: number }).port;
    await new Promise((resolve) => probe.close(resolve));
  });

  it.each([
    ['--database-url', 'postgres'],
    ['--database-url', 'mysql'],
    ['--redis-url', 'redis'],
    ['--qdrant-url', 'http'],
  ])('%s %s://', (flag, scheme) => {
    const dataDir = populated();
    const before = snapshot(dataDir);
    const url = `${scheme}://user:secret@127.0.0.1:${port}/${scheme === 'redis' ? '0' : 'db'}`;
    const started = Date.now();
    const run = cli([flag, scheme === 'http' ? `http://127.0.0.1:${port}` : url, '--connect-timeout', '2000', 'remember', 'I have a dog'], {
      dataDir,
    });
    expect(run.code).toBe(4);
    expectOneLine(run.stderr);
    expect(run.stderr).not.toContain('secret');
    expect(Date.now() - started).toBeLessThan(20_000);
    expect(snapshot(dataDir)).toEqual(before);
  });
});

describe('a model server that does not answer', () => {
  it('is exit 4; DEBUG=1 adds the stack trace', () => {
    const dataDir = tempDir();
    const args = ['--openai-base-url', 'http://127.0.0.1:1/v1', '--dimensions', '8', 'remember', 'I have a dog'];
    const run = cli(args, { dataDir });
    expect(run.code).toBe(4);
    expectOneLine(run.stderr);
    const debug = cli(args, { dataDir, env: { DEBUG: '1' } });
    expect(debug.code).toBe(4);
    expect(debug.stderr).toMatch(/\n\s+at /);
  });
});

describe('colour', () => {
  it('is off without a terminal and with NO_COLOR, on with FORCE_COLOR', () => {
    const dataDir = tempDir();
    expect(cli(['remember', 'I live in London'], { dataDir }).stdout).not.toContain('\u001b[');
    expect(cli(['recall', 'where do I live'], { dataDir, env: { FORCE_COLOR: '1' } }).stdout).toContain('\u001b[');
    expect(cli(['recall', 'where do I live'], { dataDir, env: { NO_COLOR: '1' } }).stdout).not.toContain('\u001b[');
    expect(cli(['recall', 'where do I live', '--json'], { dataDir, env: { FORCE_COLOR: '1' } }).stdout).not.toContain('\u001b[');
  });
});
