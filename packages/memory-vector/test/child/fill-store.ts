import type { InMemoryVectorStore } from '../../src';
import { randomSource } from '../random-vectors';

/** Adds `count` random vectors for `users` users (`user-0`, ...), in batches, from one reused buffer. */
export async function fillStore(store: InMemoryVectorStore, count: number, users: number, seed = 1): Promise<void> {
  const next = randomSource(seed);
  const batch = 5_000;
  for (let start = 0; start < count; start += batch) {
    const items = [];
    for (let i = start; i < Math.min(count, start + batch); i++) {
      const vector = new Float32Array(store.dimensions);
      for (let d = 0; d < vector.length; d++) vector[d] = next();
      items.push({ vector, memory: { text: `memory ${i}`, type: 'fact' as const, userId: `user-${i % users}` } });
    }
    await store.addMany(items);
  }
}
