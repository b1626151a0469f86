import { mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CasualMemoryError, type MemoryFactInput } from '@casual-memory/core';
import Database from 'better-sqlite3';
import { SCHEMA_VERSION, SqliteVectorStore, TABLES } from '../src';

const folder = mkdtempSync(join(tmpdir(), 'vector-sqlite-test-'));
afterAll(() => rmSync(folder, { recursive: true, force: true }));
let fileCount = 0;
const newPath = () => join(folder, `store-${++fileCount}.db`);

const fact = (text: string, extra: Partial<MemoryFactInput> = {}): MemoryFactInput => ({ text, type: 'fact', userId: 'u1', ...extra });

/** A deterministic pseudo-random unit-ish vector. */
function vectorOf(seed: number, dimensions: number): number[] {
  let state = seed * 7919 + 1;
  return Array.from({ length: dimensions }, () => {
    state = (state * 1103515245 + 12345) % 2147483648;
    return state / 2147483648 - 0.5;
  });
}

async function codeOf(promise: Promise<unknown>): Promise<string> {
  try {
    await promise;
  } catch (thrown) {
    if (CasualMemoryError.isInstance(thrown)) return thrown.code;
    throw thrown;
  }
  return 'resolved';
}

describe('SqliteVectorStore', () => {
  it('creates the documented tables and schema rows', async () => {
    const path = newPath();
    const store = await SqliteVectorStore.open({ path, dimensions: 4 });
    await store.close();
    const db = new Database(path, { readonly: true });
    const names = db.prepare(`SELECT name FROM sqlite_master WHERE type = 'table'`).pluck().all();
    for (const table of Object.values(TABLES)) expect(names).toContain(table);
    expect(db.prepare(`SELECT key, value FROM ${TABLES.schema} ORDER BY key`).all()).toEqual([
      { key: 'dimensions', value: '4' },
      { key: 'version', value: String(SCHEMA_VERSION) },
    ]);
    expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
    db.close();
  });

  it('adds the index on id to a file made before it, so a restored id is checked without a scan', async () => {
    const path = newPath();
    const id = crypto.randomUUID();
    const first = await SqliteVectorStore.open({ path, dimensions: 4 });
    await first.add([1, 0, 0, 0], fact('kept'), { id });
    await first.close();
    const db = new Database(path);
    db.exec(`DROP INDEX ${TABLES.memories}_by_id`);
    db.close();
    const second = await SqliteVectorStore.open({ path, dimensions: 4 });
    expect(await codeOf(second.add([0, 1, 0, 0], fact('other user', { userId: 'u2' }), { id }))).toBe('CONFLICT_STATE');
    await second.close();
    const check = new Database(path, { readonly: true });
    const plan = check.prepare(`EXPLAIN QUERY PLAN SELECT 1 FROM ${TABLES.memories} WHERE id = ? LIMIT 1`).all(id) as { detail: string }[];
    expect(plan.map((step) => step.detail).join(' ')).toContain(`${TABLES.memories}_by_id`);
    check.close();
  });

  it('maps the file for reads: 256 MiB unless mmapSize says otherwise', async () => {
    const mmapOf = (store: SqliteVectorStore) => (store as unknown as { db: Database.Database }).db.pragma('mmap_size', { simple: true });
    const path = newPath();
    const byDefault = await SqliteVectorStore.open({ path, dimensions: 4 });
    expect(mmapOf(byDefault)).toBe(256 * 1024 * 1024);
    await byDefault.close();
    const off = await SqliteVectorStore.open({ path, dimensions: 4, mmapSize: 0 });
    expect(mmapOf(off)).toBe(0);
    await off.close();
    expect(await codeOf(SqliteVectorStore.open({ path, dimensions: 4, mmapSize: -1 }))).toBe('VALIDATION_ERROR');
  });

  it('rejects re-opening a file with other dimensions (DIMENSION_MISMATCH), leaving it usable', async () => {
    const path = newPath();
    const store = await SqliteVectorStore.open({ path, dimensions: 4 });
    const id = await store.add([1, 0, 0, 0], fact('kept'));
    await store.close();
    expect(await codeOf(SqliteVectorStore.open({ path, dimensions: 8 }))).toBe('DIMENSION_MISMATCH');
    const again = await SqliteVectorStore.open({ path, dimensions: 4 });
    expect((await again.getById('u1', id))?.memory.text).toBe('kept');
    await again.close();
  });

  it('rejects a database written by a newer schema version (CORRUPT_DATA)', async () => {
    const path = newPath();
    await (await SqliteVectorStore.open({ path, dimensions: 4 })).close();
    const db = new Database(path);
    db.prepare(`UPDATE ${TABLES.schema} SET value = '99' WHERE key = 'version'`).run();
    db.close();
    expect(await codeOf(SqliteVectorStore.open({ path, dimensions: 4 }))).toBe('CORRUPT_DATA');
  });

  it('rejects bad options with VALIDATION_ERROR, unknown keys included', async () => {
    expect(await codeOf(SqliteVectorStore.open({ path: newPath(), dimensions: 0 }))).toBe('VALIDATION_ERROR');
    expect(await codeOf(SqliteVectorStore.open({ path: '', dimensions: 4 }))).toBe('VALIDATION_ERROR');
    expect(await codeOf(SqliteVectorStore.open({ path: newPath(), dimensions: 4, dimension: 4 } as never))).toBe('VALIDATION_ERROR');
    expect(() => new SqliteVectorStore({} as never, { dimensions: 4 })).toThrow(expect.objectContaining({ code: 'VALIDATION_ERROR' }));
    const db = new Database(':memory:');
    db.close();
    expect(() => new SqliteVectorStore(db, { dimensions: 4 })).toThrow(expect.objectContaining({ code: 'VALIDATION_ERROR' }));
  });

  it('fails to open a folder that does not exist with STORE_UNAVAILABLE', async () => {
    expect(await codeOf(SqliteVectorStore.open({ path: join(folder, 'missing', 'x.db'), dimensions: 4 }))).toBe('STORE_UNAVAILABLE');
  });

  it('fails to open a file that is not a database with CORRUPT_DATA, leaving the file as it was', async () => {
    const path = newPath();
    const content = 'this is not a database, but it is long enough to have a header of one hundred bytes or so.....';
    writeFileSync(path, content);
    expect(await codeOf(SqliteVectorStore.open({ path, dimensions: 4 }))).toBe('CORRUPT_DATA');
    expect(readFileSync(path, 'utf8')).toBe(content);
  });

  it('works on a database you opened, and leaves it open on close()', async () => {
    const db = new Database(':memory:');
    db.exec('CREATE TABLE mine (x INTEGER)');
    const store = new SqliteVectorStore(db, { dimensions: 2 });
    const id = await store.add([1, 0], fact('on your database'));
    await store.close();
    expect(db.open).toBe(true);
    expect(db.prepare(`SELECT count(*) FROM ${TABLES.memories}`).pluck().get()).toBe(1);
    // A second store on the same database, with the extension already loaded.
    const second = new SqliteVectorStore(db, { dimensions: 2, loadExtension: false });
    expect((await second.getById('u1', id))?.memory.text).toBe('on your database');
    await second.close();
    db.close();
  });

  it('reports a database closed behind its back as STORE_UNAVAILABLE', async () => {
    const db = new Database(':memory:');
    const store = new SqliteVectorStore(db, { dimensions: 2 });
    db.close();
    expect(await codeOf(store.add([1, 0], fact('x')))).toBe('STORE_UNAVAILABLE');
    expect(await codeOf(store.search('u1', [1, 0]))).toBe('STORE_UNAVAILABLE');
    await store.close();
  });

  it('reports a row whose memory column was damaged as CORRUPT_DATA', async () => {
    const db = new Database(':memory:');
    const store = new SqliteVectorStore(db, { dimensions: 2 });
    const broken = await store.add([1, 0], fact('broken'));
    const invalid = await store.add([0, 1], fact('invalid'));
    db.prepare(`UPDATE ${TABLES.memories} SET memory = '{not json' WHERE id = ?`).run(broken);
    db.prepare(`UPDATE ${TABLES.memories} SET memory = '{"text":"x"}' WHERE id = ?`).run(invalid);
    expect(await codeOf(store.getById('u1', broken))).toBe('CORRUPT_DATA');
    expect(await codeOf(store.getById('u1', invalid))).toBe('CORRUPT_DATA');
    expect(await codeOf(store.search('u1', [1, 0]))).toBe('CORRUPT_DATA');
    db.prepare(`UPDATE ${TABLES.memories} SET memory = 42 WHERE id = ?`).run(broken);
    expect(await codeOf(store.getById('u1', broken))).toBe('CORRUPT_DATA');
    await store.close();
    db.close();
  });

  it('stores nothing of an addMany that fails part way (all or nothing)', async () => {
    const db = new Database(':memory:');
    const store = new SqliteVectorStore(db, { dimensions: 2 });
    await store.add([1, 0], fact('before'));
    // A trigger that refuses the third row stands in for a disk error mid-batch.
    db.exec(
      `CREATE TRIGGER refuse BEFORE INSERT ON ${TABLES.memories} WHEN NEW.memory LIKE '%"third"%' BEGIN SELECT RAISE(ABORT, 'refused'); END`,
    );
    const code = await codeOf(
      store.addMany([
        { vector: [1, 0], memory: fact('first') },
        { vector: [0, 1], memory: fact('second', { userId: 'u2' }) },
        { vector: [1, 1], memory: fact('third') },
      ]),
    );
    expect(code).toBe('CONFLICT_STATE');
    expect(db.prepare(`SELECT count(*) FROM ${TABLES.memories}`).pluck().get()).toBe(1);
    expect(db.prepare(`SELECT count(*) FROM ${TABLES.vectors}`).pluck().get()).toBe(1);
    expect(db.prepare(`SELECT count(*) FROM ${TABLES.users}`).pluck().get()).toBe(1);
    expect((await store.search('u1', [1, 0], { minScore: -1 })).map((hit) => hit.memory.text)).toEqual(['before']);
    await store.close();
    db.close();
  });

  it('finds the best matches past sqlite-vec’s 4096 neighbours when a filter drops the nearest ones', async () => {
    const store = await SqliteVectorStore.open({ path: ':memory:', dimensions: 8 });
    const items = Array.from({ length: 5000 }, (_, index) => ({
      vector: vectorOf(index, 8),
      memory: fact(`m${index}`, { type: index % 1000 === 999 ? 'goal' : 'fact', tags: index % 2 === 0 ? ['even'] : [] }),
    }));
    const ids = await store.addMany(items);
    const query = vectorOf(123_456, 8);
    const cosine = (a: number[], b: number[]) => {
      let dot = 0;
      let na = 0;
      let nb = 0;
      for (let i = 0; i < a.length; i++) {
        dot += (a[i] ?? 0) * (b[i] ?? 0);
        na += (a[i] ?? 0) ** 2;
        nb += (b[i] ?? 0) ** 2;
      }
      return dot / Math.sqrt(na * nb);
    };
    const expected = (keep: (index: number) => boolean, topK: number) =>
      items
        .map((item, index) => ({ id: ids[index], index, score: cosine(item.vector, query) }))
        .filter(({ index }) => keep(index))
        .sort((a, b) => b.score - a.score)
        .slice(0, topK)
        .map((hit) => hit.id);
    // Five goals among 5000: the nearest goals are far down the neighbour list.
    const goals = await store.search('u1', query, { topK: 3, minScore: -1, filter: { types: ['goal'] } });
    expect(goals.map((hit) => hit.id)).toEqual(expected((index) => index % 1000 === 999, 3));
    const even = await store.search('u1', query, { topK: 20, minScore: -1, filter: { tags: ['even'] } });
    expect(even.map((hit) => hit.id)).toEqual(expected((index) => index % 2 === 0, 20));
    // More than sqlite-vec returns at once.
    const all = await store.search('u1', query, { topK: 4500, minScore: -1 });
    expect(all).toHaveLength(4500);
    expect(all.slice(0, 50).map((hit) => hit.id)).toEqual(expected(() => true, 50));
    for (let i = 1; i < all.length; i++) expect(all[i - 1]!.score).toBeGreaterThanOrEqual(all[i]!.score);
    await store.close();
  });

  it('filters on a long tag list (beyond what SQL binds) exactly', async () => {
    const store = await SqliteVectorStore.open({ path: ':memory:', dimensions: 2 });
    await store.add([1, 0], fact('tagged', { tags: ['t999'] }));
    await store.add([1, 0.1], fact('other', { tags: ['x'] }));
    const tags = Array.from({ length: 1000 }, (_, index) => `t${index}`);
    const hits = await store.search('u1', [1, 0], { filter: { tags } });
    expect(hits.map((hit) => hit.memory.text)).toEqual(['tagged']);
    await store.close();
  });

  it('keeps duplicate tags as given and replaces tags on update', async () => {
    const store = await SqliteVectorStore.open({ path: ':memory:', dimensions: 2 });
    const id = await store.add([1, 0], fact('t', { tags: ['a', 'a', 'b'] }));
    expect((await store.getById('u1', id))?.memory.tags).toEqual(['a', 'a', 'b']);
    await store.updateMemory('u1', id, { tags: ['c'] });
    expect(await store.search('u1', [1, 0], { filter: { tags: ['a'] } })).toEqual([]);
    expect((await store.search('u1', [1, 0], { filter: { tags: ['c'] } })).map((hit) => hit.id)).toEqual([id]);
    await store.close();
  });

  it('keeps user ids and tags with lone surrogates apart from U+FFFD and from each other', async () => {
    const store = await SqliteVectorStore.open({ path: ':memory:', dimensions: 2 });
    const users = ['\uD800', '\uDFFF', '\uFFFD', 'a\0b', 'a'];
    for (const userId of users) await store.add([1, 0], fact(userId, { userId, tags: [userId] }));
    for (const userId of users) {
      const hits = await store.search(userId, [1, 0], { filter: { tags: [userId] } });
      expect(hits.map((hit) => hit.memory.text)).toEqual([userId]);
      expect(await store.search(userId, [1, 0], { filter: { tags: users.filter((other) => other !== userId) } })).toEqual([]);
    }
    expect(await store.clearUserMemories('\uD800')).toBe(1);
    expect((await store.search('\uFFFD', [1, 0])).map((hit) => hit.memory.text)).toEqual(['\uFFFD']);
    await store.close();
  });

  it('answers many distinct filters alike (search statements are cached, the oldest dropped past 64)', async () => {
    const store = await SqliteVectorStore.open({ path: ':memory:', dimensions: 2 });
    await store.add([1, 0], fact('tagged', { tags: ['t1'] }));
    for (let count = 1; count <= 70; count++) {
      const tags = Array.from({ length: count }, (_, index) => `t${index + 1}`);
      expect((await store.search('u1', [1, 0], { filter: { tags } })).map((hit) => hit.memory.text)).toEqual(['tagged']);
    }
    expect((await store.search('u1', [1, 0], { filter: { tags: ['t1'] } })).map((hit) => hit.memory.text)).toEqual(['tagged']);
    await store.close();
  });

  it('keeps the file small for many users with few memories (small vector chunks)', async () => {
    const path = newPath();
    const store = await SqliteVectorStore.open({ path, dimensions: 384 });
    const vector = vectorOf(1, 384);
    await store.addMany(Array.from({ length: 200 }, (_, index) => ({ vector, memory: fact(`m${index}`, { userId: `user-${index}` }) })));
    await store.close();
    // 200 users at sqlite-vec's default chunk of 1024 vectors would be 300 MB; at 32, about 10 MB.
    expect(statSync(path).size).toBeLessThan(20 * 1024 * 1024);
  });

  it('shares one file between two open stores (two connections, as two processes would)', async () => {
    const path = newPath();
    const first = await SqliteVectorStore.open({ path, dimensions: 2 });
    const second = await SqliteVectorStore.open({ path, dimensions: 2 });
    const a = await first.add([1, 0], fact('from the first'));
    const b = await second.add([0.9, 0.1], fact('from the second'));
    expect((await first.search('u1', [1, 0])).map((hit) => hit.id)).toEqual([a, b]);
    expect(await second.archiveMemory('u1', a, b)).toBe(true);
    expect((await first.search('u1', [1, 0])).map((hit) => hit.id)).toEqual([b]);
    expect(await first.clearUserMemories('u1')).toBe(2);
    expect(await second.getById('u1', b)).toBeNull();
    await first.close();
    await second.close();
  });
});
