import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { cli, cliJson, ensureBuilt, removeTempDirs, tempDir } from './run-built-cli';

// `list`: what is remembered, through the built command, as a user runs it.

beforeAll(ensureBuilt, 180_000);
afterAll(removeTempDirs);

interface Listed {
  memories: { id: string; status: string; text: string; conflictId?: string | null; mentionCount: number; tags: string[] }[];
}

const WHEN = '\\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d';
const ID = '[0-9a-f]{8}';

describe('list', () => {
  it('prints the current memories, most recently said first, one a line: type, mentions, when last said; --limit keeps the first', () => {
    const dataDir = tempDir();
    cli(['remember', 'I live in London'], { dataDir });
    cli(['remember', 'I like green tea', '--type', 'preference', '--tags', 'drinks,morning'], { dataDir });
    cli(['remember', 'I have a cat\nnamed Tom'], { dataDir });
    cli(['remember', 'I live in London'], { dataDir }); // said again: the most recently said now

    const run = cli(['list'], { dataDir });
    expect(run).toMatchObject({ code: 0, stderr: '' });
    const lines = run.stdout.split('\n');
    expect(lines).toHaveLength(4);
    expect(lines[0]).toMatch(new RegExp(`^#${ID} "I live in London"  \\(fact, mentioned 2 times, last said ${WHEN}\\)$`));
    expect(lines[1]).toMatch(new RegExp(`^#${ID} "I have a cat\\\\nnamed Tom"  \\(fact, last said ${WHEN}\\)$`));
    expect(lines[2]).toMatch(new RegExp(`^#${ID} "I like green tea" \\[drinks, morning\\]  \\(preference, last said ${WHEN}\\)$`));
    expect(lines[3]).toBe('');

    expect(cli(['list', '--limit', '1'], { dataDir }).stdout).toBe(`${lines[0]}\n`);
    const listed = cliJson<Listed>(['list'], { dataDir });
    expect(listed.memories.map((memory) => [memory.text, memory.status, memory.mentionCount])).toEqual([
      ['I live in London', 'current', 2],
      ['I have a cat\nnamed Tom', 'current', 1],
      ['I like green tea', 'current', 1],
    ]);
    expect(listed.memories[0]!.id).toMatch(/^[0-9a-f-]{36}$/);
  });

  it('--all marks the archived ones as history words them, and the held ones with their conflict', () => {
    const dataDir = tempDir();
    const london = cliJson<{ memoryId: string }>(['remember', 'I live in London'], { dataDir }).memoryId;
    const lisbon = cliJson<{ memoryId: string }>(['remember', 'I moved to Lisbon'], { dataDir }).memoryId;
    const porto = cliJson<{ memoryId: string; conflictIds: string[] }>(['remember', 'I live in Porto'], { dataDir });
    expect(porto.conflictIds).toHaveLength(1);

    expect(cli(['list'], { dataDir }).stdout).toMatch(
      new RegExp(`^#${lisbon.slice(0, 8)} "I moved to Lisbon"  \\(fact, last said ${WHEN}\\)\n$`),
    );
    const all = cli(['list', '--all'], { dataDir }).stdout.split('\n');
    expect(all).toEqual([
      expect.stringMatching(
        new RegExp(
          `^#${porto.memoryId.slice(0, 8)} "I live in Porto"  \\(fact, last said ${WHEN}\\) -> held for conflict #${porto.conflictIds[0]!.slice(0, 8)}$`,
        ),
      ),
      expect.stringMatching(new RegExp(`^#${lisbon.slice(0, 8)} "I moved to Lisbon"  \\(fact, last said ${WHEN}\\)$`)),
      expect.stringMatching(
        new RegExp(
          `^#${london.slice(0, 8)} "I live in London"  \\(fact, last said ${WHEN}\\) -> superseded by #${lisbon.slice(0, 8)} "I moved to Lisbon"$`,
        ),
      ),
      '',
    ]);
    expect(
      cliJson<Listed>(['list', '--all'], { dataDir }).memories.map(({ id, status, conflictId, tags }) => ({
        id,
        status,
        conflictId,
        tags,
      })),
    ).toEqual([
      { id: porto.memoryId, status: 'held', conflictId: porto.conflictIds[0], tags: [] },
      { id: lisbon, status: 'current', conflictId: undefined, tags: [] },
      { id: london, status: 'superseded', conflictId: undefined, tags: [] },
    ]);

    // The side keep_a turned down is rejected for the kept one.
    cli(['remember', 'I work at Google', '--user', 'ana'], { dataDir });
    cli(['remember', 'I work at Microsoft', '--user', 'ana'], { dataDir });
    const [conflict] = cliJson<{ conflicts: { id: string }[] }>(['conflicts', '--user', 'ana'], { dataDir }).conflicts;
    expect(cli(['resolve', conflict!.id, 'keep_a', '--user', 'ana'], { dataDir }).code).toBe(0);
    expect(cli(['list', '--all', '--user', 'ana'], { dataDir }).stdout).toMatch(
      new RegExp(`^#${ID} "I work at Microsoft"  \\(fact, last said ${WHEN}\\) -> rejected for #${ID} "I work at Google"\n`),
    );
  });

  it('says when nothing is remembered (exit 0), and reading makes neither the data folder nor the conflicts file', () => {
    const missing = join(tempDir(), 'missing');
    expect(cli(['list'], { dataDir: missing })).toMatchObject({ code: 2, stderr: expect.stringContaining('no data folder') });
    expect(existsSync(missing)).toBe(false);

    const dataDir = tempDir();
    expect(cli(['list'], { dataDir })).toEqual({ code: 0, stdout: 'nothing remembered yet\n', stderr: '' });
    expect(cliJson(['list', '--all'], { dataDir })).toEqual({ exitCode: 0, user: 'default', memories: [] });
    cli(['remember', 'I live in London'], { dataDir });
    expect(cli(['list', '--all'], { dataDir }).code).toBe(0);
    expect(existsSync(join(dataDir, 'conflicts.sqlite'))).toBe(false);
    const lisbon = cliJson<{ memoryId: string }>(['remember', 'I moved to Lisbon'], { dataDir }).memoryId;

    // What replaced London forgotten: nothing is current, and --all says what London was superseded by.
    expect(cli(['forget', lisbon], { dataDir }).code).toBe(0);
    expect(cli(['list'], { dataDir }).stdout).toBe('nothing current remembered (list --all shows 1 other memory)\n');
    expect(cli(['list', '--all'], { dataDir }).stdout).toMatch(
      new RegExp(`-> superseded by #${lisbon.slice(0, 8)} \\(since forgotten\\)\n$`),
    );
    expect(cli(['list', '--user', 'ana'], { dataDir }).stdout).toBe('nothing remembered yet\n');
  });
});
