import { spawn, spawnSync } from 'node:child_process';
import { chmodSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { comparable, exportRows, type Row } from './export-rows';
import { BIN, cli, cliAsync, cliHeedingFileModes, cliJson, ensureBuilt, removeTempDirs, snapshot, tempDir } from './run-built-cli';

// The command as people use it: shell pipelines, parallel shells, damaged folders, interrupted
// imports, and an export that restores a folder exactly.

beforeAll(ensureBuilt, 180_000);
afterAll(removeTempDirs);

const shellEnv = { ...process.env, CASUAL_MEMORY_EMBEDDER: 'hashing', CASUAL_MEMORY_DATA_DIR: '' };
const command = `${JSON.stringify(process.execPath)} ${JSON.stringify(BIN)}`;

function sh(script: string): { code: number | null; stdout: string; stderr: string } {
  const run = spawnSync('sh', ['-c', script], { encoding: 'utf8', env: shellEnv, timeout: 120_000 });
  return { code: run.status, stdout: run.stdout, stderr: run.stderr };
}

/** A folder with every kind of record: current, duplicate, superseded, held for a pending conflict, rejected, expired, two users. */
function everyKindOfRecord(): string {
  const dataDir = tempDir();
  for (const args of [
    ['remember', 'I live in London'],
    ['remember', 'I live in London'],
    ['remember', 'I moved to Lisbon'],
    ['remember', 'I live in Porto'],
    ['remember', 'I like green tea', '--type', 'preference', '--tags', 'drinks,morning', '--importance', '0.8'],
    ['remember', 'I work at Google', '--user', 'ana'],
    ['remember', 'I work at Microsoft', '--user', 'ana'],
  ])
    expect(cli(args, { dataDir }).code).toBe(0);
  const [pending] = cliJson<{ conflicts: { id: string }[] }>(['conflicts', '--user', 'ana'], { dataDir }).conflicts;
  expect(cli(['resolve', pending!.id, 'keep_a', '--user', 'ana'], { dataDir }).code).toBe(0);
  const file = join(tempDir(), 'expired.jsonl');
  writeFileSync(
    file,
    `${JSON.stringify({ text: 'Dentist on Friday', type: 'event', validUntil: '2001-01-05T10:00:00.000Z', source: 'user' })}\n`,
  );
  expect(cli(['import', file], { dataDir }).code).toBe(0);
  return dataDir;
}

describe('pipelines', () => {
  it('`export | import -` and `cat file | import -` work in a shell', () => {
    const source = everyKindOfRecord();
    const piped = tempDir();
    const pipeline = sh(`${command} export --data-dir ${source} | ${command} import - --data-dir ${piped}`);
    expect(pipeline).toMatchObject({ code: 0, stderr: '' });
    expect(pipeline.stdout).toContain('restored as exported');
    expect(comparable(exportRows(piped))).toEqual(comparable(exportRows(source)));

    const file = join(tempDir(), 'facts.jsonl');
    writeFileSync(file, '{"text": "I have a cat"}\n{"text": "I play the piano"}\n');
    const catted = tempDir();
    expect(sh(`cat ${file} | ${command} import - --data-dir ${catted}`).code).toBe(0);
    expect(exportRows(catted).filter((row) => row['kind'] === 'memory')).toHaveLength(2);
  });
});

describe('an amount in double quotes', () => {
  const lostTo = (what: string, cut: string) =>
    `${what} may have lost a "$…" to the shell ("${cut}" has no digits before it): in double quotes the shell replaces $4 and the like with nothing; ` +
    "put the text in single quotes ('rent is $4,650 now') or escape the $ (\\$4,650)";

  it('remember "rent is $4,650 now" stores what the shell left, with one line on stderr saying how to keep the $; --json puts it in warnings', () => {
    const dataDir = tempDir();
    const cut = sh(`${command} remember "rent is $4,650 now" --data-dir ${dataDir}`);
    expect(cut.code).toBe(0);
    expect(cut.stdout).toMatch(/^added #[0-9a-f]{8} "rent is ,650 now"\n$/);
    expect(cut.stderr).toBe(`casual-memory: warning: ${lostTo('the text', ',650')}\n`);
    // Quoted as it says, or with the $ escaped, the amount is whole and nothing is said.
    const single = sh(`${command} remember 'rent is $4,650 now' --data-dir ${dataDir}`);
    expect(single).toMatchObject({ code: 0, stderr: '', stdout: expect.stringContaining('"rent is $4,650 now"') });
    const escaped = sh(`${command} remember "my coffee is \\$4.50" --data-dir ${dataDir}`);
    expect(escaped).toMatchObject({ code: 0, stderr: '', stdout: expect.stringContaining('"my coffee is $4.50"') });
    // With --json the warning is in the document, not on stderr; a text with none has an empty list.
    const json = sh(`${command} remember "my tea is $3.25" --json --data-dir ${dataDir}`);
    expect(json).toMatchObject({ code: 0, stderr: '' });
    expect(JSON.parse(json.stdout)).toMatchObject({ action: 'added', text: 'my tea is .25', warnings: [lostTo('the text', '.25')] });
    expect(cliJson(['remember', 'I have a cat'], { dataDir })).toMatchObject({ exitCode: 0, warnings: [] });
  });

  it('resolve merge --text "…$1,200…" warns as remember does', () => {
    const dataDir = tempDir();
    cli(['remember', 'I live in London'], { dataDir });
    cli(['remember', 'I live in Paris'], { dataDir });
    const [conflict] = cliJson<{ conflicts: { id: string }[] }>(['conflicts'], { dataDir }).conflicts;
    const merged = sh(
      `${command} resolve ${conflict!.id} merge --text "I live in London and Paris, rent $1,200 each" --data-dir ${dataDir}`,
    );
    expect(merged.code).toBe(0);
    expect(merged.stdout).toContain('current  #');
    expect(merged.stdout).toContain('"I live in London and Paris, rent ,200 each"');
    expect(merged.stderr).toBe(`casual-memory: warning: ${lostTo('--text', ',200')}\n`);
  });

  it('figures written whole, and numbers of another shape, get no warning', () => {
    const dataDir = tempDir();
    for (const text of [
      'rent is 4,650 now',
      'coffee is 0.50',
      'rent is $4,650',
      'a .5 mile walk',
      'a .308 rifle',
      '3,5 kg of flour',
      'x,650 and y.50',
      'Ozempic .25 mg once a week',
      'half a dose is .25mg',
      'a .75 ml syringe',
    ]) {
      expect({ text, ...cli(['remember', text], { dataDir }) }).toMatchObject({ text, code: 0, stderr: '' });
    }
  });
});

describe('export restores exactly', () => {
  it('export -> import -> export gives the same records: statuses, links, counts, conflicts', () => {
    const source = everyKindOfRecord();
    for (const user of ['default', 'ana']) {
      const first = cli(['export', '--user', user], { dataDir: source }).stdout;
      const rows = first
        .trim()
        .split('\n')
        .map((line) => JSON.parse(line) as Row);
      const memories = rows.filter((row) => row['kind'] === 'memory');
      if (user === 'default') {
        expect(memories.some((row) => row['archived'] === true && typeof row['supersededBy'] === 'string')).toBe(true);
        expect(memories.some((row) => (row['tags'] as string[]).includes('casual-memory:pending-conflict'))).toBe(true);
        expect(memories.some((row) => row['mentionCount'] === 2)).toBe(true);
        expect(memories.some((row) => row['validUntil'] === '2001-01-05T10:00:00.000Z')).toBe(true);
        expect(rows.filter((row) => row['kind'] === 'conflict').map((row) => row['status'])).toEqual(['pending']);
      } else {
        expect(memories.some((row) => (row['tags'] as string[]).includes('casual-memory:rejected'))).toBe(true);
      }
      const copy = tempDir();
      expect(cli(['import', '-', '--user', user], { dataDir: copy, input: first }).code).toBe(0);
      const again = cli(['export', '--user', user], { dataDir: copy }).stdout;
      const parse = (text: string) =>
        text
          .trim()
          .split('\n')
          .map((line) => JSON.parse(line) as Row);
      expect(comparable(parse(again))).toEqual(comparable(parse(first)));
      // A second import of the same file changes nothing.
      expect(cli(['import', '-', '--user', user], { dataDir: copy, input: first }).stdout).toContain('already imported before');
      expect(comparable(parse(cli(['export', '--user', user], { dataDir: copy }).stdout))).toEqual(comparable(parse(first)));
    }
  });
});

describe('exit codes, a row of the README table each', () => {
  it('0: done, a recorded conflict included', () => {
    const dataDir = tempDir();
    expect(cli(['remember', 'I live in London'], { dataDir }).code).toBe(0);
    expect(cli(['remember', 'I live in Paris'], { dataDir }).code).toBe(0);
  });

  it.each([
    ['--data-dir must not be empty', ['--data-dir', '', 'remember', 'x']],
    ['cannot create the data folder /dev/null/x', ['--data-dir', '/dev/null/x', 'remember', 'x']],
    ['--qdrant-url must not be empty', ['--qdrant-url', '', 'stats']],
    ['is 4,001 characters; a memory holds at most 4,000', ['remember', 'a text of 4001 characters'.padEnd(4001, '.')]],
    ['not valid UTF-8', ['remember', 'I live in \uFFFDondon']],
  ])('1: %s', (message, args) => {
    const run = cli(args);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain(message);
  });

  it('1: an import line with a bad date names the field and the value; invalid UTF-8 input names the line', () => {
    const dataDir = tempDir();
    const run = cli(['import', '-'], { dataDir, input: '{"text": "x", "validUntil": "not a date"}\n' });
    expect(run.code).toBe(1);
    expect(run.stdout).toContain('validUntil is not a date: "not a date"');
    const bytes = join(tempDir(), 'latin1.jsonl');
    writeFileSync(bytes, Buffer.concat([Buffer.from('{"text": "ok"}\n{"text": "caf'), Buffer.from([0xe9]), Buffer.from('"}\n')]));
    const bad = cli(['import', bytes], { dataDir });
    expect(bad.code).toBe(1);
    expect(bad.stderr).toContain('is not UTF-8 text (line 2)');
  });

  /** Runs the command on a folder it may not write (mode 555, files 444), as root too (`cliHeedingFileModes`). */
  function onReadOnlyFolder<T>(
    dataDir: string,
    body: (run: (args: string[]) => { code: number | null; stdout: string; stderr: string }) => T,
  ): T {
    const files = readdirSync(dataDir);
    for (const file of files) chmodSync(join(dataDir, file), 0o444);
    chmodSync(dataDir, 0o555);
    try {
      return body((args) => cliHeedingFileModes(args, { dataDir }));
    } finally {
      chmodSync(dataDir, 0o700);
      for (const file of files) chmodSync(join(dataDir, file), 0o644);
    }
  }

  it('0: every read command works on a read-only data folder, and changes nothing', () => {
    const dataDir = everyKindOfRecord();
    const expected = {
      recall: cli(['recall', 'where do I live', '--min-score', '0'], { dataDir }).stdout,
      list: cli(['list', '--all'], { dataDir }).stdout,
      conflicts: cli(['conflicts'], { dataDir }).stdout,
      history: cli(['history'], { dataDir }).stdout,
      export: cli(['export'], { dataDir }).stdout,
    };
    const before = snapshot(dataDir);
    const copies = () => readdirSync(tmpdir()).filter((name) => name.startsWith('casual-memory-read-')).length;
    const copiesBefore = copies();
    onReadOnlyFolder(dataDir, (run) => {
      // The same output as on the writable folder (they read private copies of the SQLite files).
      expect(run(['recall', 'where do I live', '--min-score', '0'])).toMatchObject({ code: 0, stdout: expected.recall, stderr: '' });
      expect(run(['list', '--all'])).toMatchObject({ code: 0, stdout: expected.list, stderr: '' });
      expect(run(['conflicts'])).toMatchObject({ code: 0, stdout: expected.conflicts, stderr: '' });
      expect(run(['history'])).toMatchObject({ code: 0, stdout: expected.history, stderr: '' });
      expect(run(['export'])).toMatchObject({ code: 0, stdout: expected.export, stderr: '' });
      const stats = run(['stats']);
      expect(stats).toMatchObject({ code: 0, stderr: '' });
      expect(stats.stdout).toContain('read-only: a copy is read');
      expect(stats.stdout).toContain('ana: 1 current, 0 superseded, 1 rejected');
    });
    expect(snapshot(dataDir)).toEqual(before);
    expect(copies()).toBe(copiesBefore); // the copies are removed when the command ends
  });

  it('1: every write to a read-only data folder says so, and changes nothing', () => {
    const dataDir = everyKindOfRecord();
    const [pending] = cliJson<{ conflicts: { id: string }[] }>(['conflicts'], { dataDir }).conflicts;
    const [memory] = cliJson<{ memories: { id: string }[] }>(['recall', 'tea', '--min-score', '0'], { dataDir }).memories;
    const file = join(tempDir(), 'facts.jsonl');
    writeFileSync(file, '{"text": "I have a dog"}\n');
    const before = snapshot(dataDir);
    onReadOnlyFolder(dataDir, (run) => {
      for (const args of [
        ['remember', 'I have a dog'],
        ['forget', memory!.id],
        ['resolve', pending!.id, 'keep_b'],
        ['import', file],
      ]) {
        const refused = run(args);
        expect(refused.code).toBe(1);
        expect(refused.stderr).toContain(`the data folder ${dataDir} is read-only: this command writes`);
      }
    });
    expect(snapshot(dataDir)).toEqual(before);
  });

  it('2: no such memory; a read command on a missing folder, which it does not create', () => {
    const dataDir = join(tempDir(), 'missing');
    for (const args of [['stats'], ['recall', 'x'], ['list'], ['export'], ['history'], ['conflicts']]) {
      const run = cli(args, { dataDir });
      expect({ args, code: run.code }).toEqual({ args, code: 2 });
    }
    expect(spawnSync('test', ['-e', dataDir]).status).toBe(1);
    expect(cli(['forget', 'abcdef12'], { dataDir: tempDir() }).code).toBe(2);
  });

  it('3: the conflict is already resolved, given by its full id or by its short one; it says how and when', () => {
    const dataDir = tempDir();
    cli(['remember', 'I live in London'], { dataDir });
    cli(['remember', 'I live in Paris'], { dataDir });
    const [conflict] = cliJson<{ conflicts: { id: string; memoryAId: string; memoryBId: string }[] }>(['conflicts'], { dataDir }).conflicts;
    expect(cli(['resolve', conflict!.id.slice(0, 8), 'keep_b'], { dataDir }).code).toBe(0);
    const resolvedOn = (id: string) => (exportRows(dataDir).find((row) => row['id'] === id)!['resolvedAt'] as string).slice(0, 10);
    const short = (id: string) => id.slice(0, 8);
    for (const id of [conflict!.id, conflict!.id.slice(0, 8)]) {
      const again = cli(['resolve', id, 'keep_a'], { dataDir });
      expect({ id, code: again.code }).toEqual({ id, code: 3 });
      expect(again.stderr).toBe(
        `casual-memory: conflict ${conflict!.id} is already resolved: keeps #${short(conflict!.memoryBId)} "I live in Paris", archives #${short(conflict!.memoryAId)} "I live in London" (keep_b on ${resolvedOn(conflict!.id)})\n`,
      );
    }
    expect(cliJson(['resolve', conflict!.id, 'keep_a'], { dataDir })).toMatchObject({
      exitCode: 3,
      error: { code: 'CONFLICT_STATE', exitCode: 3 },
    });
    // Closed by forgetting one of its memories: it says so.
    cli(['remember', 'I work at Google'], { dataDir });
    cli(['remember', 'I work at Microsoft'], { dataDir });
    const [closed] = cliJson<{ conflicts: { id: string; memoryAId: string; memoryBId: string }[] }>(['conflicts'], { dataDir }).conflicts;
    expect(cli(['forget', closed!.memoryBId], { dataDir }).code).toBe(0);
    expect(cli(['resolve', closed!.id, 'keep_b'], { dataDir })).toEqual({
      code: 3,
      stdout: '',
      stderr:
        `casual-memory: conflict ${closed!.id} is already resolved: keeps #${short(closed!.memoryAId)} "I work at Google", archives #${short(closed!.memoryBId)} (since forgotten) ` +
        `(keep_a on ${resolvedOn(closed!.id)}, closed by forget: memory ${closed!.memoryBId} was deleted)\n`,
    });
    // A prefix of no conflict at all is still "not found".
    expect(cli(['resolve', 'ffffffff', 'keep_a'], { dataDir }).code).toBe(2);
  });

  it.each([
    ['vectors.sqlite', ''],
    ['conflicts.sqlite', ''],
    ['conflicts.sqlite', 'this is not a database, just text that is long enough to have a header........'],
  ])('5: %s holding %j, for every command, nothing changed', (file, content) => {
    const dataDir = tempDir();
    cli(['remember', 'I live in London'], { dataDir });
    writeFileSync(join(dataDir, file), content);
    const before = snapshot(dataDir);
    for (const args of [['remember', 'I have a dog'], ['recall', 'x'], ['stats'], ['export'], ['conflicts'], ['forget', 'abcd']]) {
      const run = cli(args, { dataDir });
      expect({ args, code: run.code }).toEqual({ args, code: 5 });
      expect(run.stderr).toMatch(/^casual-memory: [^\n]+\n$/);
    }
    expect(snapshot(dataDir)).toEqual(before);
  });

  it('130: Ctrl-C during an import stops after the line in flight, says where and how to resume; the resumed run finishes it', async () => {
    const dataDir = tempDir();
    const file = join(tempDir(), 'many.jsonl');
    writeFileSync(
      file,
      Array.from({ length: 400 }, (_, i) => JSON.stringify({ text: `Fact number ${i} is about topic ${i * 7}` })).join('\n'),
    );
    const child = spawn(process.execPath, [BIN, 'import', file, '--data-dir', dataDir], { env: { ...shellEnv } });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => {
      stdout += chunk.toString();
    });
    child.stderr.on('data', (chunk: Buffer) => {
      stderr += chunk.toString();
    });
    // Once some lines are in (the keys file grows), interrupt.
    await waitFor(() => readKeys(dataDir) >= 5, 60_000);
    child.kill('SIGINT');
    const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
    expect(code).toBe(130);
    expect(stdout).toMatch(/interrupted before line (\d+) of 400/);
    expect(stdout).toContain(`to resume, run the same import again`);
    expect(stderr).toContain('stopping after the line in flight');
    const done = readKeys(dataDir);
    const stats = cliJson<{ users: { user: string; memories: Record<string, number> }[] }>(['stats'], { dataDir });
    expect(stats.users.map((user) => user.user)).toEqual(['default']);
    const resumed = cliJson<{ alreadyImported: number; imported: number }>(['import', file], { dataDir });
    expect(resumed).toMatchObject({ exitCode: 0, alreadyImported: done });
    expect(resumed.alreadyImported + resumed.imported).toBe(400);
  }, 300_000);
});

describe('parallel commands on one data folder', () => {
  it('20 remember processes started together all succeed and store 20 facts, as one after another would', async () => {
    const facts = [
      'I have a dog named Rex',
      'I play the violin',
      'My favourite colour is green',
      'I was born in 1990',
      'I drive a blue Honda Civic',
      'My sister is called Maria',
      'I am allergic to peanuts',
      'I speak Portuguese',
      'I run every Sunday morning',
      'My phone is a Pixel',
      'I read science fiction',
      'I grow tomatoes on the balcony',
      'My dentist is Dr Silva',
      'I support Benfica',
      'I collect old stamps',
      'I studied chemistry',
      'My bike is red',
      'I drink two coffees a day',
      'I wear glasses',
      'I know how to sail',
    ];
    const parallel = tempDir();
    const runs = await Promise.all(facts.map((fact) => cliAsync(['remember', fact, '--json'], { dataDir: parallel })));
    for (const run of runs) expect({ code: run.code, stderr: run.stderr }).toEqual({ code: 0, stderr: '' });
    const sequential = tempDir();
    for (const fact of facts) expect(cli(['remember', fact], { dataDir: sequential }).code).toBe(0);
    const count = (dataDir: string) =>
      cliJson<{ users: { memories: Record<string, number> }[] }>(['stats'], { dataDir }).users[0]!.memories;
    expect(count(parallel)).toEqual(count(sequential));
    const texts = exportRows(parallel)
      .filter((row) => row['kind'] === 'memory')
      .map((row) => row['text'])
      .sort();
    expect(texts).toEqual([...facts].sort());
  }, 300_000);
});

/** A real store error while a decision is applied: the vectors file of `dataDir` refuses every update (until `refuse` is false). */
function refuseUpdatesIn(dataDir: string, refuse: boolean): void {
  const sql = refuse
    ? "CREATE TRIGGER refuse_updates BEFORE UPDATE ON casual_memory_facts BEGIN SELECT RAISE(ABORT, 'the disk refused'); END"
    : 'DROP TRIGGER refuse_updates';
  const script = `const db = new (require('better-sqlite3'))(${JSON.stringify(join(dataDir, 'vectors.sqlite'))}); db.exec(${JSON.stringify(sql)}); db.close();`;
  expect(spawnSync(process.execPath, ['-e', script], { cwd: join(__dirname, '..'), encoding: 'utf8' }).status).toBe(0);
}

describe('forget and resolve', () => {
  it('forget of a fact named by a pending conflict closes it in favour of the other fact, which is current again', () => {
    const dataDir = tempDir();
    cli(['remember', 'I live in London'], { dataDir });
    const added = cliJson<{ memoryId: string; conflictIds: string[] }>(['remember', 'I live in Paris'], { dataDir });
    expect(added.conflictIds).toHaveLength(1);
    const london = exportRows(dataDir).find((row) => row['text'] === 'I live in London')!;
    const forgot = cliJson<{ closedConflicts: { conflictId: string; kept: string }[] }>(['forget', String(london['id'])], { dataDir });
    expect(forgot.closedConflicts).toEqual([{ conflictId: added.conflictIds[0], kept: added.memoryId }]);
    expect(cliJson<{ conflicts: unknown[] }>(['conflicts'], { dataDir }).conflicts).toEqual([]);
    const recall = cliJson<{ memories: { id: string; text: string }[] }>(['recall', 'where do I live', '--min-score', '0'], { dataDir });
    expect(recall.memories.map((memory) => memory.text)).toEqual(['I live in Paris']);
    // The conflict is resolved, not pending: resolving it again is exit 3.
    expect(cli(['resolve', added.conflictIds[0]!, 'keep_a'], { dataDir }).code).toBe(3);
  });

  it('resolve warns and exits 4 when a store failed midway; the same command again finishes the decision', () => {
    const dataDir = tempDir();
    cli(['remember', 'I live in London'], { dataDir });
    cli(['remember', 'I live in Paris'], { dataDir });
    const [conflict] = cliJson<{ conflicts: { id: string }[] }>(['conflicts'], { dataDir }).conflicts;
    const short = conflict!.id.slice(0, 8);
    const refuseUpdates = (refuse: boolean) => refuseUpdatesIn(dataDir, refuse);
    refuseUpdates(true);
    const partial = cli(['resolve', short, 'keep_b'], { dataDir });
    expect(partial.code).toBe(4);
    expect(partial.stdout).toContain('warning: SqliteVectorStore.updateMemory failed: the disk refused');
    expect(partial.stdout).toContain(
      `warning: the decision is recorded but not fully applied (a store failed); run \`casual-memory resolve ${short} keep_b\` again to finish it`,
    );
    expect(cliJson<{ complete: boolean }>(['resolve', short, 'keep_b'], { dataDir })).toMatchObject({ exitCode: 4, complete: false });

    refuseUpdates(false);
    const finished = cli(['resolve', short, 'keep_b'], { dataDir });
    expect(finished.code).toBe(0);
    expect(finished.stdout).toContain(`resolved #${short}: keep_b (finishing the keep_b recorded earlier)`);
    expect(finished.stdout).not.toContain('warning');
    expect(cli(['recall', 'where do I live'], { dataDir }).stdout).toMatch(/^1\. #\w+ "I live in Paris" {2}\(similarity \S+\)\n$/);
  });

  it('a merge recorded but not fully applied is finished by `resolve <id> merge` without --text, the command its warning gives', () => {
    const dataDir = tempDir();
    cli(['remember', 'I live in London'], { dataDir });
    cli(['remember', 'I live in Paris'], { dataDir });
    const [conflict] = cliJson<{ conflicts: { id: string }[] }>(['conflicts'], { dataDir }).conflicts;
    const short = conflict!.id.slice(0, 8);
    refuseUpdatesIn(dataDir, true);
    const partial = cli(['resolve', short, 'merge', '--text', 'I live in London and in Paris'], { dataDir });
    expect(partial.code).toBe(4);
    expect(partial.stdout).toContain(`run \`casual-memory resolve ${short} merge\` again to finish it`);
    refuseUpdatesIn(dataDir, false);
    const finished = cli(['resolve', short, 'merge'], { dataDir });
    expect(finished).toMatchObject({ code: 0, stderr: '' });
    expect(finished.stdout).toContain(`resolved #${short}: merge (finishing the merge recorded earlier)`);
    expect(finished.stdout).toMatch(/archived #\w+ "I live in Paris" \(superseded by #\w+\)/);
    expect(cli(['recall', 'where do I live', '--min-score', '0.5'], { dataDir }).stdout).toContain('"I live in London and in Paris"');
  });

  it('resolve prints the state each memory was stored in', () => {
    const dataDir = tempDir();
    cli(['remember', 'I live in London'], { dataDir });
    cli(['remember', 'I live in Paris'], { dataDir });
    const [conflict] = cliJson<{ conflicts: { id: string }[] }>(['conflicts'], { dataDir }).conflicts;
    const resolved = cliJson<{ memories: { state: string; text: string }[] }>(['resolve', conflict!.id, 'keep_b'], { dataDir });
    expect(resolved.memories.map(({ state, text }) => [state, text])).toEqual([
      ['current', 'I live in Paris'],
      ['archived', 'I live in London'],
    ]);
  });
});

function readKeys(dataDir: string): number {
  try {
    return readFileSync(join(dataDir, 'imported-lines.txt'), 'utf8').split('\n').filter(Boolean).length;
  } catch {
    return 0;
  }
}

async function waitFor(condition: () => boolean, timeoutMs: number): Promise<void> {
  const until = Date.now() + timeoutMs;
  while (!condition()) {
    if (Date.now() > until) throw new Error('timed out waiting');
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}
