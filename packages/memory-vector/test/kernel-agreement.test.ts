import { cosineSimilarity } from '@casual-memory/core';
import { InMemoryVectorStore } from '../src';
import { randomSource, randomVectors } from './random-vectors';

const KERNELS = ['wasm', 'js'] as const;

async function storeOf(
  kernel: 'wasm' | 'js',
  vectors: number[][],
  userOf: (i: number) => string = () => 'u',
): Promise<{ store: InMemoryVectorStore; ids: string[] }> {
  const store = new InMemoryVectorStore({ dimensions: vectors[0]!.length, kernel });
  expect(store.kernel).toBe(kernel);
  const ids = await store.addMany(
    vectors.map((vector, i) => ({ vector, memory: { text: String(i), type: 'fact' as const, userId: userOf(i) } })),
  );
  return { store, ids };
}

/** Every score of `query` against the user's rows, by memory text. */
async function allScores(store: InMemoryVectorStore, query: number[], count: number): Promise<Map<string, number>> {
  const hits = await store.search('u', query, { topK: count, minScore: -1 });
  expect(hits).toHaveLength(count);
  return new Map(hits.map((hit) => [hit.memory.text, hit.score]));
}

/** `0.7 u + sqrt(0.51) w` for a random unit u and a random unit w orthogonal to it: cosine 0.7 with u, in float64. */
function pairAtCosine(dimensions: number, cosine: number, next: () => number): { query: number[]; stored: number[] } {
  const unit = (v: number[]) => {
    const norm = Math.hypot(...v);
    return v.map((x) => x / norm);
  };
  const u = unit(Array.from({ length: dimensions }, next));
  const raw = Array.from({ length: dimensions }, next);
  const along = raw.reduce((sum, x, i) => sum + x * u[i]!, 0);
  const w = unit(raw.map((x, i) => x - along * u[i]!));
  const sine = Math.sqrt(1 - cosine * cosine);
  return { query: u, stored: u.map((x, i) => cosine * x + sine * w[i]!) };
}

describe('InMemoryVectorStore kernels', () => {
  const dimensionsList = [...Array.from({ length: 40 }, (_, i) => i + 1), 384, 385, 1536];

  it.each(dimensionsList)('give bit-identical scores, within 1e-5 of a float64 cosine, at %i dimensions', async (dimensions) => {
    const count = dimensions > 100 ? 60 : 40;
    const vectors = randomVectors(count, dimensions, 1000 + dimensions);
    const queries = randomVectors(3, dimensions, 2000 + dimensions);
    const wasm = await storeOf('wasm', vectors);
    const js = await storeOf('js', vectors);
    for (const query of queries) {
      const wasmScores = await allScores(wasm.store, query, count);
      const jsScores = await allScores(js.store, query, count);
      for (const [i, vector] of vectors.entries()) {
        const wasmScore = wasmScores.get(String(i))!;
        // toBe is Object.is: the same float, bit for bit.
        expect(jsScores.get(String(i))).toBe(wasmScore);
        expect(Math.abs(wasmScore - cosineSimilarity(query, vector))).toBeLessThanOrEqual(1e-5);
      }
    }
    await wasm.store.close();
    await js.store.close();
  });

  it.each(KERNELS)('%s: find each of 200 random 384-d vectors as its own exact duplicate at threshold 1', async (kernel) => {
    const vectors = randomVectors(200, 384, 77);
    const { store, ids } = await storeOf(kernel, vectors);
    for (const [i, vector] of vectors.entries()) {
      const similar = await store.findSimilarMemories('u', vector, { threshold: 1, limit: 1 });
      expect(similar.map((hit) => hit.id)).toEqual([ids[i]]);
      expect(similar[0]!.score).toBeLessThanOrEqual(1);
    }
    await store.close();
  });

  it.each(KERNELS)('%s: return a cosine of exactly 0.7 for minScore 0.7 (and threshold 0.7)', async (kernel) => {
    const next = randomSource(5);
    const pairs = [{ query: [1, 0, 0, 0], stored: [0.7, Math.sqrt(0.51), 0, 0] }];
    for (const dimensions of [4, 37, 384]) for (let n = 0; n < 40; n++) pairs.push(pairAtCosine(dimensions, 0.7, next));
    const stores = new Map<number, InMemoryVectorStore>();
    for (const [i, { query, stored }] of pairs.entries()) {
      expect(cosineSimilarity(query, stored)).toBeCloseTo(0.7, 12);
      const store = stores.get(query.length) ?? new InMemoryVectorStore({ dimensions: query.length, kernel });
      stores.set(query.length, store);
      const user = `pair-${i}`;
      const id = await store.add(stored, { text: user, type: 'fact', userId: user });
      const found = await store.search(user, query, { minScore: 0.7 });
      expect(found.map((hit) => hit.id)).toEqual([id]);
      const similar = await store.findSimilarMemories(user, query, { threshold: 0.7 });
      expect(similar.map((hit) => hit.id)).toEqual([id]);
      // Inclusive up to float32 rounding, no further: a threshold clearly above the cosine drops it.
      expect(await store.search(user, query, { minScore: 0.7001 })).toEqual([]);
    }
    for (const store of stores.values()) await store.close();
  });
});
