import assert from 'node:assert/strict';
import { randomId } from '../random-id';
import { atCosine, axis, fact, SCORE_TOLERANCE } from './vector-fixtures';
import type { VectorHarness } from './vector-harness';

export function registerFindSimilarTests({ it, withStore }: VectorHarness): void {
  it(
    'uses a threshold of 0.85 by default, inclusive',
    withStore(async (store) => {
      const userId = randomId('user');
      await store.add(atCosine(0.86), fact(userId, 'similar'));
      await store.add(atCosine(0.84), fact(userId, 'not quite'));
      const hits = await store.findSimilarMemories(userId, axis(0));
      assert.deepEqual(
        hits.map((hit) => hit.memory.text),
        ['similar'],
      );
      assert.ok(Math.abs(hits[0]!.score - 0.86) < SCORE_TOLERANCE);
      const atEdge = await store.findSimilarMemories(userId, axis(0), { threshold: 0.84 - SCORE_TOLERANCE });
      assert.equal(atEdge.length, 2);
    }),
  );

  it(
    'returns best first, at most 5 by default, at most limit when given',
    withStore(async (store) => {
      const userId = randomId('user');
      for (const cosine of [0.9, 0.99, 0.95, 0.97, 0.92, 0.91, 0.93]) await store.add(atCosine(cosine), fact(userId, `${cosine}`));
      const hits = await store.findSimilarMemories(userId, axis(0));
      assert.deepEqual(
        hits.map((hit) => hit.memory.text),
        ['0.99', '0.97', '0.95', '0.93', '0.92'],
      );
      assert.equal((await store.findSimilarMemories(userId, axis(0), { limit: 2 })).length, 2);
      assert.deepEqual(await store.findSimilarMemories(userId, axis(0), { limit: 0 }), []);
    }),
  );

  it(
    'leaves out archived memories unless excludeArchived is false',
    withStore(async (store) => {
      const userId = randomId('user');
      await store.archiveMemory(userId, await store.add(axis(0), fact(userId, 'archived')));
      assert.deepEqual(await store.findSimilarMemories(userId, axis(0)), []);
      const all = await store.findSimilarMemories(userId, axis(0), { excludeArchived: false });
      assert.deepEqual(
        all.map((hit) => hit.memory.text),
        ['archived'],
      );
    }),
  );

  it(
    'does not drop expired memories: a duplicate is a duplicate whatever its validity',
    withStore(async (store) => {
      const userId = randomId('user');
      await store.add(axis(0), fact(userId, 'past event', { type: 'event', validUntil: new Date(Date.now() - 86_400_000) }));
      assert.equal((await store.findSimilarMemories(userId, axis(0))).length, 1);
    }),
  );
}
