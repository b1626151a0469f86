import { cosineSimilarity } from '@casual-memory/core';
import { meetsScoreThreshold } from '@casual-memory/core/backend';
import { InMemoryVectorStore } from '../src';
import { randomVectors } from './random-vectors';

async function fill(store: InMemoryVectorStore, vectors: number[][], userOf: (i: number) => string): Promise<string[]> {
  return store.addMany(vectors.map((vector, i) => ({ vector, memory: { text: String(i), type: 'fact' as const, userId: userOf(i) } })));
}

describe('InMemoryVectorStore', () => {
  it('the wasm and js kernels agree with a brute-force cosine, scores and top k', async () => {
    const dimensions = 37; // not a multiple of 4: exercises row padding
    const vectors = randomVectors(500, dimensions, 11);
    const [query] = randomVectors(1, dimensions, 99);
    const expected = vectors
      .map((vector, i) => ({ text: String(i), score: cosineSimilarity(query!, vector) }))
      .sort((a, b) => b.score - a.score)
      .slice(0, 20);
    for (const kernel of ['wasm', 'js'] as const) {
      const store = new InMemoryVectorStore({ dimensions, kernel });
      expect(store.kernel).toBe(kernel);
      await fill(store, vectors, () => 'u');
      const hits = await store.search('u', query!, { topK: 20, minScore: -1 });
      expect(hits.map((hit) => hit.memory.text)).toEqual(expected.map((item) => item.text));
      for (const [i, hit] of hits.entries()) expect(hit.score).toBeCloseTo(expected[i]!.score, 5);
      await store.close();
    }
  });

  it('matches a brute-force filtered search for every user, filter, topK and minScore', async () => {
    const dimensions = 16;
    const vectors = randomVectors(600, dimensions, 3);
    const queries = randomVectors(6, dimensions, 4);
    const types = ['fact', 'preference', 'event'] as const;
    const memories = vectors.map((vector, i) => ({
      vector,
      text: String(i),
      userId: `user-${i % 4}`,
      type: types[i % 3]!,
      importance: (i % 10) / 10,
      archived: i % 7 === 0,
    }));
    const store = new InMemoryVectorStore({ dimensions });
    const ids = await store.addMany(
      memories.map(({ vector, text, userId, type, importance }) => ({ vector, memory: { text, userId, type, importance } })),
    );
    for (const [i, memory] of memories.entries()) if (memory.archived) await store.archiveMemory(memory.userId, ids[i]!);

    const filters = [{}, { types: ['preference' as const] }, { minImportance: 0.6 }, { includeArchived: true }];
    for (const query of queries) {
      for (const userId of ['user-0', 'user-3']) {
        for (const extra of filters) {
          for (const [topK, minScore] of [
            [1, -1],
            [7, 0],
            [25, 0.2],
            [1000, -1],
          ] as const) {
            const expected = memories
              .filter((m) => m.userId === userId && (extra.includeArchived === true || !m.archived))
              .filter((m) => extra.types === undefined || extra.types.includes(m.type as 'preference'))
              .filter((m) => extra.minImportance === undefined || m.importance >= extra.minImportance)
              .map((m) => ({ text: m.text, score: cosineSimilarity(query, m.vector) }))
              .filter((m) => meetsScoreThreshold(m.score, minScore))
              .sort((a, b) => b.score - a.score)
              .slice(0, topK);
            const hits = await store.search(userId, query, { filter: extra, topK, minScore });
            expect(hits.map((hit) => hit.memory.text)).toEqual(expected.map((m) => m.text));
          }
        }
      }
    }
    await store.close();
  });

  it('grows past its initial capacity and keeps every vector', async () => {
    const store = new InMemoryVectorStore({ dimensions: 128, initialCapacity: 2 });
    const before = store.reservedBytes;
    const vectors = randomVectors(300, 128, 5);
    const ids = await fill(store, vectors, (i) => `user-${i % 3}`);
    expect(store.size).toBe(300);
    expect(store.reservedBytes).toBeGreaterThan(before);
    for (const [i, id] of ids.entries()) {
      const [best] = await store.search(`user-${i % 3}`, vectors[i]!, { topK: 1, minScore: 0.999 });
      expect(best?.id).toBe(id);
    }
    await store.close();
  });

  it('keeps rows, ids and the per-user index right through deletes and clears', async () => {
    const store = new InMemoryVectorStore({ dimensions: 8, initialCapacity: 4 });
    const vectors = randomVectors(120, 8, 21);
    const ids = await fill(store, vectors, (i) => `user-${i % 4}`);
    const removed = new Set<number>();
    for (let i = 0; i < 120; i += 7) {
      expect(await store.deleteMemory(`user-${i % 4}`, ids[i]!)).toBe(true);
      removed.add(i);
    }
    expect(await store.clearUserMemories('user-1')).toBe(30 - [...removed].filter((i) => i % 4 === 1).length);
    for (const i of Array.from({ length: 120 }, (_, n) => n)) {
      const gone = removed.has(i) || i % 4 === 1;
      const stored = await store.getById(`user-${i % 4}`, ids[i]!);
      expect(stored === null).toBe(gone);
      if (gone) continue;
      expect(stored?.memory.text).toBe(String(i));
      const [best] = await store.search(`user-${i % 4}`, vectors[i]!, { topK: 1, minScore: 0.999 });
      expect(best?.id).toBe(ids[i]);
    }
    expect(store.size).toBe(120 - removed.size - (30 - [...removed].filter((i) => i % 4 === 1).length));
    await store.close();
  });

  it('takes a topK or limit far past the rows held (1e9, 1e10) without sizing anything by it', async () => {
    for (const kernel of ['wasm', 'js'] as const) {
      const store = new InMemoryVectorStore({ dimensions: 8, kernel });
      const vectors = randomVectors(30, 8, 12);
      await fill(store, vectors, (i) => (i < 20 ? 'u' : 'other'));
      for (const huge of [1e9, 1e10, Number.MAX_SAFE_INTEGER]) {
        const heapBefore = process.memoryUsage().arrayBuffers;
        expect(await store.search('u', vectors[0]!, { topK: huge, minScore: -1 })).toHaveLength(20);
        expect(await store.findSimilarMemories('u', vectors[0]!, { limit: huge, threshold: -1 })).toHaveLength(20);
        expect(process.memoryUsage().arrayBuffers - heapBefore).toBeLessThan(1_000_000);
      }
      await store.close();
    }
  });

  it('treats an id of another user exactly like an unknown id', async () => {
    const store = new InMemoryVectorStore({ dimensions: 2 });
    const id = await store.add([1, 0], { text: 'mine', type: 'fact', userId: 'alice' });
    expect(await store.getById('bob', id)).toBeNull();
    expect(await store.updateMemory('bob', id, { text: 'hijacked' })).toBe(false);
    expect(await store.archiveMemory('bob', id)).toBe(false);
    expect(await store.deleteMemory('bob', id)).toBe(false);
    expect(await store.search('bob', [1, 0], { minScore: -1 })).toEqual([]);
    expect((await store.getById('alice', id))?.memory).toMatchObject({ text: 'mine', archived: false });
    await store.close();
  });

  it('rejects every call after close() with STORE_CLOSED', async () => {
    const store = new InMemoryVectorStore({ dimensions: 2 });
    await store.close();
    await store.close();
    const closed = expect.objectContaining({ name: 'StoreClosedError', code: 'STORE_CLOSED', retryable: false });
    await expect(store.add([1, 0], { text: 'late', type: 'fact', userId: 'u' })).rejects.toThrow(closed);
    await expect(store.search('u', [1, 0])).rejects.toThrow(closed);
    await expect(store.clearUserMemories('u')).rejects.toThrow(closed);
  });

  it('rejects a batch with a non-object item, naming it, and stores none of it', async () => {
    const store = new InMemoryVectorStore({ dimensions: 2 });
    const good = { vector: [1, 0], memory: { text: 'fine', type: 'fact' as const, userId: 'u' } };
    await expect(store.addMany([good, null as never])).rejects.toThrow(
      expect.objectContaining({ name: 'ValidationError', path: 'items[1]' }),
    );
    await expect(store.addMany('not a list' as never)).rejects.toThrow(expect.objectContaining({ path: 'items' }));
    expect(store.size).toBe(0);
    await store.close();
  });

  it('takes no more than maxVectors, losing nothing when a batch does not fit', async () => {
    const store = new InMemoryVectorStore({ dimensions: 4, maxVectors: 3 });
    expect(store.maxVectors).toBe(3);
    const fact = (text: string) => ({ text, type: 'fact' as const, userId: 'u' });
    const first = await store.add([1, 0, 0, 0], fact('a'));
    await store.add([0, 1, 0, 0], fact('b'));
    await expect(
      store.addMany([
        { vector: [0, 0, 1, 0], memory: fact('c') },
        { vector: [0, 0, 0, 1], memory: fact('d') },
      ]),
    ).rejects.toThrow(
      expect.objectContaining({
        name: 'StoreFullError',
        code: 'STORE_FULL',
        message: expect.stringMatching(/full: it holds at most 3 vectors/),
      }),
    );
    expect(store.size).toBe(2);
    await store.add([0, 0, 1, 0], fact('c'));
    await expect(store.add([0, 0, 0, 1], fact('d'))).rejects.toThrow(expect.objectContaining({ code: 'STORE_FULL' }));
    expect(store.size).toBe(3);
    await store.deleteMemory('u', first);
    await store.add([0, 0, 0, 1], fact('d'));
    const hits = await store.search('u', [1, 1, 1, 1], { minScore: 0 });
    expect(hits.map((hit) => hit.memory.text).sort()).toEqual(['b', 'c', 'd']);
    await store.close();
  });

  it('refuses kernel "wasm" where the runtime has no WebAssembly SIMD, and uses plain JS for "auto"', () => {
    const validate = jest.spyOn(WebAssembly, 'validate').mockReturnValue(false);
    try {
      jest.isolateModules(() => {
        // A fresh copy of the package, so the kernel check runs again under the mock.
        const { InMemoryVectorStore: FreshStore } = jest.requireActual<typeof import('../src')>('../src');
        expect(() => new FreshStore({ dimensions: 4, kernel: 'wasm' })).toThrow(/no WebAssembly SIMD/);
        expect(new FreshStore({ dimensions: 4 }).kernel).toBe('js');
      });
    } finally {
      validate.mockRestore();
    }
  });

  it('falls back to plain JS over an ArrayBuffer where WebAssembly is missing', async () => {
    const globals = globalThis as { WebAssembly?: unknown };
    const saved = globals.WebAssembly;
    delete globals.WebAssembly;
    try {
      const store = new InMemoryVectorStore({ dimensions: 4, initialCapacity: 1 });
      expect(store.kernel).toBe('js');
      const vectors = randomVectors(50, 4, 3);
      await fill(store, vectors, () => 'u');
      const [best] = await store.search('u', vectors[42]!, { topK: 1, minScore: 0.999 });
      expect(best?.memory.text).toBe('42');
      await store.close();
    } finally {
      globals.WebAssembly = saved;
    }
  });
});
