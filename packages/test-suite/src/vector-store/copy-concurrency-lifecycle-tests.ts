import assert from 'node:assert/strict';
import { assertRejectsWith } from '../assert-rejects-with';
import { randomId } from '../random-id';
import { axis, fact } from './vector-fixtures';
import type { VectorHarness } from './vector-harness';

export function registerCopyConcurrencyLifecycleTests({ it, withStore, open, persistent }: VectorHarness): void {
  it(
    'returned memories are copies: changing them changes nothing stored',
    withStore(async (store) => {
      const userId = randomId('user');
      const id = await store.add(axis(0), fact(userId, 'original', { tags: ['a'], lastSeen: new Date('2026-01-01T00:00:00Z') }));
      const fromGet = await store.getById(userId, id);
      const [fromSearch] = await store.search(userId, axis(0));
      for (const memory of [fromGet!.memory, fromSearch!.memory]) {
        memory.text = 'changed';
        memory.tags.push('b');
        memory.lastSeen!.setTime(0);
        memory.archived = true;
      }
      const again = await store.getById(userId, id);
      assert.equal(again?.memory.text, 'original');
      assert.deepEqual(again?.memory.tags, ['a']);
      assert.equal(again?.memory.lastSeen?.toISOString(), '2026-01-01T00:00:00.000Z');
      assert.equal(again?.memory.archived, false);
    }),
  );

  it(
    'keeps its own copy of what it was given',
    withStore(async (store) => {
      const userId = randomId('user');
      const vector = axis(0);
      const memory = fact(userId, 'original', { tags: ['a'], validUntil: new Date('2030-01-01T00:00:00Z') });
      const id = await store.add(vector, memory);
      vector[0] = 0;
      vector[1] = 1;
      memory.text = 'changed';
      memory.tags!.push('b');
      memory.validUntil!.setTime(0);
      const stored = await store.getById(userId, id);
      assert.equal(stored?.memory.text, 'original');
      assert.deepEqual(stored?.memory.tags, ['a']);
      assert.equal(stored?.memory.validUntil?.toISOString(), '2030-01-01T00:00:00.000Z');
      const [hit] = await store.search(userId, axis(0));
      assert.ok(hit && hit.score > 0.999, "the stored vector did not follow the caller's array");
    }),
  );

  it(
    'loses nothing to 200 parallel writers',
    withStore(async (store) => {
      const userId = randomId('user');
      const ids = await Promise.all(Array.from({ length: 200 }, (_, i) => store.add(axis(i % 8), fact(userId, `memory ${i}`))));
      assert.equal(new Set(ids).size, 200);
      const texts = await Promise.all(ids.map(async (id) => (await store.getById(userId, id))?.memory.text));
      assert.deepEqual(
        texts,
        ids.map((_, i) => `memory ${i}`),
      );
      assert.equal(await store.clearUserMemories(userId), 200);
    }),
  );

  it(
    'keeps exact per-user counts under parallel writes to many users',
    withStore(async (store) => {
      const users = Array.from({ length: 4 }, () => randomId('user'));
      await Promise.all(Array.from({ length: 200 }, (_, i) => store.add(axis(i % 8), fact(users[i % 4]!, `m${i}`))));
      const counts = await Promise.all(users.map((userId) => store.clearUserMemories(userId)));
      assert.deepEqual(counts, [50, 50, 50, 50]);
    }),
  );

  it(
    'applies parallel updates to different memories',
    withStore(async (store) => {
      const userId = randomId('user');
      const ids = await store.addMany(Array.from({ length: 50 }, (_, i) => ({ vector: axis(i % 8), memory: fact(userId, `m${i}`) })));
      const results = await Promise.all(ids.map((id, i) => store.updateMemory(userId, id, { mentionCount: i + 1 })));
      assert.ok(results.every(Boolean));
      for (const [i, id] of ids.entries()) assert.equal((await store.getById(userId, id))?.memory.mentionCount, i + 1);
    }),
  );

  it('close can be called twice; every other method then rejects with STORE_CLOSED', async () => {
    const store = await open();
    const userId = randomId('user');
    const id = await store.add(axis(0), fact(userId, 'x'));
    await store.close();
    await store.close();
    const calls: [string, () => Promise<unknown>][] = [
      ['add', () => store.add(axis(0), fact(userId, 'y'))],
      ['addMany', () => store.addMany([{ vector: axis(0), memory: fact(userId, 'y') }])],
      ['search', () => store.search(userId, axis(0))],
      ['findSimilarMemories', () => store.findSimilarMemories(userId, axis(0))],
      ['getById', () => store.getById(userId, id)],
      ['updateMemory', () => store.updateMemory(userId, id, { mentionCount: 2 })],
      ['archiveMemory', () => store.archiveMemory(userId, id)],
      ['deleteMemory', () => store.deleteMemory(userId, id)],
      ['clearUserMemories', () => store.clearUserMemories(userId)],
    ];
    for (const [what, call] of calls) await assertRejectsWith(call, 'STORE_CLOSED', `${what} after close`);
  });

  if (persistent) {
    it('keeps memories across close and re-open', async () => {
      const userId = randomId('user');
      const first = await open();
      let id: string;
      let archivedId: string;
      try {
        id = await first.add(axis(0), fact(userId, 'persisted', { tags: ['t'], validUntil: new Date('2031-01-01T00:00:00Z') }));
        archivedId = await first.add(axis(1), fact(userId, 'superseded'));
        await first.updateMemory(userId, id, { mentionCount: 4 });
        await first.archiveMemory(userId, archivedId, id);
      } finally {
        await first.close();
      }
      const second = await open();
      try {
        const stored = await second.getById(userId, id);
        assert.equal(stored?.memory.text, 'persisted');
        assert.equal(stored?.memory.mentionCount, 4);
        assert.equal(stored?.memory.validUntil?.toISOString(), '2031-01-01T00:00:00.000Z');
        assert.equal((await second.getById(userId, archivedId))?.memory.supersededBy, id);
        const hits = await second.search(userId, axis(0));
        assert.deepEqual(
          hits.map((hit) => hit.id),
          [id],
        );
      } finally {
        await second.clearUserMemories(userId);
        await second.close();
      }
    });
  }
}
