import assert from 'node:assert/strict';
import { randomId } from '../random-id';
import { atCosine, axis, fact, SCORE_TOLERANCE } from './vector-fixtures';
import type { VectorHarness } from './vector-harness';

const DAY = 86_400_000;

export function registerSearchTests({ it, withStore }: VectorHarness): void {
  it(
    'finds a close memory with its cosine score',
    withStore(async (store) => {
      const userId = randomId('user');
      const id = await store.add(axis(0), fact(userId, 'close'));
      const query = [0.9, 0.1, 0, 0, 0, 0, 0, 0];
      const hits = await store.search(userId, query, { minScore: 0.8 });
      assert.equal(hits.length, 1);
      assert.equal(hits[0]!.id, id);
      assert.equal(hits[0]!.memory.text, 'close');
      assert.ok(Math.abs(hits[0]!.score - 0.9 / Math.hypot(0.9, 0.1)) < SCORE_TOLERANCE);
    }),
  );

  it(
    'returns the best match first',
    withStore(async (store) => {
      const userId = randomId('user');
      for (const cosine of [0.95, 0.75, 0.99, 0.85]) await store.add(atCosine(cosine), fact(userId, `cos ${cosine}`));
      const hits = await store.search(userId, axis(0));
      assert.deepEqual(
        hits.map((hit) => hit.memory.text),
        ['cos 0.99', 'cos 0.95', 'cos 0.85', 'cos 0.75'],
      );
      for (const hit of hits) assert.ok(Math.abs(hit.score - Number(hit.memory.text.slice(4))) < SCORE_TOLERANCE);
    }),
  );

  it(
    'returns at most 5 by default and at most topK when given',
    withStore(async (store) => {
      const userId = randomId('user');
      for (let i = 0; i < 7; i++) await store.add(axis(2), fact(userId, `same ${i}`));
      assert.equal((await store.search(userId, axis(2))).length, 5);
      assert.equal((await store.search(userId, axis(2), { topK: 3 })).length, 3);
      assert.equal((await store.search(userId, axis(2), { topK: 50 })).length, 7);
      assert.deepEqual(await store.search(userId, axis(2), { topK: 0 }), []);
    }),
  );

  it(
    'leaves out scores below 0.7 by default',
    withStore(async (store) => {
      const userId = randomId('user');
      await store.add(atCosine(0.69), fact(userId, 'below'));
      await store.add(atCosine(0.71), fact(userId, 'above'));
      assert.deepEqual(
        (await store.search(userId, axis(0))).map((hit) => hit.memory.text),
        ['above'],
      );
    }),
  );

  it(
    'treats minScore as inclusive',
    withStore(async (store) => {
      const userId = randomId('user');
      await store.add(atCosine(0.8), fact(userId, 'at 0.8'));
      assert.equal((await store.search(userId, axis(0), { minScore: 0.8 })).length, 1);
      assert.equal((await store.search(userId, axis(0), { minScore: 0.8 + 1e-3 })).length, 0);
    }),
  );

  it(
    'finds nothing orthogonal above 0.5',
    withStore(async (store) => {
      const userId = randomId('user');
      await store.add(axis(0), fact(userId, 'x'));
      assert.deepEqual(await store.search(userId, axis(1), { minScore: 0.5 }), []);
    }),
  );

  it(
    'scores are cosines in [-1, 1]: opposite is -1, orthogonal 0, a scaled copy 1',
    withStore(async (store) => {
      const userId = randomId('user');
      await store.add(
        axis(0).map((x) => -x),
        fact(userId, 'opposite'),
      );
      await store.add(axis(3), fact(userId, 'orthogonal'));
      await store.add(
        axis(0).map((x) => 10 * x),
        fact(userId, 'scaled'),
      );
      const hits = await store.search(userId, axis(0), { minScore: -1, topK: 10 });
      const score = (text: string) => hits.find((hit) => hit.memory.text === text)?.score;
      assert.ok(Math.abs(score('opposite')! + 1) < SCORE_TOLERANCE);
      assert.ok(Math.abs(score('orthogonal')!) < SCORE_TOLERANCE);
      assert.ok(Math.abs(score('scaled')! - 1) < SCORE_TOLERANCE);
      for (const hit of hits) assert.ok(hit.score >= -1 && hit.score <= 1);
    }),
  );

  it(
    'filters by types (any of)',
    withStore(async (store) => {
      const userId = randomId('user');
      await store.add(axis(0), fact(userId, 'a fact'));
      await store.add(axis(0), fact(userId, 'a preference', { type: 'preference' }));
      await store.add(axis(0), fact(userId, 'a goal', { type: 'goal' }));
      const texts = async (types: ('fact' | 'preference' | 'goal')[]) =>
        (await store.search(userId, axis(0), { filter: { types } })).map((hit) => hit.memory.text).sort();
      assert.deepEqual(await texts(['preference']), ['a preference']);
      assert.deepEqual(await texts(['fact', 'goal']), ['a fact', 'a goal']);
    }),
  );

  it(
    'filters by tags (any of)',
    withStore(async (store) => {
      const userId = randomId('user');
      await store.add(axis(0), fact(userId, 'food', { tags: ['food', 'daily'] }));
      await store.add(axis(0), fact(userId, 'work', { tags: ['work'] }));
      await store.add(axis(0), fact(userId, 'untagged'));
      const texts = async (tags: string[]) =>
        (await store.search(userId, axis(0), { filter: { tags } })).map((hit) => hit.memory.text).sort();
      assert.deepEqual(await texts(['daily']), ['food']);
      assert.deepEqual(await texts(['work', 'food']), ['food', 'work']);
      assert.deepEqual(await texts(['none']), []);
    }),
  );

  it(
    'filters by minImportance (inclusive)',
    withStore(async (store) => {
      const userId = randomId('user');
      await store.add(axis(0), fact(userId, 'high', { importance: 0.7 }));
      await store.add(axis(0), fact(userId, 'low', { importance: 0.69 }));
      const hits = await store.search(userId, axis(0), { filter: { minImportance: 0.7 } });
      assert.deepEqual(
        hits.map((hit) => hit.memory.text),
        ['high'],
      );
    }),
  );

  it(
    'leaves out archived memories unless includeArchived',
    withStore(async (store) => {
      const userId = randomId('user');
      const archived = await store.add(axis(0), fact(userId, 'old'));
      await store.add(axis(0), fact(userId, 'current'));
      await store.archiveMemory(userId, archived);
      assert.deepEqual(
        (await store.search(userId, axis(0))).map((hit) => hit.memory.text),
        ['current'],
      );
      const all = await store.search(userId, axis(0), { filter: { includeArchived: true } });
      assert.deepEqual(all.map((hit) => hit.memory.text).sort(), ['current', 'old']);
    }),
  );

  it(
    'leaves out expired memories (validUntil before now) unless includeExpired or an earlier validAt',
    withStore(async (store) => {
      const userId = randomId('user');
      const now = Date.now();
      await store.add(axis(0), fact(userId, 'expired', { type: 'event', validUntil: new Date(now - DAY) }));
      await store.add(axis(0), fact(userId, 'upcoming', { type: 'event', validUntil: new Date(now + DAY) }));
      await store.add(axis(0), fact(userId, 'timeless'));
      const texts = async (filter: object) => (await store.search(userId, axis(0), { filter })).map((hit) => hit.memory.text).sort();
      assert.deepEqual(await texts({}), ['timeless', 'upcoming']);
      assert.deepEqual(await texts({ includeExpired: true }), ['expired', 'timeless', 'upcoming']);
      assert.deepEqual(await texts({ validAt: new Date(now - 2 * DAY) }), ['expired', 'timeless', 'upcoming']);
      assert.deepEqual(await texts({ validAt: new Date(now + 2 * DAY) }), ['timeless']);
    }),
  );

  it(
    'keeps a memory whose validUntil equals validAt',
    withStore(async (store) => {
      const userId = randomId('user');
      const at = new Date('2030-01-01T00:00:00.000Z');
      await store.add(axis(0), fact(userId, 'edge', { validUntil: at }));
      assert.equal((await store.search(userId, axis(0), { filter: { validAt: at } })).length, 1);
    }),
  );

  it(
    'fills topK with matching memories even when better ones are filtered out',
    withStore(async (store) => {
      const userId = randomId('user');
      for (let i = 0; i < 10; i++) await store.archiveMemory(userId, await store.add(axis(0), fact(userId, `archived ${i}`)));
      await store.add(atCosine(0.8), fact(userId, 'active 0.8'));
      await store.add(atCosine(0.75), fact(userId, 'active 0.75'));
      const hits = await store.search(userId, axis(0), { topK: 2 });
      assert.deepEqual(
        hits.map((hit) => hit.memory.text),
        ['active 0.8', 'active 0.75'],
      );
    }),
  );
}
