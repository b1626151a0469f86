import { type MemoryFact, type ScoredMemory, type StoredMemory, StoreUnavailableError } from '../src';
import {
  applyMemoryPatch,
  archiveMemoryFact,
  type MemoryListQuery,
  matchesFilter,
  meetsScoreThreshold,
  type NewMemoryRecord,
  type ParsedMemoryPatch,
  pageMemoriesById,
  type VectorQuery,
  VectorStoreBase,
} from '../src/backend';

/** The smallest honest backend: a Map, brute-force scoring. Lets the tests see what the kit hands down. */
class MapVectorStore extends VectorStoreBase {
  readonly rows = new Map<string, NewMemoryRecord>();
  inserted: NewMemoryRecord[][] = [];
  failNext: unknown = undefined;
  leakOtherUsers = false;
  closedTimes = 0;

  constructor(dimensions: number) {
    super('MapVectorStore', dimensions);
  }

  protected insertMemories(records: readonly NewMemoryRecord[]): void {
    this.maybeFail();
    this.inserted.push([...records]);
    for (const record of records) this.rows.set(record.id, record);
  }

  protected queryMemories(userId: string, query: Float32Array, options: VectorQuery): ScoredMemory[] {
    this.maybeFail();
    const hits: ScoredMemory[] = [];
    for (const row of this.rows.values()) {
      if (!this.leakOtherUsers && row.memory.userId !== userId) continue;
      let score = 0;
      for (let i = 0; i < query.length; i++) score += query[i]! * row.vector[i]!;
      if (meetsScoreThreshold(score, options.minScore) && matchesFilter(row.memory, options.filter, options.now))
        hits.push({ id: row.id, memory: row.memory, score: score * 1.5 });
    }
    return hits.sort((a, b) => b.score - a.score);
  }

  protected findMemory(userId: string, id: string): StoredMemory | null {
    const row = this.rows.get(id);
    return row === undefined || (!this.leakOtherUsers && row.memory.userId !== userId) ? null : { id, memory: row.memory };
  }

  protected listUserMemories(userId: string, query: MemoryListQuery) {
    this.maybeFail();
    const rows = [...this.rows.values()].filter((row) => this.leakOtherUsers || row.memory.userId === userId);
    return pageMemoriesById(rows, query);
  }

  protected patchMemory(userId: string, id: string, patch: ParsedMemoryPatch): boolean {
    const row = this.rows.get(id);
    if (row === undefined || row.memory.userId !== userId) return false;
    row.memory = applyMemoryPatch(row.memory, patch);
    return true;
  }

  protected archiveStoredMemory(userId: string, id: string, archivedAt: Date, supersededBy: string | undefined): boolean {
    const row = this.rows.get(id);
    if (row === undefined || row.memory.userId !== userId) return false;
    row.memory = archiveMemoryFact(row.memory, archivedAt, supersededBy);
    return true;
  }

  protected removeMemory(userId: string, id: string): boolean {
    const row = this.rows.get(id);
    return row !== undefined && row.memory.userId === userId && this.rows.delete(id);
  }

  protected removeUserMemories(userId: string): number {
    let removed = 0;
    for (const [id, row] of this.rows) if (row.memory.userId === userId && this.rows.delete(id)) removed++;
    return removed;
  }

  protected closeStore(): void {
    this.closedTimes++;
  }

  private maybeFail(): void {
    if (this.failNext === undefined) return;
    const error = this.failNext;
    this.failNext = undefined;
    throw error;
  }
}

const fact = (userId: string, text = 'I live in Paris'): { text: string; type: 'fact'; userId: string } => ({ text, type: 'fact', userId });

describe('VectorStoreBase', () => {
  it('hands the backend fresh ids, unit float32 vectors and private copies of the memory', async () => {
    const store = new MapVectorStore(2);
    const memory = { ...fact('u1'), tags: ['home'] };
    const id = await store.add([3, 4], memory);
    const record = store.inserted[0]![0]!;
    expect(record.id).toBe(id);
    expect(Array.from(record.vector)).toEqual([Math.fround(0.6), Math.fround(0.8)]);
    memory.tags.push('changed');
    expect(record.memory.tags).toEqual(['home']);
  });

  it('validates a whole batch before the backend sees any of it, holes included', async () => {
    const store = new MapVectorStore(2);
    const item = { vector: [1, 0], memory: fact('u1') };
    // biome-ignore lint/suspicious/noSparseArray: the hole is the point of this test
    await expect(store.addMany([item, , item] as never)).rejects.toMatchObject({ code: 'VALIDATION_ERROR', path: 'items[1]' });
    await expect(store.addMany([item, { vector: [0, 0], memory: fact('u1') }])).rejects.toMatchObject({ path: 'items[1].vector' });
    expect(store.inserted).toEqual([]);
    expect(await store.addMany([])).toEqual([]);
    expect(store.inserted).toEqual([]);
  });

  it('hands a restored id down with where it was given, checks its form, and refuses a batch repeating one', async () => {
    const store = new MapVectorStore(2);
    const given = crypto.randomUUID();
    expect(await store.add([1, 0], fact('u1'), { id: given })).toBe(given);
    expect(store.inserted[0]![0]).toMatchObject({ id: given, idPath: 'options.id' });
    expect(await store.add([1, 0], fact('u1'), {})).not.toBe(given);
    expect(store.inserted[1]![0]!.idPath).toBeUndefined();
    for (const bad of ['not-a-uuid', given.toUpperCase(), `{${given}}`, '', 42]) {
      await expect(store.add([1, 0], fact('u1'), { id: bad as string })).rejects.toMatchObject({
        code: 'VALIDATION_ERROR',
        path: 'options.id',
      });
    }
    await expect(store.add([1, 0], fact('u1'), { idd: given } as never)).rejects.toMatchObject({ code: 'VALIDATION_ERROR' });
    const [a, b] = [crypto.randomUUID(), crypto.randomUUID()];
    const ids = await store.addMany([
      { vector: [1, 0], memory: fact('u1'), id: a },
      { vector: [1, 0], memory: fact('u1') },
      { vector: [0, 1], memory: fact('u2'), id: b },
    ]);
    expect(ids[0]).toBe(a);
    expect(ids[2]).toBe(b);
    expect(store.inserted[2]!.map((record) => record.idPath)).toEqual(['items[0].id', undefined, 'items[2].id']);
    const before = store.inserted.length;
    const c = crypto.randomUUID();
    await expect(
      store.addMany([
        { vector: [1, 0], memory: fact('u1'), id: c },
        { vector: [1, 0], memory: fact('u2'), id: c },
      ]),
    ).rejects.toMatchObject({ code: 'VALIDATION_ERROR', path: 'items[1].id' });
    await expect(store.addMany([{ vector: [1, 0], memory: fact('u1'), id: 'x' }])).rejects.toMatchObject({ path: 'items[0].id' });
    expect(store.inserted.length).toBe(before);
  });

  it('turns anything thrown while reading arguments into a ValidationError', async () => {
    const store = new MapVectorStore(2);
    const hostile = new Proxy(
      {},
      {
        get: () => {
          throw new TypeError('trap');
        },
        ownKeys: () => {
          throw new TypeError('trap');
        },
      },
    );
    await expect(store.search('u1', [1, 0], hostile as never)).rejects.toMatchObject({ code: 'VALIDATION_ERROR' });
    await expect(store.add([1, 0], hostile as never)).rejects.toMatchObject({ code: 'VALIDATION_ERROR' });
    await expect(
      store.addMany(
        new Proxy([], {
          get: () => {
            throw new RangeError('trap');
          },
        }) as never,
      ),
    ).rejects.toMatchObject({ code: 'VALIDATION_ERROR' });
    expect(store.rows.size).toBe(0);
  });

  it('wraps a driver error in a retryable StoreUnavailableError that keeps it as cause, and passes typed errors through', async () => {
    const store = new MapVectorStore(2);
    const driverError = new Error('ECONNRESET');
    store.failNext = driverError;
    const error = await store.add([1, 0], fact('u1')).catch((thrown: unknown) => thrown);
    expect(StoreUnavailableError.isInstance(error)).toBe(true);
    expect(error).toMatchObject({ retryable: true, cause: driverError, message: 'MapVectorStore.add failed: ECONNRESET' });
    store.failNext = new StoreUnavailableError({ message: 'already typed' });
    await expect(store.search('u1', [1, 0])).rejects.toMatchObject({ message: 'already typed' });
  });

  it('scopes results to the user even when the backend leaks, clamps scores, and copies what it returns', async () => {
    const store = new MapVectorStore(2);
    const mine = await store.add([1, 0], fact('u1'));
    const theirs = await store.add([1, 0], fact('u2'));
    store.leakOtherUsers = true;
    const hits = await store.search('u1', [1, 0], { minScore: 0 });
    expect(hits.map((hit) => hit.id)).toEqual([mine]);
    expect(hits[0]!.score).toBe(1);
    expect(await store.getById('u1', theirs)).toBeNull();
    (hits[0]!.memory as MemoryFact).tags.push('mutated');
    expect((await store.getById('u1', mine))!.memory.tags).toEqual([]);
  });

  it('routes findSimilarMemories through the same query, keeping expired memories and, on request, archived ones', async () => {
    const store = new MapVectorStore(2);
    const expired = await store.add([1, 0], { ...fact('u1'), validUntil: new Date('2000-01-01T00:00:00Z') });
    expect(await store.search('u1', [1, 0])).toEqual([]);
    expect((await store.findSimilarMemories('u1', [1, 0])).map((hit) => hit.id)).toEqual([expired]);
    await store.archiveMemory('u1', expired);
    expect(await store.findSimilarMemories('u1', [1, 0])).toEqual([]);
    expect(await store.findSimilarMemories('u1', [1, 0], { excludeArchived: false })).toHaveLength(1);
    expect(await store.findSimilarMemories('u1', [1, 0], { limit: 0 })).toEqual([]);
  });

  it('lists a page at a time through opaque cursors, scoped to the user and copied, and refuses a cursor it did not make', async () => {
    const store = new MapVectorStore(2);
    const mine = [await store.add([1, 0], fact('u1')), await store.add([0, 1], fact('u1')), await store.add([1, 1], fact('u1'))].sort();
    await store.add([1, 0], fact('u2'));
    store.leakOtherUsers = true;
    const first = await store.listMemories('u1', { limit: 2 });
    expect(first.nextCursor).toMatch(/^cm1\./);
    const second = await store.listMemories('u1', { limit: 2, cursor: first.nextCursor! });
    expect(second.nextCursor).toBeUndefined();
    expect([...first.memories, ...second.memories].map((stored) => stored.id)).toEqual(mine);
    (first.memories[0]!.memory as MemoryFact).tags.push('mutated');
    expect((await store.getById('u1', mine[0]!))!.memory.tags).toEqual([]);
    for (const cursor of ['', 'abc', 'cm1.!!', `cm1.${btoa('{"after":1}')}`, `cm1.${btoa('[')}`])
      await expect(store.listMemories('u1', { cursor })).rejects.toMatchObject({ code: 'VALIDATION_ERROR', path: 'options.cursor' });
    for (const limit of [0, -1, 1.5, 1001])
      await expect(store.listMemories('u1', { limit })).rejects.toMatchObject({ code: 'VALIDATION_ERROR', path: 'options.limit' });
  });

  it('lists the stored vectors only with includeVectors, as float32 copies; none from a backend that gives none', async () => {
    const store = new MapVectorStore(2);
    const id = await store.add([3, 4], fact('u1'));
    expect((await store.listMemories('u1')).memories[0]).not.toHaveProperty('vector');
    const listed = (await store.listMemories('u1', { includeVectors: true })).memories[0]!;
    expect(listed.vector).toEqual([Math.fround(0.6), Math.fround(0.8)]);
    listed.vector![0] = 42;
    expect((await store.listMemories('u1', { includeVectors: true })).memories[0]!.vector).toEqual([Math.fround(0.6), Math.fround(0.8)]);
    // A backend written before the option lists memories without vectors: the kit adds none.
    store.rows.set(id, { ...store.rows.get(id)!, vector: undefined as unknown as Float32Array });
    expect((await store.listMemories('u1', { includeVectors: true })).memories[0]).not.toHaveProperty('vector');
    // One of the wrong length is damaged data, not something to hand out.
    store.rows.set(id, { ...store.rows.get(id)!, vector: new Float32Array(3) });
    await expect(store.listMemories('u1', { includeVectors: true })).rejects.toMatchObject({ code: 'CORRUPT_DATA' });
    for (const includeVectors of ['yes', 1, null])
      await expect(store.listMemories('u1', { includeVectors: includeVectors as never })).rejects.toMatchObject({
        code: 'VALIDATION_ERROR',
        path: 'options.includeVectors',
      });
  });

  it('closes once; every later call is STORE_CLOSED', async () => {
    const store = new MapVectorStore(2);
    await Promise.all([store.close(), store.close()]);
    await store.close();
    expect(store.closedTimes).toBe(1);
    expect(store.closed).toBe(true);
    await expect(store.getById('u1', 'x')).rejects.toMatchObject({
      code: 'STORE_CLOSED',
      retryable: false,
      message: 'MapVectorStore is closed',
    });
  });

  it('refuses a bad dimensions value in the constructor with a ValidationError', () => {
    expect(() => new MapVectorStore(0)).toThrow(/dimensions must be a whole number/);
  });
});
