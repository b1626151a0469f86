import assert from 'node:assert/strict';
import { randomId } from '../random-id';
import { atCosine, axis, fact, SUITE_DIMENSIONS } from './vector-fixtures';
import type { VectorHarness } from './vector-harness';

export function registerAddAndGetTests({ it, withStore }: VectorHarness): void {
  it(
    'reports the dimensions it was created with',
    withStore(async (store) => {
      assert.equal(store.dimensions, SUITE_DIMENSIONS);
    }),
  );

  it(
    'add returns an id; getById returns the memory with defaults filled in',
    withStore(async (store) => {
      const userId = randomId('user');
      const id = await store.add(axis(0), fact(userId, 'I live in London'));
      assert.equal(typeof id, 'string');
      assert.ok(id.length > 0);
      const stored = await store.getById(userId, id);
      assert.ok(stored);
      assert.equal(stored.id, id);
      assert.deepEqual(stored.memory, {
        text: 'I live in London',
        type: 'fact',
        userId,
        tags: [],
        importance: 0.5,
        confidence: 0.5,
        mentionCount: 1,
        archived: false,
      });
    }),
  );

  it(
    'getById round-trips every field exactly, dates included',
    withStore(async (store) => {
      const userId = randomId('user');
      const memory = {
        text: 'Dentist on Friday ✓ "quoted"',
        type: 'event' as const,
        userId,
        tags: ['health', 'ünïcode'],
        importance: 0.9,
        source: 'user' as const,
        validUntil: new Date('2031-05-06T23:59:59.123Z'),
        confidence: 0.75,
        mentionCount: 3,
        firstSeen: new Date('2024-01-02T03:04:05.678Z'),
        lastSeen: new Date('2025-02-03T04:05:06.789Z'),
        archived: true,
        archivedAt: new Date('2025-03-04T05:06:07.891Z'),
        supersededBy: 'some-other-id',
      };
      const id = await store.add(axis(1), memory);
      const stored = await store.getById(userId, id);
      assert.deepEqual(stored?.memory, memory);
      assert.ok(stored?.memory.validUntil instanceof Date);
    }),
  );

  it(
    'getById of an unknown id is null',
    withStore(async (store) => {
      assert.equal(await store.getById(randomId('user'), randomId('missing')), null);
    }),
  );

  it(
    'gives every memory its own id',
    withStore(async (store) => {
      const userId = randomId('user');
      const ids = new Set<string>();
      for (let i = 0; i < 50; i++) ids.add(await store.add(axis(0), fact(userId, `same text`)));
      assert.equal(ids.size, 50);
    }),
  );

  it(
    'addMany stores every item and returns ids in input order',
    withStore(async (store) => {
      const userId = randomId('user');
      const ids = await store.addMany([0, 1, 2, 3].map((i) => ({ vector: axis(i), memory: fact(userId, `memory ${i}`) })));
      assert.equal(ids.length, 4);
      assert.equal(new Set(ids).size, 4);
      for (const [i, id] of ids.entries()) assert.equal((await store.getById(userId, id))?.memory.text, `memory ${i}`);
    }),
  );

  it(
    'addMany of nothing returns no ids',
    withStore(async (store) => {
      assert.deepEqual(await store.addMany([]), []);
    }),
  );

  it(
    'addMany validates every item before writing any',
    withStore(async (store) => {
      const userId = randomId('user');
      await assert.rejects(
        store.addMany([
          { vector: axis(0), memory: fact(userId, 'first') },
          { vector: axis(1), memory: fact(userId, 'second') },
          { vector: axis(2), memory: fact(userId, '   ') },
        ]),
        (error: { code?: string }) => error.code === 'VALIDATION_ERROR',
      );
      await assert.rejects(
        store.addMany([
          { vector: axis(0), memory: fact(userId, 'first') },
          { vector: [1, 2], memory: fact(userId, 'short vector') },
        ]),
        (error: { code?: string }) => error.code === 'DIMENSION_MISMATCH',
      );
      assert.deepEqual(await store.findSimilarMemories(userId, axis(0), { threshold: -1, limit: 10, excludeArchived: false }), []);
      assert.equal(await store.clearUserMemories(userId), 0);
    }),
  );

  it(
    'accepts number[] and Float32Array alike',
    withStore(async (store) => {
      const userId = randomId('user');
      await store.add(Float32Array.from(atCosine(0.9)), fact(userId, 'typed array'));
      await store.add(atCosine(0.9), fact(userId, 'plain array'));
      const hits = await store.search(userId, Float32Array.from(axis(0)));
      assert.equal(hits.length, 2);
      assert.ok(Math.abs(hits[0]!.score - hits[1]!.score) < 1e-6);
    }),
  );
}
