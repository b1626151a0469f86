import { spawn } from 'node:child_process';
import { createHash, randomBytes } from 'node:crypto';
import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { TypeORMConflictStore } from '@casual-memory/conflicts-typeorm';
import { BIN, cliAsync, ensureBuilt, type Run, removeTempDirs, tempDir } from './run-built-cli';
import {
  connectMysql,
  connectPostgres,
  connectRedis,
  type Database,
  itWith,
  onService,
  REDIS_URL,
  useQdrantStandIn,
} from './shared-services';

// Issue 17: export -> import -> export gives the same file. A folder holding every kind of record
// (current, superseded with its link, held for a pending conflict, rejected, escalated, resolved
// conflicts of every decision, merge included, forgotten memories a resolved conflict still names)
// is exported; the export is imported into a fresh folder and exported again. Nothing may differ,
// not even the header (same user, same embedder): memory ids, links, statuses, counts, dates,
// conflict ids, statuses and resolutions are all as they were. On the SQLite files, on Qdrant (its
// stand-in), on PostgreSQL and MariaDB conflicts, and with Redis as the short-term store (which an
// export does not hold: restoring one writes nothing there).

const RUN = `rt_${randomBytes(4).toString('hex')}_`;
const USERS = ['default', 'ana'] as const;
type Exports = Record<(typeof USERS)[number], string>;

beforeAll(ensureBuilt, 180_000);
afterAll(removeTempDirs);
const standIn = useQdrantStandIn();

/** Where the stores of one run live: the command's flags, and how the test reaches its conflicts. */
interface Backend {
  flags: string[];
  /** The conflict store the command opens with `flags` on `dataDir` (the CLI has no command that escalates). */
  conflictStore(dataDir: string): Promise<TypeORMConflictStore>;
}

const sqliteConflicts = (dataDir: string) =>
  TypeORMConflictStore.create({ type: 'better-sqlite3', database: join(dataDir, 'conflicts.sqlite'), migrate: true });

function embedded(): Backend {
  return { flags: [], conflictStore: sqliteConflicts };
}

function onQdrant(collection: string): Backend {
  return { flags: ['--qdrant-url', standIn().url, '--qdrant-collection', `${RUN}${collection}`], conflictStore: sqliteConflicts };
}

function onDatabase(db: Database, tablePrefix: string): Backend {
  const type = db.url.startsWith('postgres') ? 'postgres' : 'mysql';
  return {
    flags: ['--database-url', db.url, '--table-prefix', tablePrefix],
    conflictStore: () => TypeORMConflictStore.create({ type, url: db.url, tablePrefix, migrate: true }),
  };
}

async function run(backend: Backend, dataDir: string, args: readonly string[]): Promise<Run> {
  const result = await cliAsync([...backend.flags, ...args], { dataDir });
  if (result.code !== 0) throw new Error(`${args.join(' ')} failed (exit ${result.code}): ${result.stderr}`);
  return result;
}

async function remember(backend: Backend, dataDir: string, text: string, user = 'default') {
  const result = await run(backend, dataDir, ['remember', text, '--user', user, '--json']);
  return JSON.parse(result.stdout) as { memoryId: string; conflictIds: string[] };
}

/** A folder (on `backend`) holding every kind of record, for the users `default` and `ana`. */
async function everyKindOfRecord(backend: Backend): Promise<string> {
  const dataDir = tempDir();
  const say = (text: string, user = 'default') => remember(backend, dataDir, text, user);
  const resolve = (id: string, ...args: string[]) => run(backend, dataDir, ['resolve', id, ...args]);
  // Superseded with a link (and mentioned twice): London by Lisbon; then Lisbon by Porto through keep_b.
  await say('I live in London');
  await say('I live in London');
  await say('I moved to Lisbon');
  await resolve((await say('I live in Porto')).conflictIds[0] as string, 'keep_b');
  // merge: a new memory replaces both.
  await say('I work at the hospital');
  await resolve((await say('I work at the bank')).conflictIds[0] as string, 'merge', '--text', 'I work at the hospital and at the bank');
  // keep_a with notes: the newer one is rejected.
  await say('My favourite colour is blue');
  await resolve((await say('My favourite colour is red')).conflictIds[0] as string, 'keep_a', '--notes', 'blue it is');
  // both_valid.
  await say('My favourite food is pizza');
  await resolve((await say('My favourite food is sushi')).conflictIds[0] as string, 'both_valid', '--notes', 'likes both');
  // Forgotten: one on its own, one named by a conflict that `forget` closes (the conflict still names it).
  await run(backend, dataDir, ['forget', (await say('I like green tea')).memoryId]);
  await say('My cat is called Tom');
  await run(backend, dataDir, ['forget', (await say('My cat is called Felix')).memoryId]);
  // Pending: the newer memory is held for it.
  await say('My dog is called Rex');
  await say('My dog is called Max');
  // Escalated twice.
  await say('I am 30 years old');
  const escalated = (await say('I am 35 years old')).conflictIds[0] as string;
  const conflicts = await backend.conflictStore(dataDir);
  try {
    for (let attempt = 0; attempt < 2; attempt++) expect(await conflicts.escalateConflict('default', escalated)).toBe(true);
  } finally {
    await conflicts.close();
  }
  // Every field of an imported line, an expired one too.
  const line = {
    text: 'Dentist on Friday',
    type: 'event',
    tags: ['health'],
    importance: 0.9,
    source: 'user',
    validUntil: '2001-01-05T10:00:00.000Z',
  };
  const file = join(tempDir(), 'event.jsonl');
  writeFileSync(file, `${JSON.stringify(line)}\n`);
  await run(backend, dataDir, ['import', file]);
  // Another user in the same stores, with a pending conflict of their own.
  await say('I work at Google', 'ana');
  await say('I work at Microsoft', 'ana');
  return dataDir;
}

/** Each user's export; `args` adds flags (`--with-vectors`). */
async function exportAll(backend: Backend, dataDir: string, args: readonly string[] = []): Promise<Exports> {
  const exports: Partial<Exports> = {};
  for (const user of USERS) exports[user] = (await run(backend, dataDir, ['export', '--user', user, ...args])).stdout;
  return exports as Exports;
}

type Row = Record<string, unknown>;

function rows(text: string): Row[] {
  return text
    .trim()
    .split('\n')
    .map((line) => JSON.parse(line) as Record<string, unknown>);
}

/**
 * Imports each user's export into a fresh folder on `backend`; every line is restored, nothing decided
 * again, and every vector an export carries is stored as it is (the same hashing embedder).
 */
async function importAll(backend: Backend, exports: Exports): Promise<string> {
  const dataDir = tempDir();
  for (const user of USERS) {
    const file = join(tempDir(), `${user}.jsonl`);
    writeFileSync(file, exports[user]);
    const records = rows(exports[user]);
    const summary = JSON.parse((await run(backend, dataDir, ['import', file, '--json'])).stdout) as Record<string, unknown>;
    expect(summary).toMatchObject({
      imported: records.length - 1,
      restored: {
        memories: records.filter((row) => row['kind'] === 'memory').length,
        conflicts: records.filter((row) => row['kind'] === 'conflict').length,
      },
      vectorsReused: records.filter((row) => row['kind'] === 'memory' && 'vector' in row).length,
      decisions: { added: 0, duplicate: 0, conflict: 0 },
      errors: [],
    });
  }
  return dataDir;
}

/** The source's export holds every kind of record the test means to carry over. */
function expectEveryKind(exports: Exports): void {
  const records = rows(exports.default);
  expect(records[0]).toEqual({ kind: 'header', format: 'casual-memory-export', version: 3, user: 'default', embedder: 'hashing-384' });
  const memories = records.filter((row) => row['kind'] === 'memory');
  const conflicts = records.filter((row) => row['kind'] === 'conflict');
  const ids = new Set(memories.map((row) => row['id']));
  const byText = (text: string) => memories.find((row) => row['text'] === text) as Record<string, unknown>;
  expect(byText('I live in London')).toMatchObject({ archived: true, mentionCount: 2, supersededBy: byText('I moved to Lisbon')['id'] });
  expect(byText('I moved to Lisbon')).toMatchObject({ archived: true, supersededBy: byText('I live in Porto')['id'] });
  expect(byText('I work at the hospital and at the bank')).toMatchObject({ archived: false });
  expect(byText('My favourite colour is red')['tags']).toEqual(['casual-memory:rejected']);
  expect(byText('My dog is called Max')['tags']).toEqual(['casual-memory:pending-conflict']);
  expect(byText('Dentist on Friday')).toMatchObject({ validUntil: '2001-01-05T10:00:00.000Z', importance: 0.9, tags: ['health'] });
  expect(memories.map((row) => row['text'])).not.toContain('I like green tea');
  expect(memories.map((row) => row['text'])).not.toContain('My cat is called Felix');
  expect(conflicts.map((row) => [row['status'], row['resolutionDecision'] ?? null, row['resolutionAttempts']]).sort()).toEqual(
    [
      ['escalated', null, 2],
      ['pending', null, 0],
      ['resolved', 'both_valid', 0],
      ['resolved', 'keep_a', 0],
      ['resolved', 'keep_a', 0],
      ['resolved', 'keep_b', 0],
      ['resolved', 'merge', 0],
    ].sort(),
  );
  const merged = conflicts.find((row) => row['resolutionDecision'] === 'merge') as Record<string, unknown>;
  expect(merged).toMatchObject({ mergedText: 'I work at the hospital and at the bank', resolutionAppliedAt: expect.any(String) });
  // The conflict `forget` closed names the forgotten memory, which is no longer there.
  expect(conflicts.some((row) => !ids.has(row['memoryAId']) || !ids.has(row['memoryBId']))).toBe(true);
  expect(rows(exports.ana).filter((row) => row['kind'] === 'conflict')).toHaveLength(1);
}

/** export -> import -> export on `target` (the second export with `args`): the same files, line for line, header included. */
async function expectRoundTrip(target: Backend, exports: Exports, args: readonly string[] = []): Promise<string> {
  const copy = await importAll(target, exports);
  const again = await exportAll(target, copy, args);
  for (const user of USERS) expect(again[user].split('\n')).toEqual(exports[user].split('\n'));
  return copy;
}

const VECTORS = ['--with-vectors'];
/** 384 float32 values in base64. */
const VECTOR_CHARS = Math.ceil((384 * 4) / 3) * 4;

/**
 * An export made with --with-vectors is the plain export plus each memory's vector: a version 4
 * header naming the vectors' length and encoding, and a `vector` on every memory line, nothing else.
 */
function expectVectorsAdded(withVectors: Exports, plain: Exports): void {
  for (const user of USERS) {
    const [header, ...records] = rows(withVectors[user]);
    const [plainHeader, ...plainRecords] = rows(plain[user]);
    expect(header).toEqual({ ...plainHeader, version: 4, dimensions: 384, vectorEncoding: 'float32le-base64' });
    for (const row of records)
      if (row['kind'] === 'memory') expect(row['vector']).toMatch(new RegExp(`^[A-Za-z0-9+/]{${VECTOR_CHARS - 4}}[A-Za-z0-9+/=]{4}$`));
    expect(records.map(({ vector: _vector, ...row }) => row)).toEqual(plainRecords);
  }
}

/**
 * What `recall` finds for `query` in `dataDir`, with every score shown: each memory (id, text, score,
 * every field), best first; equal scores by id, since a store lists ties in the order they were added.
 */
async function recall(dataDir: string, query: string): Promise<Row[]> {
  const { memories } = JSON.parse((await run(embedded(), dataDir, ['recall', query, '--min-score', '0', '--json'])).stdout) as {
    memories: Row[];
  };
  return memories.sort((a, b) => (b['score'] as number) - (a['score'] as number) || String(a['id']).localeCompare(String(b['id'])));
}

describe('on the SQLite files', () => {
  let source: string;
  let exported: Exports;

  beforeAll(async () => {
    source = await everyKindOfRecord(embedded());
    exported = await exportAll(embedded(), source);
  }, 240_000);

  it('export -> import -> export gives the same file: ids, links, statuses, conflicts with their resolutions', async () => {
    expectEveryKind(exported);
    await expectRoundTrip(embedded(), exported);
    // An export lists the same records the same way every time.
    expect(await exportAll(embedded(), source)).toEqual(exported);
  }, 120_000);

  it('onto Qdrant (its stand-in) and back to SQLite files, the same file each way', async () => {
    const copy = await expectRoundTrip(onQdrant('from_sqlite'), exported);
    expect(await exportAll(onQdrant('from_sqlite'), copy)).toEqual(exported);
    await expectRoundTrip(embedded(), await exportAll(onQdrant('from_sqlite'), copy));
  }, 120_000);

  describe('with --with-vectors', () => {
    let withVectors: Exports;

    beforeAll(async () => {
      withVectors = await exportAll(embedded(), source, VECTORS);
    }, 60_000);

    it('export -> import -> export gives the same file, every vector stored as exported; recall finds the same memories', async () => {
      expectVectorsAdded(withVectors, exported);
      // importAll checks that no text was embedded again (vectorsReused: every memory).
      const copy = await expectRoundTrip(embedded(), withVectors, VECTORS);
      expect(await exportAll(embedded(), copy)).toEqual(exported);
      for (const query of ['where do I live', 'what is my favourite colour', 'where do I work', 'my pets']) {
        const found = await recall(source, query);
        expect(found.length).toBeGreaterThan(0);
        expect(await recall(copy, query)).toEqual(found);
      }
    }, 120_000);

    it('onto Qdrant (its stand-in) and back to SQLite files, with the vectors: the same file each way', async () => {
      const copy = await expectRoundTrip(onQdrant('vectors_from_sqlite'), withVectors, VECTORS);
      await expectRoundTrip(embedded(), await exportAll(onQdrant('vectors_from_sqlite'), copy, VECTORS), VECTORS);
    }, 120_000);

    it('into a folder of another embedder the vectors are ignored, saying why in one line on stderr, and each text is embedded again', async () => {
      const file = join(tempDir(), 'ana.jsonl');
      writeFileSync(file, withVectors.ana);
      const copy = tempDir();
      const sentenceEncoder = { CASUAL_MEMORY_EMBEDDER: undefined };
      const result = await cliAsync(['import', file, '--json'], { dataDir: copy, env: sentenceEncoder });
      expect(result.code).toBe(0);
      const why = "they were made by the embedder hashing-384, and this folder's is use-lite-512";
      expect(result.stderr.split('\n').filter((line) => line.includes('vectors'))).toEqual([
        `casual-memory: the vectors in ${file} are ignored: ${why}; each memory's text is embedded again`,
      ]);
      const memories = rows(withVectors.ana).filter((row) => row['kind'] === 'memory').length;
      expect(JSON.parse(result.stdout)).toMatchObject({ restored: { memories }, vectorsReused: 0, vectorsIgnored: why, errors: [] });
      // The same records, and vectors of the folder's own embedder: recall finds by meaning.
      const again = await cliAsync(['export', '--user', 'ana', '--with-vectors'], { dataDir: copy, env: sentenceEncoder });
      const [header, ...records] = rows(again.stdout);
      expect(header).toMatchObject({ embedder: 'use-lite-512', dimensions: 512 });
      expect(records.map(({ vector: _vector, ...row }) => row)).toEqual(rows(exported.ana).slice(1));
      const found = await cliAsync(['recall', 'which company employs me', '--user', 'ana', '--json'], {
        dataDir: copy,
        env: sentenceEncoder,
      });
      expect((JSON.parse(found.stdout) as { memories: { text: string }[] }).memories[0]?.text).toBe('I work at Google');
    }, 120_000);

    it('a vector of the wrong length or a damaged encoding is a bad line (exit 1) naming it; nothing of it is stored', async () => {
      const lines = withVectors.default.trimEnd().split('\n');
      const damaged = [...lines];
      const short = JSON.parse(lines[2] as string) as Record<string, string>;
      const broken = JSON.parse(lines[4] as string) as Record<string, string>;
      damaged[2] = JSON.stringify({ ...short, vector: short['vector']!.slice(0, -8) });
      damaged[4] = JSON.stringify({ ...broken, vector: `!${broken['vector']!.slice(1)}` });
      const file = join(tempDir(), 'damaged.jsonl');
      writeFileSync(file, `${damaged.join('\n')}\n`);
      const copy = tempDir();
      const result = await cliAsync(['import', file, '--json'], { dataDir: copy });
      expect(result.code).toBe(1);
      const expected = '(expected 384 float32 values, little-endian, in base64: float32le-base64)';
      expect(JSON.parse(result.stdout)).toMatchObject({
        imported: lines.length - 3,
        errors: [
          { line: 3, message: `"vector" holds 1530 bytes, not 1536 ${expected}`, exitCode: 1 },
          { line: 5, message: `"vector" is not base64 ${expected}`, exitCode: 1 },
        ],
      });
      const stored = rows((await run(embedded(), copy, ['export'])).stdout).filter((row) => row['kind'] === 'memory');
      expect(stored).toHaveLength(lines.length - 3 - rows(withVectors.default).filter((row) => row['kind'] === 'conflict').length);
      expect(stored.map((row) => row['id'])).not.toContain(short['id']);
      expect(stored.map((row) => row['id'])).not.toContain(broken['id']);
      // Without --json the same lines are named in the summary; the whole file then completes the import.
      const text = await cliAsync(['import', file], { dataDir: copy });
      expect(text.stdout).toContain(`line 3: "vector" holds 1530 bytes, not 1536`);
      const whole = join(tempDir(), 'whole.jsonl');
      writeFileSync(whole, withVectors.default);
      await run(embedded(), copy, ['import', whole]);
      expect((await run(embedded(), copy, ['export', ...VECTORS])).stdout).toBe(withVectors.default);
    }, 120_000);
  });

  it('a resumed import counts a memory or conflict already stored with equal content as restored, and stores nothing twice', async () => {
    const copy = await importAll(embedded(), exported);
    const file = join(tempDir(), 'default.jsonl');
    writeFileSync(file, exported.default);
    const lines = exported.default.trimEnd().split('\n');
    // As if killed after storing line 6, before marking it done: the marks of lines 6 on are gone, line 6 is in flight.
    const marks = readFileSync(join(copy, 'imported-lines.txt'), 'utf8').split('\n').filter(Boolean);
    const key = (line: string) => createHash('sha256').update(`default\u00001\u0000${line}`).digest('hex');
    const kept = marks.filter((mark) => !lines.slice(5).map(key).includes(mark));
    writeFileSync(join(copy, 'imported-lines.txt'), kept.map((mark) => `${mark}\n`).join(''));
    writeFileSync(join(copy, 'import-in-flight.json'), JSON.stringify({ key: key(lines[5] as string) }));
    const resumed = JSON.parse((await run(embedded(), copy, ['import', file, '--json'])).stdout) as Record<string, unknown>;
    expect(resumed).toMatchObject({ imported: lines.length - 5, alreadyImported: 4, errors: [] });
    expect(await exportAll(embedded(), copy)).toEqual(exported);
    // With no marks at all (imported-lines.txt gone), every line is found stored and nothing changes.
    rmSync(join(copy, 'imported-lines.txt'));
    const again = JSON.parse((await run(embedded(), copy, ['import', file, '--json'])).stdout) as Record<string, unknown>;
    expect(again).toMatchObject({ imported: lines.length - 1, errors: [] });
    expect(await exportAll(embedded(), copy)).toEqual(exported);
  }, 120_000);

  it('an import killed (SIGKILL) midway, then run again, stores every line once: the same file', async () => {
    const source = tempDir();
    const facts = join(tempDir(), 'facts.jsonl');
    writeFileSync(
      facts,
      Array.from({ length: 300 }, (_, i) => JSON.stringify({ text: `Fact number ${i} is about topic ${i * 7}` })).join('\n'),
    );
    await run(embedded(), source, ['import', facts]);
    const exportedMany = (await run(embedded(), source, ['export'])).stdout;
    const lines = exportedMany.trimEnd().split('\n').length;
    const file = join(tempDir(), 'many.jsonl');
    writeFileSync(file, exportedMany);
    const copy = tempDir();
    const marks = () => {
      const path = join(copy, 'imported-lines.txt');
      return existsSync(path) ? readFileSync(path, 'utf8').split('\n').filter(Boolean).length : 0;
    };
    const child = spawn(process.execPath, [BIN, 'import', file, '--data-dir', copy], {
      env: { ...process.env, CASUAL_MEMORY_EMBEDDER: 'hashing' },
      stdio: 'ignore',
    });
    const closed = new Promise((resolve) => child.on('close', resolve));
    const deadline = Date.now() + 60_000;
    while (marks() < 20 && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 5));
    child.kill('SIGKILL');
    await closed;
    const done = marks();
    expect(done).toBeGreaterThanOrEqual(20);
    expect(done).toBeLessThan(lines - 1);
    const resumed = JSON.parse((await run(embedded(), copy, ['import', file, '--json'])).stdout) as Record<string, unknown>;
    expect(resumed).toMatchObject({ alreadyImported: done, imported: lines - 1 - done, errors: [] });
    expect((await run(embedded(), copy, ['export'])).stdout).toBe(exportedMany);
  }, 120_000);

  it('an id the target holds with other content, or a memory id of another user, leaves the line out: exit 3, the stored record kept', async () => {
    const copy = await importAll(embedded(), exported);
    const records = rows(exported.default);
    const memory = records.find((row) => row['text'] === 'I live in Porto') as Record<string, unknown>;
    const conflict = records.find((row) => row['resolutionDecision'] === 'both_valid') as Record<string, unknown>;
    const changed = [
      { ...memory, text: 'I live in Faro' },
      { ...conflict, resolutionNotes: 'changed my mind' },
      { ...memory, userId: 'bob' },
    ];
    const file = join(tempDir(), 'changed.jsonl');
    writeFileSync(file, changed.map((row) => `${JSON.stringify(row)}\n`).join(''));
    const result = await cliAsync(['import', file, '--json'], { dataDir: copy });
    expect(result.code).toBe(3);
    const summary = JSON.parse(result.stdout) as { imported: number; errors: { line: number; message: string }[] };
    expect(summary.imported).toBe(0);
    expect(summary.errors.map(({ line }) => line)).toEqual([1, 2, 3]);
    expect(summary.errors[0]?.message).toBe(
      `the memory id ${String(memory['id'])} is already stored with other content (differing: text): the line is left out and the stored memory kept as it is`,
    );
    expect(summary.errors[1]?.message).toContain(
      `the conflict id ${String(conflict['id'])} is already stored with other content (differing: resolutionNotes)`,
    );
    expect(summary.errors[2]?.message).toContain(`the memory id ${String(memory['id'])} is already stored by a memory of another user`);
    expect(await exportAll(embedded(), copy)).toEqual(exported);
  }, 120_000);

  it('a version 2 export (before resolved conflicts were exported) still imports, under its ids', async () => {
    const v2 = {
      default: exported.default.replace('"version":3', '"version":2'),
      ana: exported.ana.replace('"version":3', '"version":2'),
    };
    const copy = await importAll(embedded(), v2);
    expect(await exportAll(embedded(), copy)).toEqual(exported);
  }, 120_000);
});

describe('on Qdrant (its stand-in)', () => {
  it('export -> import -> export gives the same file, into another collection; with --with-vectors too', async () => {
    const source = await everyKindOfRecord(onQdrant('source'));
    const exported = await exportAll(onQdrant('source'), source);
    expectEveryKind(exported);
    await expectRoundTrip(onQdrant('target'), exported);
    await expectRoundTrip(embedded(), exported);
    const withVectors = await exportAll(onQdrant('source'), source, VECTORS);
    expectVectorsAdded(withVectors, exported);
    await expectRoundTrip(onQdrant('vectors_target'), withVectors, VECTORS);
    await expectRoundTrip(embedded(), withVectors, VECTORS);
  }, 300_000);
});

for (const [name, connect] of [
  ['PostgreSQL', connectPostgres],
  ['MariaDB', connectMysql],
] as const) {
  describe(`on ${name} conflicts`, () => {
    const prefix = `${RUN}${name === 'PostgreSQL' ? 'pg' : 'my'}_`;
    let database: Database | undefined;
    onService(name, connect, (service) => {
      afterAll(async () => {
        if (database === undefined) return;
        for (const hop of ['source_', 'target_', 'vectors_'])
          for (const table of ['conflicts', 'conflicts_migrations']) await database.query(`DROP TABLE IF EXISTS ${prefix}${hop}${table}`);
        await database.end();
      });

      itWith(
        'export -> import -> export gives the same file, into other tables, and back to SQLite files',
        service,
        async (db) => {
          database = db;
          const source = await everyKindOfRecord(onDatabase(db, `${prefix}source_`));
          const exported = await exportAll(onDatabase(db, `${prefix}source_`), source);
          expectEveryKind(exported);
          await expectRoundTrip(onDatabase(db, `${prefix}target_`), exported);
          await expectRoundTrip(embedded(), exported);
          const withVectors = await exportAll(onDatabase(db, `${prefix}source_`), source, VECTORS);
          expectVectorsAdded(withVectors, exported);
          await expectRoundTrip(onDatabase(db, `${prefix}vectors_`), withVectors, VECTORS);
        },
        300_000,
      );
    });
  });
}

describe('on Qdrant, PostgreSQL and Redis together', () => {
  const prefix = `${RUN}all_`;
  const keyPrefix = `${RUN}short-term:`;
  onService('PostgreSQL', connectPostgres, (postgres) => {
    onService('Redis', connectRedis, (redis) => {
      afterAll(async () => {
        for (const getter of [postgres, redis]) {
          try {
            getter();
          } catch {
            return;
          }
        }
        for (const hop of ['source', 'target', 'vectors'])
          for (const table of ['conflicts', 'conflicts_migrations'])
            await postgres().query(`DROP TABLE IF EXISTS ${prefix}${hop}_${table}`);
        await postgres().end();
        for (const key of await redis().keys(`${keyPrefix}*`)) await redis().del(key);
        await redis().quit();
      });

      itWith(
        'export -> import -> export gives the same file; an export holds no chat turns, so Redis gets none',
        () => ({ db: postgres(), client: redis() }),
        async ({ db, client }) => {
          const redisFlags = ['--redis-url', REDIS_URL, '--redis-key-prefix', keyPrefix];
          const at = (hop: string): Backend => {
            const conflicts = onDatabase(db, `${prefix}${hop}_`);
            return { ...conflicts, flags: [...onQdrant(`all_${hop}`).flags, ...conflicts.flags, ...redisFlags] };
          };
          const source = await everyKindOfRecord(at('source'));
          const exported = await exportAll(at('source'), source);
          expectEveryKind(exported);
          await expectRoundTrip(at('target'), exported);
          const withVectors = await exportAll(at('source'), source, VECTORS);
          expectVectorsAdded(withVectors, exported);
          await expectRoundTrip(at('vectors'), withVectors, VECTORS);
          expect(await client.keys(`${keyPrefix}*`)).toEqual([]);
        },
        300_000,
      );
    });
  });
});
