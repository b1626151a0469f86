import { chmodSync, existsSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { cli, cliHeedingFileModes, cliJson, ensureBuilt, removeTempDirs, tempDir } from './run-built-cli';

// Each command through the built `casual-memory`, one process per call, as a user or a script runs it.

beforeAll(ensureBuilt, 180_000);
afterAll(removeTempDirs);

interface Remembered {
  action: 'added' | 'duplicate' | 'conflict';
  memoryId: string;
  duplicateOf?: string;
  supersededIds: string[];
  conflictIds: string[];
  conflicts: { id: string; question: string; memoryA: { id: string; text: string }; memoryB: { id: string; text: string } }[];
  decisions: { memoryId: string; outcome: string; reason: string }[];
}
interface Recalled {
  memories: { id: string; text: string; score: number }[];
}

const texts = (recalled: Recalled) => recalled.memories.map((memory) => memory.text);
/** A message with the day a conflict was resolved (` on 2026-12-06`) as ` on <date>`. */
const withoutDate = (message: string) => message.replace(/ on \d{4}-\d\d-\d\d\b/, ' on <date>');

describe('remember', () => {
  it('adds a new fact, counts the same fact again as a duplicate, and keeps it across invocations', () => {
    const dataDir = tempDir();
    const first = cliJson<Remembered>(['remember', 'I live in London'], { dataDir });
    expect(first).toMatchObject({ exitCode: 0, action: 'added', supersededIds: [], conflictIds: [] });

    const again = cliJson<Remembered>(['remember', 'I live in London'], { dataDir });
    expect(again).toMatchObject({ exitCode: 0, action: 'duplicate', duplicateOf: first.memoryId, memoryId: first.memoryId });
    expect(again.decisions[0]).toMatchObject({ memoryId: first.memoryId, outcome: 'same' });

    const recalled = cliJson<Recalled>(['recall', 'where do I live'], { dataDir });
    expect(texts(recalled)).toEqual(['I live in London']);
    expect(recalled.memories[0]).toMatchObject({ id: first.memoryId, mentionCount: 2 });
  });

  it('prints the decision and its reason as text', () => {
    const dataDir = tempDir();
    const added = cli(['remember', 'I live in London'], { dataDir });
    expect(added).toMatchObject({ code: 0, stderr: '' });
    expect(added.stdout).toMatch(/^added #[0-9a-f]{8} "I live in London"\n$/);

    const moved = cli(['remember', 'I moved to Lisbon'], { dataDir });
    expect(moved.stdout).toMatch(/^added #[0-9a-f]{8} "I moved to Lisbon"\n {2}supersedes #[0-9a-f]{8} "I live in London": .*moved/);

    const contradiction = cli(['remember', 'I live in Madrid'], { dataDir });
    expect(contradiction.code).toBe(0);
    expect(contradiction.stdout).toContain('contradicts');
    expect(contradiction.stdout).toContain('ask the user: Where do you currently live?');
    expect(contradiction.stdout).toMatch(/then: casual-memory resolve [0-9a-f]{8} keep_a\|keep_b\|merge\|both_valid/);
    // Which side each decision keeps, said where it is written.
    expect(contradiction.stdout).toMatch(/\(keep_a keeps #[0-9a-f]{8}, the earlier; keep_b keeps #[0-9a-f]{8}, this one\)/);

    // An added statement names the closest memory it left current beside it, and why.
    const sister = cli(['remember', 'My sister lives in Boston'], { dataDir });
    expect(sister.stdout).toMatch(
      /^added #[0-9a-f]{8} "My sister lives in Boston"\n {2}kept beside #[0-9a-f]{8} ".*" \(similarity 0\.\d\d\): .*sister/,
    );
    const json = cliJson<Remembered & { keptBeside: { id: string; reason: string } | null }>(['remember', 'My brother lives in Leeds'], {
      dataDir,
    });
    expect(json.keptBeside?.reason).toMatch(/brother|different/);
  });

  it('settles a pending conflict when one side is said again with "to be clear", and says so', () => {
    const dataDir = tempDir();
    const london = cliJson<Remembered>(['remember', 'I live in London'], { dataDir });
    const madrid = cliJson<Remembered>(['remember', 'I live in Madrid'], { dataDir });
    expect(madrid.action).toBe('conflict');
    const settled = cli(['remember', 'To be clear, I live in Madrid'], { dataDir });
    expect(settled.code).toBe(0);
    expect(settled.stdout).toMatch(
      new RegExp(
        `settles conflict #${madrid.conflictIds[0]!.slice(0, 8)}: keeps #[0-9a-f]{8} "I live in Madrid", archives #${london.memoryId.slice(0, 8)} "I live in London"`,
      ),
    );
    expect(cli(['conflicts'], { dataDir }).stdout).toContain('no pending conflicts');
    expect(texts(cliJson<Recalled>(['recall', 'where do I live'], { dataDir }))).toEqual(['I live in Madrid']);
  });

  it('settles a pending conflict when one side is updated, and says so', () => {
    const dataDir = tempDir();
    const london = cliJson<Remembered>(['remember', 'I live in London'], { dataDir });
    const madrid = cliJson<Remembered>(['remember', 'I live in Madrid'], { dataDir });
    const lisbon = cli(['remember', 'I moved to Lisbon'], { dataDir });
    expect(lisbon.code).toBe(0);
    expect(lisbon.stdout).toContain(`supersedes #${london.memoryId.slice(0, 8)} "I live in London"`);
    expect(lisbon.stdout).toMatch(
      new RegExp(
        `settles conflict #${madrid.conflictIds[0]!.slice(0, 8)}: keeps #[0-9a-f]{8} "I moved to Lisbon", archives #${madrid.memoryId.slice(0, 8)} "I live in Madrid"`,
      ),
    );
    expect(cli(['conflicts'], { dataDir }).stdout).toContain('no pending conflicts');
    expect(texts(cliJson<Recalled>(['recall', 'where do I live'], { dataDir }))).toEqual(['I moved to Lisbon']);
  });

  it('archives what an update supersedes, and history says by what', () => {
    const dataDir = tempDir();
    const london = cliJson<Remembered>(['remember', 'I live in London'], { dataDir });
    const lisbon = cliJson<Remembered>(['remember', 'I moved to Lisbon'], { dataDir });
    expect(lisbon).toMatchObject({ action: 'added', supersededIds: [london.memoryId] });
    expect(texts(cliJson<Recalled>(['recall', 'where do I live'], { dataDir }))).toEqual(['I moved to Lisbon']);

    const history = cliJson<{ entries: { id: string; reason: string; supersededBy: string; supersededByText: string }[] }>(['history'], {
      dataDir,
    });
    expect(history.entries).toEqual([
      expect.objectContaining({
        id: london.memoryId,
        reason: 'superseded',
        supersededBy: lisbon.memoryId,
        supersededByText: 'I moved to Lisbon',
      }),
    ]);
    expect(cli(['history'], { dataDir }).stdout).toMatch(/"I live in London" -> superseded by #[0-9a-f]{8} "I moved to Lisbon"/);
  });

  it('--help names the decisions as the output gives them: an update is added, with what it supersedes', () => {
    const help = cli(['remember', '--help']);
    expect(help.code).toBe(0);
    const text = help.stdout.replace(/\s+/g, ' '); // as wrapped to the terminal's width
    expect(text).toContain('prints the decision: added (with the older memories it supersedes), duplicate of #id, or conflict #id');
    expect(text).not.toContain('supersedes #id');
  });

  it('takes --type, --tags and --importance, and keeps users apart', () => {
    const dataDir = tempDir();
    const run = cliJson<Remembered>(
      ['remember', 'I like green tea', '--type', 'preference', '--tags', 'drinks, tea', '--importance', '0.9', '--user', 'ana'],
      {
        dataDir,
      },
    );
    expect(run).toMatchObject({ exitCode: 0, action: 'added' });
    const recalled = cliJson<Recalled>(['recall', 'I like green tea', '--user', 'ana'], { dataDir });
    expect(recalled.memories[0]).toMatchObject({ text: 'I like green tea', type: 'preference', tags: ['drinks', 'tea'], importance: 0.9 });
    expect(cliJson<Recalled>(['recall', 'I like green tea', '--user', 'bob'], { dataDir }).memories).toEqual([]);
    expect(cliJson<Recalled>(['recall', 'I like green tea'], { dataDir, env: { CASUAL_MEMORY_USER: 'ana' } }).memories).toHaveLength(1);
  });
});

describe('recall', () => {
  it('says that nothing scored at least --min-score when there are memories', () => {
    const dataDir = tempDir();
    cli(['remember', 'I live in London'], { dataDir });
    expect(cli(['recall', 'what car do I drive', '--min-score', '0.99'], { dataDir })).toEqual({
      code: 0,
      stdout: 'nothing scored at least 0.99 for "what car do I drive" (try a lower --min-score)\n',
      stderr: '',
    });
    expect(cliJson<Recalled>(['recall', 'what car do I drive', '--min-score', '0.99'], { dataDir }).memories).toEqual([]);
  });

  it('says so when the user has no memories at all, and that --user picks whose are read, naming the users there are', () => {
    const dataDir = tempDir();
    cli(['remember', 'I live in London'], { dataDir });
    const hint = '(--user picks whose memories are read: this data folder has those of default)';
    for (const args of [
      ['--user', 'morag'],
      ['--user', 'morag', '--min-score', '0.99'],
    ]) {
      expect(cli(['recall', 'where do I live', ...args], { dataDir })).toEqual({
        code: 0,
        stdout: `no memories for user "morag" yet ${hint}\n`,
        stderr: '',
      });
    }
    expect(cli(['recall', 'where do I live'], { dataDir, env: { CASUAL_MEMORY_USER: 'morag' } }).stdout).toBe(
      `no memories for user "morag" yet ${hint}\n`,
    );
    for (const user of ['ana', 'bob', 'carl', 'dan']) cli(['remember', 'I have a cat', '--user', user], { dataDir });
    expect(cli(['recall', 'where do I live', '--user', 'morag'], { dataDir }).stdout).toBe(
      'no memories for user "morag" yet (--user picks whose memories are read: this data folder has those of ana, bob, carl and 2 more)\n',
    );
    // A user with memories, none found: as before.
    expect(cli(['recall', 'what car do I drive', '--user', 'ana', '--min-score', '0.99'], { dataDir }).stdout).toBe(
      'nothing scored at least 0.99 for "what car do I drive" (try a lower --min-score)\n',
    );
    expect(cliJson<Recalled>(['recall', 'where do I live', '--user', 'morag'], { dataDir }).memories).toEqual([]);
    // No other user to pick: no hint.
    const empty = tempDir();
    cli(['import', '-'], { dataDir: empty, input: '' });
    expect(cli(['recall', 'where do I live'], { dataDir: empty }).stdout).toBe('no memories for user "default" yet\n');
  });
});

describe('restore', () => {
  it('makes an archived memory current again and names what superseded it, which stays; a current, held or unknown id is said so', () => {
    const dataDir = tempDir();
    const grab = cliJson<Remembered>(['remember', 'I work at Grab'], { dataDir });
    const bank = cliJson<Remembered>(['remember', 'I work at Commonwealth Bank now'], { dataDir });
    expect(bank.supersededIds).toEqual([grab.memoryId]);
    const short = (id: string) => id.slice(0, 8);
    expect(cli(['restore', short(grab.memoryId)], { dataDir })).toEqual({
      code: 0,
      stdout:
        `restored #${short(grab.memoryId)} "I work at Grab"\n` +
        `  still current too: #${short(bank.memoryId)} "I work at Commonwealth Bank now" (\`forget\` it if it is wrong)\n`,
      stderr: '',
    });
    const listed = cliJson<{ memories: { id: string }[] }>(['list'], { dataDir }).memories.map((memory) => memory.id);
    expect(listed).toEqual(expect.arrayContaining([grab.memoryId, bank.memoryId]));
    expect(cli(['restore', grab.memoryId], { dataDir }).stdout).toBe(`#${short(grab.memoryId)} "I work at Grab" is current already\n`);
    expect(cliJson(['restore', 'ffff0000'], { dataDir })).toMatchObject({ exitCode: 2, error: { code: 'NOT_FOUND' } });
    cli(['remember', 'I live in Porto'], { dataDir });
    const lisbon = cliJson<Remembered>(['remember', 'I live in Lisbon'], { dataDir });
    expect(lisbon.action).toBe('conflict');
    expect(cliJson(['restore', lisbon.memoryId], { dataDir })).toMatchObject({ exitCode: 3, error: { code: 'CONFLICT_STATE' } });
  });
});

describe('conflicts and resolve', () => {
  function withConflict() {
    const dataDir = tempDir();
    const london = cliJson<Remembered>(['remember', 'I live in London'], { dataDir });
    const paris = cliJson<Remembered>(['remember', 'I live in Paris'], { dataDir });
    return { dataDir, london, paris, conflictId: paris.conflictIds[0] as string };
  }

  it('records a contradiction as a conflict with the question to ask, and holds the new memory out of recall', () => {
    const { dataDir, london, paris, conflictId } = withConflict();
    expect(paris).toMatchObject({ exitCode: 0, action: 'conflict' });
    expect(paris.conflicts).toEqual([
      expect.objectContaining({
        id: conflictId,
        question: 'Where do you currently live?',
        memoryA: { id: london.memoryId, text: 'I live in London' },
        memoryB: { id: paris.memoryId, text: 'I live in Paris' },
      }),
    ]);
    const listed = cliJson<{ conflicts: { id: string; clarificationHint: string; memoryAText: string; memoryBText: string }[] }>(
      ['conflicts'],
      {
        dataDir,
      },
    );
    expect(listed.conflicts).toEqual([
      expect.objectContaining({
        id: conflictId,
        clarificationHint: 'Where do you currently live?',
        memoryAText: 'I live in London',
        memoryBText: 'I live in Paris',
      }),
    ]);
    expect(cli(['conflicts'], { dataDir }).stdout).toContain('ask the user: Where do you currently live?');
    expect(texts(cliJson<Recalled>(['recall', 'where do I live'], { dataDir }))).toEqual(['I live in London']);
  });

  it('conflicts --resolved lists the settled ones too, latest first, with what each kept and the notes given with it', () => {
    const { dataDir, london, paris, conflictId } = withConflict();
    expect(cli(['resolve', conflictId, 'keep_b', '--notes', 'she moved in March'], { dataDir }).code).toBe(0);
    const cat = cliJson<Remembered>(['remember', 'My cat is called Tom'], { dataDir });
    const felix = cliJson<Remembered>(['remember', 'My cat is called Felix'], { dataDir });
    const pendingId = felix.conflictIds[0] as string;
    expect(felix.action).toBe('conflict');

    // Without the flag, only what waits for the user: the settled one and its notes are not listed.
    const plain = cli(['conflicts'], { dataDir }).stdout;
    expect(plain).not.toContain('she moved in March');
    expect(plain).toContain(pendingId.slice(0, 8));

    const listed = cli(['conflicts', '--resolved'], { dataDir }).stdout.split('\n');
    const at = listed.indexOf('resolved:');
    expect(at).toBeGreaterThan(0);
    expect(withoutDate(listed.slice(at + 1, at + 4).join('\n'))).toBe(
      [
        `#${conflictId.slice(0, 8)}  (location, keep_b on <date>)`,
        `  keeps #${paris.memoryId.slice(0, 8)} "I live in Paris", archives #${london.memoryId.slice(0, 8)} "I live in London"`,
        '  notes: she moved in March',
      ].join('\n'),
    );
    const json = cliJson<{ conflicts: { id: string }[]; resolved: { id: string; resolutionNotes: string; outcome: string }[] }>(
      ['conflicts', '--resolved'],
      { dataDir },
    );
    expect(json.conflicts.map((conflict) => conflict.id)).toEqual([pendingId]);
    expect(json.resolved).toEqual([expect.objectContaining({ id: conflictId, resolutionNotes: 'she moved in March' })]);
    // One a later statement settled says so: the user asked for no decision.
    const settled = cli(['remember', 'To be clear, my cat is called Felix'], { dataDir });
    expect(settled.stdout).toContain(`settles conflict #${pendingId.slice(0, 8)}`);
    expect(withoutDate(cli(['conflicts', '--resolved'], { dataDir }).stdout)).toContain(
      `#${pendingId.slice(0, 8)}  (name, keep_b on <date>, settled by a later statement)`,
    );
    expect(cat.action).toBe('added');
  });

  it("resolve of a memory's id says that it is a memory's, which conflict it is a side of, and where conflict ids are", () => {
    const { dataDir, london, paris, conflictId } = withConflict();
    const short = (id: string) => id.slice(0, 8);
    const notFound = (given: string, hint: string) => ({
      code: 2,
      stdout: '',
      stderr: `casual-memory: no conflict with the id ${given} (or starting with it) for this user${hint}\n`,
    });
    const where = '; conflict ids are listed by `casual-memory conflicts`';
    expect(cli(['resolve', short(london.memoryId), 'keep_a'], { dataDir })).toEqual(
      notFound(
        short(london.memoryId),
        `: ${short(london.memoryId)} is the id of a memory, "I live in London", one side of conflict #${short(conflictId)}${where}`,
      ),
    );
    expect(cli(['resolve', paris.memoryId, 'keep_b'], { dataDir })).toEqual(
      notFound(
        paris.memoryId,
        `: ${paris.memoryId} is the id of a memory, "I live in Paris", one side of conflict #${short(conflictId)}${where}`,
      ),
    );
    expect(cliJson(['resolve', paris.memoryId, 'keep_b'], { dataDir })).toMatchObject({ exitCode: 2, error: { code: 'NOT_FOUND' } });
    // Another user's memory, or no memory at all: no hint.
    expect(cli(['resolve', short(london.memoryId), 'keep_a', '--user', 'ana'], { dataDir })).toEqual(notFound(short(london.memoryId), ''));
    expect(cli(['resolve', 'ffff0000', 'keep_a'], { dataDir })).toEqual(notFound('ffff0000', ''));
    // Once the conflict is settled, the memory is in none.
    expect(cli(['resolve', conflictId, 'keep_b'], { dataDir }).code).toBe(0);
    expect(cli(['resolve', short(london.memoryId), 'keep_a'], { dataDir })).toEqual(
      notFound(short(london.memoryId), `: ${short(london.memoryId)} is the id of a memory, "I live in London"${where}`),
    );
  });

  it('resolve keep_b makes the newer fact current, once; a short id prefix works', () => {
    const { dataDir, london, paris, conflictId } = withConflict();
    const resolved = cliJson<{ applied: boolean; currentIds: string[]; archivedIds: string[] }>(
      ['resolve', conflictId.slice(0, 8), 'keep_b'],
      { dataDir },
    );
    expect(resolved).toMatchObject({ exitCode: 0, applied: true, currentIds: [paris.memoryId], archivedIds: [london.memoryId] });
    expect(texts(cliJson<Recalled>(['recall', 'where do I live'], { dataDir }))).toEqual(['I live in Paris']);
    expect(cliJson<{ conflicts: unknown[] }>(['conflicts'], { dataDir }).conflicts).toEqual([]);

    const again = cli(['resolve', conflictId, 'keep_a'], { dataDir });
    expect(again.code).toBe(3);
    const id = (memoryId: string) => `#${memoryId.slice(0, 8)}`;
    expect(withoutDate(again.stderr)).toBe(
      `casual-memory: conflict ${conflictId} is already resolved: keeps ${id(paris.memoryId)} "I live in Paris", archives ${id(london.memoryId)} "I live in London" (keep_b on <date>)\n`,
    );
    expect(texts(cliJson<Recalled>(['recall', 'where do I live'], { dataDir }))).toEqual(['I live in Paris']);
  });

  it('resolve of a conflict already resolved says so first, whatever the decision and its options: a merge asks for no --text', () => {
    const { dataDir, conflictId } = withConflict();
    expect(cli(['resolve', conflictId, 'keep_b'], { dataDir }).code).toBe(0);
    for (const args of [
      ['merge'],
      ['merge', '--text', ' '],
      ['merge', '--text', '???'],
      ['keep_a', '--text', 'I live in Rome'],
      ['both_valid', '--notes', 'two homes'],
    ]) {
      const run = cli(['resolve', conflictId.slice(0, 8), ...args], { dataDir });
      expect({ args, code: run.code, stdout: run.stdout }).toEqual({ args, code: 3, stdout: '' });
      expect(run.stderr).toMatch(
        new RegExp(`^casual-memory: conflict ${conflictId} is already resolved: keeps .* \\(keep_b on [^)]+\\)\n$`),
      );
    }
    expect(cliJson(['resolve', conflictId, 'merge'], { dataDir })).toMatchObject({ exitCode: 3, error: { code: 'CONFLICT_STATE' } });
    // A conflict still pending needs the text of a merge, as before.
    const pending = withConflict();
    expect(cli(['resolve', pending.conflictId, 'merge'], { dataDir: pending.dataDir })).toMatchObject({
      code: 1,
      stderr: 'casual-memory: merge needs --text with the one statement that replaces both\n',
    });
  });

  it('resolve of a conflict a later statement settled says which memory it kept and which it archived, as remember said it', () => {
    const { dataDir, london, paris, conflictId } = withConflict();
    const id = (memoryId: string) => `#${memoryId.slice(0, 8)}`;
    const berlin = cli(['remember', 'I moved to Berlin'], { dataDir });
    const berlinId = /^added (#[0-9a-f]{8}) /.exec(berlin.stdout)?.[1];
    expect(berlin.stdout).toContain(
      `  settles conflict ${id(conflictId)}: keeps ${berlinId} "I moved to Berlin", archives ${id(paris.memoryId)} "I live in Paris"\n`,
    );
    const again = cli(['resolve', conflictId, 'keep_a'], { dataDir });
    expect({ ...again, stderr: withoutDate(again.stderr) }).toEqual({
      code: 3,
      stdout: '',
      stderr:
        `casual-memory: conflict ${conflictId} is already resolved: keeps ${berlinId} "I moved to Berlin", ` +
        `archives ${id(london.memoryId)} "I live in London" and ${id(paris.memoryId)} "I live in Paris" ` +
        '(merge on <date>, answered by a later statement that replaces both sides: I moved to Berlin)\n',
    });
    // Both kept, when both were valid.
    const both = withConflict();
    expect(cli(['resolve', both.conflictId, 'both_valid'], { dataDir: both.dataDir }).code).toBe(0);
    expect(withoutDate(cli(['resolve', both.conflictId, 'keep_b'], { dataDir: both.dataDir }).stderr)).toBe(
      `casual-memory: conflict ${both.conflictId} is already resolved: keeps both ${id(both.london.memoryId)} "I live in London" and ${id(both.paris.memoryId)} "I live in Paris" (both_valid on <date>)\n`,
    );
  });

  it('resolve also settles the other conflicts of the side it archived, and says which', () => {
    const { dataDir, paris, conflictId } = withConflict();
    const madrid = cliJson<Remembered>(['remember', 'I live in Madrid'], { dataDir });
    const other = madrid.conflictIds[0] as string;
    expect(cliJson<{ conflicts: unknown[] }>(['conflicts'], { dataDir }).conflicts).toHaveLength(2);

    const resolved = cli(['resolve', conflictId, 'keep_b'], { dataDir });
    expect(resolved).toMatchObject({ code: 0, stderr: '' });
    const short = (id: string) => id.slice(0, 8);
    expect(resolved.stdout).toContain(
      `  also settles conflict #${short(other)}: keeps #${short(paris.memoryId)} "I live in Paris", archives #${short(madrid.memoryId)} "I live in Madrid"\n`,
    );
    expect(cliJson<{ conflicts: unknown[] }>(['conflicts'], { dataDir }).conflicts).toEqual([]);
    expect(texts(cliJson<Recalled>(['recall', 'where do I live'], { dataDir }))).toEqual(['I live in Paris']);
  });

  it('resolve --json lists the other conflicts it settled, with what each kept and archived', () => {
    const { dataDir, paris, conflictId } = withConflict();
    const madrid = cliJson<Remembered>(['remember', 'I live in Madrid'], { dataDir });
    const other = madrid.conflictIds[0] as string;
    const resolved = cliJson<{ settledConflictIds: string[]; settled: unknown[] }>(['resolve', conflictId, 'keep_b'], { dataDir });
    expect(resolved).toMatchObject({ exitCode: 0, settledConflictIds: [other] });
    expect(resolved.settled).toEqual([
      {
        id: other,
        kept: { id: paris.memoryId, text: 'I live in Paris' },
        archived: { id: madrid.memoryId, text: 'I live in Madrid' },
      },
    ]);
  });

  it('resolve and history say the same of the memory a resolution archives: rejected (keep_a) or superseded (keep_b)', () => {
    const id = (memoryId: string) => `#${memoryId.slice(0, 8)}`;
    const kept = withConflict();
    const keepA = cli(['resolve', kept.conflictId, 'keep_a'], { dataDir: kept.dataDir });
    expect(keepA.stdout).toContain(`archived ${id(kept.paris.memoryId)} "I live in Paris" (rejected for ${id(kept.london.memoryId)})`);
    expect(cli(['history'], { dataDir: kept.dataDir }).stdout).toContain(
      `${id(kept.paris.memoryId)} "I live in Paris" -> rejected for ${id(kept.london.memoryId)} "I live in London"`,
    );

    const newer = withConflict();
    const keepB = cli(['resolve', newer.conflictId, 'keep_b'], { dataDir: newer.dataDir });
    expect(keepB.stdout).toContain(`archived ${id(newer.london.memoryId)} "I live in London" (superseded by ${id(newer.paris.memoryId)})`);
    expect(cli(['history'], { dataDir: newer.dataDir }).stdout).toContain(
      `${id(newer.london.memoryId)} "I live in London" -> superseded by ${id(newer.paris.memoryId)} "I live in Paris"`,
    );
  });

  it('resolve merge needs --text and replaces both memories with it', () => {
    const { dataDir, conflictId } = withConflict();
    const missing = cli(['resolve', conflictId, 'merge'], { dataDir });
    expect(missing.code).toBe(1);
    expect(missing.stderr).toContain('merge needs --text');
    expect(cli(['resolve', conflictId, 'merge', '--text', '  '], { dataDir })).toMatchObject({
      code: 1,
      stderr: 'casual-memory: nothing to merge: --text is empty\n',
    });
    const merged = cliJson<{ mergedMemoryId: string }>(['resolve', conflictId, 'merge', '--text', 'I live in London and in Paris'], {
      dataDir,
    });
    expect(merged).toMatchObject({ exitCode: 0, applied: true, mergedMemoryId: expect.any(String) });
    expect(texts(cliJson<Recalled>(['recall', 'where do I live', '--min-score', '0.5'], { dataDir }))).toEqual([
      'I live in London and in Paris',
    ]);
  });

  it('an unknown conflict is exit 2, a bad decision exit 1', () => {
    const { dataDir } = withConflict();
    expect(cli(['resolve', 'no-such-conflict', 'keep_a'], { dataDir })).toMatchObject({ code: 2 });
    const bad = cli(['resolve', 'whatever', 'maybe'], { dataDir });
    expect(bad.code).toBe(1);
    expect(bad.stderr).toContain('resolve takes keep_a (the earlier), keep_b (the newer), merge (with --text) or both_valid');
  });
});

describe('forget', () => {
  it('deletes a memory for good; a second time is exit 2', () => {
    const dataDir = tempDir();
    const { memoryId } = cliJson<Remembered>(['remember', 'I have a dentist appointment on Friday'], { dataDir });
    expect(cliJson(['forget', memoryId], { dataDir })).toMatchObject({ exitCode: 0, id: memoryId, forgotten: true });
    expect(cliJson<Recalled>(['recall', 'dentist appointment'], { dataDir }).memories).toEqual([]);
    const again = cli(['forget', memoryId], { dataDir });
    expect(again.code).toBe(2);
    expect(again.stderr.split('\n')).toHaveLength(2);
  });

  it('leaves what the forgotten memory replaced in history, saying that its successor was forgotten', () => {
    const dataDir = tempDir();
    cli(['remember', 'I live in London'], { dataDir });
    const moved = cliJson<Remembered>(['remember', 'I moved to Paris'], { dataDir });
    expect(moved.supersededIds).toHaveLength(1);
    cli(['forget', moved.memoryId], { dataDir });
    const shown = cli(['history'], { dataDir });
    expect(shown.stdout).toContain(`"I live in London" -> superseded by #${moved.memoryId.slice(0, 8)} (since forgotten)`);
  });
});

describe('repair', () => {
  it('has nothing to do in a healthy folder', () => {
    const dataDir = tempDir();
    cli(['remember', 'I live in London'], { dataDir });
    const done = cli(['repair'], { dataDir });
    expect(done).toMatchObject({ code: 0, stdout: 'nothing to repair\n', stderr: '' });
    expect(cliJson(['repair'], { dataDir })).toMatchObject({
      exitCode: 0,
      resolutions: [],
      settledConflictIds: [],
      removedHeldIds: [],
      failures: [],
    });
  });

  it('answers a conflict that an older folder left open after an update ("I moved to Berlin"), once', () => {
    // A folder as a version before the update answered conflicts left it: London superseded by Berlin,
    // while "London or Paris?" still waits. Made with remember, then restored from an edited export.
    const source = tempDir();
    cli(['remember', 'I live in London'], { dataDir: source });
    const paris = cliJson<Remembered>(['remember', 'I live in Paris'], { dataDir: source });
    const conflictId = paris.conflictIds[0]!;
    const berlinId = '0b9e2f5c-53a4-4c8e-9d0e-6f1a2b3c4d5e';
    const rows = cli(['export'], { dataDir: source })
      .stdout.trim()
      .split('\n')
      .map((line) => JSON.parse(line) as Record<string, unknown>);
    const london = rows.find((row) => row['text'] === 'I live in London')!;
    Object.assign(london, { archived: true, archivedAt: london['lastSeen'], supersededBy: berlinId });
    rows.push({ ...london, id: berlinId, text: 'I moved to Berlin', archived: false, archivedAt: undefined, supersededBy: undefined });
    const copy = tempDir();
    expect(cli(['import', '-'], { dataDir: copy, input: rows.map((row) => JSON.stringify(row)).join('\n') }).code).toBe(0);
    expect(cliJson<{ conflicts: unknown[] }>(['conflicts'], { dataDir: copy }).conflicts).toHaveLength(1);

    const repaired = cli(['repair'], { dataDir: copy });
    expect(repaired.code).toBe(0);
    expect(repaired.stdout).toBe(
      `settled conflict #${conflictId.slice(0, 8)}: a later statement replaces both sides: "I moved to Berlin"\n`,
    );
    expect(cliJson<{ conflicts: unknown[] }>(['conflicts'], { dataDir: copy }).conflicts).toEqual([]);
    expect(texts(cliJson<Recalled>(['recall', 'where do I live'], { dataDir: copy }))).toEqual(['I moved to Berlin']);
    expect(cliJson(['repair'], { dataDir: copy })).toMatchObject({ exitCode: 0, settledConflictIds: [] });
  });
});

describe('import and export', () => {
  const lines = [
    JSON.stringify({ text: 'I live in London' }),
    JSON.stringify({ text: 'I like green tea', type: 'preference', tags: ['drinks'] }),
    JSON.stringify({ role: 'user', content: 'I work at the hospital' }),
    JSON.stringify({ role: 'assistant', content: 'That sounds demanding.' }),
    '',
    JSON.stringify({ text: 'I live in London' }),
    JSON.stringify({ text: 'I live in Paris' }),
  ];

  it('imports facts and chat messages with a summary of decisions, and skips imported lines on a re-run', () => {
    const dataDir = tempDir();
    const file = join(tempDir(), 'facts.jsonl');
    writeFileSync(file, `${lines.join('\n')}\n`);
    const first = cliJson(['import', file], { dataDir: tempDir() });
    expect(first).toMatchObject({
      exitCode: 0,
      lines: 7,
      skipped: 1,
      imported: 5,
      alreadyImported: 0,
      ignored: 1,
      decisions: { added: 3, duplicate: 1, conflict: 1, superseded: 0 },
      errors: [],
    });
    // The blank line is not counted: every line with something in it was read ("1 chat message without a memory").
    const firstText = cli(['import', file], { dataDir });
    expect(firstText.stdout).toBe(
      [
        `imported 5 of 6 lines from ${file}, 1 chat message without a memory`,
        '  3 added (0 older memories superseded), 1 duplicate, 1 conflict',
        '  see them with: casual-memory conflicts',
        '',
      ].join('\n'),
    );
    // A re-run counts each line as the first run did: the assistant's message holds no memory again.
    const second = cliJson(['import', file], { dataDir });
    expect(second).toMatchObject({
      exitCode: 0,
      imported: 0,
      alreadyImported: 5,
      ignored: 1,
      decisions: { added: 0, duplicate: 0, conflict: 0 },
    });
    const text = cli(['import', file], { dataDir });
    expect(text.stdout).toBe(
      [
        `imported 0 of 6 lines from ${file}, 5 already imported before, 1 chat message without a memory`,
        '  nothing new to import: every line was imported before',
        '',
      ].join('\n'),
    );
    expect(text.stderr).toBe(''); // no progress bar without a terminal

    // A longer file with the same start resumes where the first left off.
    writeFileSync(file, `${[...lines, JSON.stringify({ text: 'I have two cats' })].join('\n')}\n`);
    expect(cliJson(['import', file], { dataDir })).toMatchObject({ imported: 1, alreadyImported: 5, ignored: 1, decisions: { added: 1 } });
  });

  it('reports bad lines (exit 1) and imports the rest', () => {
    const dataDir = tempDir();
    const file = join(tempDir(), 'mixed.jsonl');
    writeFileSync(
      file,
      ['{"text": "I live in Rome"}', 'not json', '[1, 2]', '{"text": ""}', '{"foo": 1}', '{"text": "I speak Italian"}'].join('\n'),
    );
    const run = cliJson<{ errors: { line: number; message: string }[] }>(['import', file], { dataDir });
    expect(run).toMatchObject({ exitCode: 1, imported: 2 });
    expect(run.errors.map((error) => error.line)).toEqual([2, 3, 4, 5]);
    expect(cli(['import', file], { dataDir: tempDir() }).stdout.split('\n')[0]).toBe(
      `imported 2 of 6 lines from ${file}, 4 lines left out (below)`,
    );
    // Run again, the parts of the summary add up to the lines as they did the first time, and it says nothing was new.
    const again = cli(['import', file], { dataDir });
    expect(again.code).toBe(1);
    expect(again.stdout.split('\n').slice(0, 3)).toEqual([
      `imported 0 of 6 lines from ${file}, 2 already imported before, 4 lines left out (below)`,
      '  nothing new to import: every line but the ones left out was imported before',
      '  line 2: not JSON (expected {"text": ...} or {"role": ..., "content": ...})',
    ]);
    // The bad lines were not marked: fixed, they import on the next run, the good ones are not added twice.
    writeFileSync(file, ['{"text": "I live in Rome"}', '{"text": "I have a bike"}'].join('\n'));
    expect(cliJson(['import', file], { dataDir })).toMatchObject({ exitCode: 0, imported: 1, alreadyImported: 1 });
  });

  it('names a bad field of a line in the words of the other line errors, not in the validator words', () => {
    const file = join(tempDir(), 'fields.jsonl');
    const bad = [
      { text: '   ' },
      { text: 'I like tea', importance: 5 },
      { text: 'I swim', type: 'hobby' },
      { text: 'I run', confidence: -1 },
      { text: 'I ski', source: 'me' },
      { text: 'I fly', mentionCount: 0 },
      { text: 'I sing', tags: 'music' },
      { text: 'I hum', tags: ['casual-memory:rejected'] },
      { text: 'I read', userId: ' ' },
      { kind: 'memory', id: '0bf1d7e6-1c4e-4f6a-9a57-8d6a0a0b3c02', text: 'I paint', type: 'fact', importance: 3 },
    ];
    writeFileSync(file, `${[{ text: 'I live in Rome' }, ...bad].map((line) => JSON.stringify(line)).join('\n')}\n`);
    const run = cliJson<{ errors: { line: number; message: string }[] }>(['import', file], { dataDir: tempDir() });
    expect(run).toMatchObject({ exitCode: 1, imported: 1 });
    expect(run.errors.map((error) => `line ${error.line}: ${error.message}`)).toEqual([
      'line 2: "text" is empty',
      'line 3: "importance" must be a number from 0 to 1 (got 5)',
      'line 4: "type" must be one of fact, preference, event, goal, weather (got "hobby")',
      'line 5: "confidence" must be a number from 0 to 1 (got -1)',
      'line 6: "source" must be one of user, assistant, tool (got "me")',
      'line 7: "mentionCount" must be a whole number of 1 or more (got 0)',
      'line 8: "tags" must be a list of strings (got "music")',
      'line 9: "tags" holds "casual-memory:rejected": tags starting with "casual-memory:" are reserved for casual-memory\'s own marks',
      'line 10: "userId" is empty',
      'line 11: "importance" must be a number from 0 to 1 (got 3)',
    ]);
    expect(cli(['import', file], { dataDir: tempDir() }).stdout).toContain('  line 2: "text" is empty\n');
  });

  it('counts an export as complete without its header, with each count in the singular or plural it needs', () => {
    const source = tempDir();
    cli(['remember', 'I live in London'], { dataDir: source });
    cli(['remember', 'I live in Paris'], { dataDir: source });
    const file = join(tempDir(), 'lea.jsonl');
    writeFileSync(file, cli(['export'], { dataDir: source }).stdout);
    const imported = cli(['import', file], { dataDir: tempDir() });
    expect(imported).toMatchObject({ code: 0, stderr: '' });
    expect(imported.stdout).toBe(`imported 3 of 3 lines from ${file}\n  2 memories and 1 conflict restored as exported\n`);
    expect(cliJson(['import', file], { dataDir: tempDir() })).toMatchObject({ lines: 4, skipped: 1, imported: 3 });
  });

  it('refuses --user for a file whose lines name another user, before anything is made; lines naming no user take it', () => {
    const source = tempDir();
    cli(['remember', 'I live in London', '--user', 'lea'], { dataDir: source });
    const file = join(tempDir(), 'lea.jsonl');
    writeFileSync(file, cli(['export', '--user', 'lea'], { dataDir: source }).stdout);

    const dataDir = join(tempDir(), 'copy');
    const refused = cli(['import', file, '--user', 'rafa'], { dataDir });
    expect(refused).toMatchObject({ code: 1, stdout: '' });
    expect(refused.stderr).toBe(
      `casual-memory: ${file} holds lines of the user lea, and import keeps the user a line names: --user rafa would not apply to them (leave it out to import them as they are)\n`,
    );
    expect(existsSync(dataDir)).toBe(false);
    expect(cliJson(['import', file, '--user', 'rafa'], { dataDir })).toMatchObject({ exitCode: 1, error: { code: 'USAGE' } });

    // The user the lines name, or no --user: restored under lea.
    expect(cli(['import', file, '--user', 'lea'], { dataDir }).code).toBe(0);
    expect(texts(cliJson<Recalled>(['recall', 'where do I live', '--user', 'lea'], { dataDir }))).toEqual(['I live in London']);
    // Lines without a userId are the --user's.
    const plain = join(tempDir(), 'plain.jsonl');
    writeFileSync(plain, `${JSON.stringify({ text: 'I like green tea' })}\n`);
    expect(cli(['import', plain, '--user', 'rafa'], { dataDir }).code).toBe(0);
    expect(texts(cliJson<Recalled>(['recall', 'green tea', '--user', 'rafa'], { dataDir }))).toEqual(['I like green tea']);
  });

  it('a file that is missing, a folder or unreadable is exit 1, said in words', () => {
    const dataDir = tempDir();
    const missing = join(tempDir(), 'nope.jsonl');
    expect(cli(['import', missing], { dataDir })).toEqual({ code: 1, stdout: '', stderr: `casual-memory: no file ${missing}\n` });
    const folder = tempDir();
    expect(cli(['import', folder], { dataDir })).toEqual({
      code: 1,
      stdout: '',
      stderr: `casual-memory: ${folder} is a folder: give the file in it to import\n`,
    });
    expect(cliJson(['import', missing], { dataDir })).toMatchObject({
      exitCode: 1,
      error: { code: 'USAGE', message: `no file ${missing}`, exitCode: 1 },
    });
    const locked = join(tempDir(), 'locked.jsonl');
    writeFileSync(locked, '{"text": "I have a cat"}\n');
    chmodSync(locked, 0o000);
    expect(cliHeedingFileModes(['import', locked], { dataDir })).toEqual({
      code: 1,
      stdout: '',
      stderr: `casual-memory: cannot read ${locked}: permission denied\n`,
    });
  });

  it('export writes a header, every memory and every conflict as JSON lines that import restores', () => {
    const source = tempDir();
    cli(['remember', 'I live in London'], { dataDir: source });
    cli(['remember', 'I moved to Lisbon'], { dataDir: source });
    cli(['remember', 'I like green tea', '--type', 'preference', '--tags', 'drinks'], { dataDir: source });
    cli(['remember', 'I live in London', '--user', 'ana'], { dataDir: source });
    const exported = cli(['export'], { dataDir: source });
    expect(exported.code).toBe(0);
    const rows = exported.stdout
      .trim()
      .split('\n')
      .map((line) => JSON.parse(line) as Record<string, unknown>);
    expect(rows[0]).toEqual({ kind: 'header', format: 'casual-memory-export', version: 3, user: 'default', embedder: 'hashing-384' });
    const memories = rows.filter((row) => row['kind'] === 'memory');
    expect(memories.map((row) => [row['text'], row['archived']]).sort()).toEqual([
      ['I like green tea', false],
      ['I live in London', true],
      ['I moved to Lisbon', false],
    ]);
    // A memory comes after the one that superseded it.
    const lisbon = memories.findIndex((row) => row['text'] === 'I moved to Lisbon');
    const london = memories.findIndex((row) => row['text'] === 'I live in London');
    expect(memories[london]!['supersededBy']).toBe(memories[lisbon]!['id']);
    expect(lisbon).toBeLessThan(london);

    const file = join(tempDir(), 'export.jsonl');
    writeFileSync(file, exported.stdout);
    const copy = tempDir();
    expect(cliJson(['import', file], { dataDir: copy })).toMatchObject({
      exitCode: 0,
      imported: 3,
      restored: { memories: 3, conflicts: 0 },
      decisions: { added: 0 },
    });
    const reexported = cli(['export'], { dataDir: copy })
      .stdout.trim()
      .split('\n')
      .map((line) => JSON.parse(line) as Record<string, unknown>);
    const comparable = (row: Record<string, unknown>) => {
      const { id: _id, supersededBy, ...rest } = row;
      return { ...rest, linked: supersededBy !== undefined };
    };
    expect(reexported.map(comparable).sort(byText)).toEqual(rows.map(comparable).sort(byText));
    expect(cliJson<{ records: unknown[] }>(['export', '--user', 'ana'], { dataDir: source }).records).toHaveLength(2);

    // Piped: `export | import -`.
    const piped = tempDir();
    expect(cli(['import', '-', '--json'], { dataDir: piped, input: exported.stdout }).code).toBe(0);
    expect(cli(['export'], { dataDir: piped }).stdout.trim().split('\n')).toHaveLength(4);
  });
});

function byText(a: Record<string, unknown>, b: Record<string, unknown>): number {
  return String(a['text']).localeCompare(String(b['text']));
}

describe('recall text output', () => {
  it('numbers the memories in rank order and labels the similarity beside each', () => {
    const dataDir = tempDir();
    cli(['remember', 'I live in London'], { dataDir });
    cli(['remember', 'I like green tea'], { dataDir });
    const recalled = cli(['recall', 'where do I live', '--min-score', '0'], { dataDir });
    expect(recalled).toMatchObject({ code: 0, stderr: '' });
    expect(recalled.stdout).toMatch(
      /^1\. #[0-9a-f]{8} "I live in London" {2}\(similarity -?\d\.\d\d\)\n2\. #[0-9a-f]{8} "I like green tea" {2}\(similarity -?\d\.\d\d\)\n$/,
    );
  });
});

describe('--user before the command', () => {
  it('takes --user (or -u) before the command too, as --data-dir and --json', () => {
    const dataDir = tempDir();
    cli(['remember', 'I live in London'], { dataDir });
    expect(cli(['--data-dir', dataDir, '--user', 'ana', 'remember', 'I like green tea'])).toMatchObject({ code: 0, stderr: '' });
    expect(texts(cliJson<Recalled>(['-u', 'ana', 'recall', 'green tea'], { dataDir }))).toEqual(['I like green tea']);
    expect(texts(cliJson<Recalled>(['recall', 'green tea'], { dataDir }))).not.toContain('I like green tea');
    expect(cliJson(['--user', 'ana', 'list'], { dataDir })).toMatchObject({ exitCode: 0, user: 'ana' });
    const stats = cli(['--data-dir', dataDir, '--user', 'ana', '--json', 'stats']);
    expect(stats.code).toBe(0);
    expect(JSON.parse(stats.stdout).users).toEqual([expect.objectContaining({ user: 'ana' })]);
  });
});

describe('stats', () => {
  it('counts memories per user and status, and conflicts per status', () => {
    const dataDir = tempDir();
    cli(['remember', 'I live in London'], { dataDir });
    cli(['remember', 'I live in Paris'], { dataDir });
    cli(['remember', 'I work at Google', '--user', 'ana'], { dataDir });
    cli(['remember', 'I moved to Berlin', '--user', 'ana'], { dataDir });
    cli(['remember', 'I work at Microsoft', '--user', 'ana'], { dataDir });
    const stats = cliJson<{ users: unknown[]; parts: Record<string, string> }>(['stats'], { dataDir });
    expect(stats.exitCode).toBe(0);
    expect(stats.users).toEqual([
      {
        user: 'ana',
        memories: { current: 2, expired: 0, superseded: 0, rejected: 0, heldForConflict: 1 },
        conflicts: { pending: 1, escalated: 0, resolved: 0 },
      },
      {
        user: 'default',
        memories: { current: 1, expired: 0, superseded: 0, rejected: 0, heldForConflict: 1 },
        conflicts: { pending: 1, escalated: 0, resolved: 0 },
      },
    ]);
    expect(stats.parts['models']).toContain('offline');
    expect(cli(['stats'], { dataDir }).stdout).toContain('default: 1 current');
  });

  it('says the conflicts file is not made yet before a command looks for a conflict, and reading does not make it', () => {
    const dataDir = tempDir();
    cli(['remember', 'I live in London'], { dataDir });
    const conflictsFile = join(dataDir, 'conflicts.sqlite');
    expect(cli(['stats'], { dataDir }).stdout).toContain(`conflicts  SQLite ${conflictsFile} (none yet)\n`);
    expect(cliJson<{ parts: Record<string, string> }>(['stats'], { dataDir }).parts['conflicts']).toBe(
      `SQLite ${conflictsFile} (none yet)`,
    );
    expect(cli(['conflicts'], { dataDir }).stdout).toContain('no pending conflicts');
    expect(cli(['export'], { dataDir }).code).toBe(0);
    expect(existsSync(conflictsFile)).toBe(false);

    cli(['remember', 'I live in Paris'], { dataDir });
    expect(existsSync(conflictsFile)).toBe(true);
    expect(cli(['stats'], { dataDir }).stdout).toContain(`conflicts  SQLite ${conflictsFile}\n`);
  });

  it('the first write command that looks for conflicts makes the conflicts file, empty: stats names it then, and counts none', () => {
    const dataDir = tempDir();
    const conflictsFile = join(dataDir, 'conflicts.sqlite');
    cli(['remember', 'I live in London'], { dataDir });
    cli(['remember', 'I like green tea'], { dataDir });
    expect(existsSync(conflictsFile)).toBe(false);
    // An update looks for the pending conflicts it settles: that makes the file, though none is recorded.
    expect(cliJson<Remembered>(['remember', 'I moved to Lisbon'], { dataDir })).toMatchObject({ action: 'added', conflictIds: [] });
    expect(existsSync(conflictsFile)).toBe(true);
    const stats = cli(['stats'], { dataDir }).stdout;
    expect(stats).toContain(`conflicts  SQLite ${conflictsFile}\n`);
    expect(stats).toContain(
      'default: 2 current, 1 superseded, 0 rejected, 0 held, 0 expired; conflicts 0 pending, 0 escalated, 0 resolved\n',
    );
  });

  it('an empty data folder has no users', () => {
    expect(cliJson(['stats'], { dataDir: tempDir() })).toMatchObject({ exitCode: 0, users: [] });
    // Read commands never create a folder: a missing one is "not found".
    expect(cliJson(['stats'], { dataDir: join(tempDir(), 'missing') })).toMatchObject({ exitCode: 2, error: { code: 'NO_DATA_DIR' } });
  });
});

describe('text output', () => {
  it('prints a newline or another control character of a memory escaped, one memory a line; --json keeps the text as it is', () => {
    const dataDir = tempDir();
    cli(['remember', 'I live in\nLondon'], { dataDir });
    cli(['remember', 'I moved to\nLisbon'], { dataDir });
    expect(cliJson<Remembered>(['remember', 'I live in\r\nPorto'], { dataDir }).action).toBe('conflict');
    cli(['remember', 'I like \u001b[31mred\u001b[0m tea\u2028a lot', '--tags', 'drinks\ncolours'], { dataDir });

    const recall = cli(['recall', 'where do I live'], { dataDir });
    expect(recall.code).toBe(0);
    expect(recall.stdout).toMatch(/^1\. #[0-9a-f]{8} "I moved to\\nLisbon" {2}\(similarity \d\.\d\d\)\n/);
    const tea = cli(['recall', 'red tea'], { dataDir }).stdout;
    expect(tea).toContain('"I like \\u001b[31mred\\u001b[0m tea\\u2028a lot" [drinks\\ncolours]');
    expect(tea).not.toContain('\u001b');

    expect(cli(['history'], { dataDir }).stdout).toMatch(
      /^#[0-9a-f]{8} "I live in\\nLondon" -> superseded by #[0-9a-f]{8} "I moved to\\nLisbon" \(.*\)\n$/,
    );
    const conflicts = cli(['conflicts'], { dataDir }).stdout;
    expect(conflicts.split('\n')[0]).toMatch(
      /^#[0-9a-f]{8} {2}a: "I moved to\\nLisbon" {2}b: "I live in\\r\\nPorto" {2}\(location, pending\)$/,
    );
    expect(conflicts.split('\n')).toHaveLength(3);

    expect(texts(cliJson<Recalled>(['recall', 'where do I live'], { dataDir }))[0]).toBe('I moved to\nLisbon');
  });
});

describe('long texts', () => {
  it('text output prints a memory of 3,750 characters as its first 200 and how many are left out; --json keeps it whole', () => {
    const dataDir = tempDir();
    const sentence = 'long day yaar, the bus was late again and the rain did not stop. ';
    const long = sentence.repeat(60).slice(0, 3750);
    const quoted = `"${sentence.repeat(3)}long …" (+3,550 characters)`;

    const added = cli(['remember', long], { dataDir });
    expect(added).toMatchObject({ code: 0, stderr: '' });
    expect(added.stdout).toMatch(/^added #[0-9a-f]{8} /);
    expect(added.stdout.slice('added #12345678 '.length)).toBe(`${quoted}\n`);
    // A correction of it: both texts cut on the one line that names both.
    const corrected = cli(['remember', `I moved to Lisbon. ${long}`], { dataDir });
    expect(corrected.stdout).toMatch(/^added #[0-9a-f]{8} "I moved to Lisbon\. long day yaar, .*…" \(\+3,56\d characters\)\n/);
    expect(corrected.stdout).toContain(`  supersedes #${added.stdout.slice(7, 15)} ${quoted}: `);

    const recall = cli(['recall', 'the bus was late'], { dataDir }).stdout;
    expect(recall).toMatch(
      /^1\. #[0-9a-f]{8} "I moved to Lisbon\. long day yaar, .*…" \(\+3,56\d characters\) {2}\(similarity \d\.\d\d\)\n$/,
    );
    const outputs = { list: cli(['list', '--all'], { dataDir }).stdout, history: cli(['history'], { dataDir }).stdout };
    for (const [command, stdout] of Object.entries(outputs))
      expect({ command, stdout }).toEqual({ command, stdout: expect.stringContaining(quoted) });
    for (const stdout of [added.stdout, corrected.stdout, recall, ...Object.values(outputs)])
      for (const line of stdout.split('\n')) expect(line.length).toBeLessThan(600);

    expect(cliJson<{ text: string }>(['remember', `I moved to Lisbon. ${long}`], { dataDir }).text).toBe(`I moved to Lisbon. ${long}`);
    expect(texts(cliJson<Recalled>(['recall', 'the bus was late'], { dataDir }))).toEqual([`I moved to Lisbon. ${long}`]);
    expect(cliJson<{ memories: { text: string }[] }>(['list', '--all'], { dataDir }).memories.map((memory) => memory.text)).toContain(long);
    expect(cliJson<{ entries: { memory: { text: string } }[] }>(['history'], { dataDir }).entries[0]?.memory.text).toBe(long);
  });
});
