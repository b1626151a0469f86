import assert from 'node:assert/strict';
import type { MemoryFact, VectorMemoryStore } from '@casual-memory/core';
import { assertRejectsWith } from '../assert-rejects-with';
import { randomId } from '../random-id';
import { allPages, type ListOptions } from './all-pages';
import { axis, fact } from './vector-fixtures';
import type { VectorHarness } from './vector-harness';

async function listedIds(store: VectorMemoryStore, userId: string, options: ListOptions = {}): Promise<string[]> {
  return (await allPages(store, userId, options)).flat().map((stored) => stored.id);
}

const sorted = (ids: readonly string[]): string[] => [...ids].sort();

export function registerListTests({ it, withStore }: VectorHarness): void {
  it(
    'pages through 250 memories returning each exactly once, at most `limit` per page',
    withStore(async (store) => {
      const user = randomId('lister');
      const ids = await store.addMany(Array.from({ length: 250 }, (_, i) => ({ vector: axis(i % 8), memory: fact(user, `memory ${i}`) })));
      const pages = await allPages(store, user, { limit: 40 });
      assert.equal(pages.length, 7);
      for (const page of pages) assert.ok(page.length <= 40, `a page of ${page.length} memories for limit 40`);
      const listed = pages.flat();
      assert.deepEqual(sorted(listed.map((stored) => stored.id)), sorted(ids));
      const byId = new Map(listed.map((stored) => [stored.id, stored.memory]));
      assert.equal(byId.get(ids[7]!)?.text, 'memory 7');
      const first = await store.listMemories(user);
      assert.equal(first.memories.length, 100, 'the default page holds 100');
      assert.equal(typeof first.nextCursor, 'string');
    }),
  );

  it(
    'returns the memories whole, and copies the caller may change freely',
    withStore(async (store) => {
      const user = randomId('lister');
      const validUntil = new Date('2000-01-02T03:04:05.006Z');
      const id = await store.add(axis(0), fact(user, 'expired long ago', { tags: ['t'], importance: 0.9, validUntil, source: 'user' }));
      const { memories, nextCursor } = await store.listMemories(user);
      assert.equal(nextCursor, undefined);
      assert.deepEqual(memories, [{ id, memory: await store.getById(user, id).then((found) => found!.memory) }]);
      assert.equal(memories[0]!.memory.validUntil?.getTime(), validUntil.getTime(), 'expired memories are listed');
      (memories[0]!.memory as MemoryFact).tags.push('changed by the caller');
      assert.deepEqual((await store.getById(user, id))!.memory.tags, ['t']);
    }),
  );

  it(
    "never lists another user's memories; a user without memories gets an empty last page",
    withStore(async (store) => {
      const alice = randomId('alice');
      const bob = randomId('bob');
      const aliceIds = await store.addMany([0, 1, 2].map((i) => ({ vector: axis(i), memory: fact(alice, `alice ${i}`) })));
      await store.addMany([0, 1, 2, 3].map((i) => ({ vector: axis(i), memory: fact(bob, `bob ${i}`) })));
      assert.deepEqual(sorted(await listedIds(store, alice, { limit: 1 })), sorted(aliceIds));
      assert.deepEqual(await store.listMemories(randomId('nobody')), { memories: [] });
      // A cursor from Alice's listing reads nothing of Bob's.
      const page = await store.listMemories(alice, { limit: 1 });
      for (const stored of (await store.listMemories(bob, { cursor: page.nextCursor!, limit: 100 })).memories)
        assert.equal(stored.memory.userId, bob);
    }),
  );

  it(
    'lists archived memories only with includeArchived, their successor kept',
    withStore(async (store) => {
      const user = randomId('lister');
      const [old, current] = await store.addMany([
        { vector: axis(0), memory: fact(user, 'lives in Paris') },
        { vector: axis(1), memory: fact(user, 'lives in London') },
      ]);
      await store.archiveMemory(user, old!, current!);
      assert.deepEqual(await listedIds(store, user), [current]);
      const all = (await allPages(store, user, { includeArchived: true })).flat();
      assert.deepEqual(sorted(all.map((stored) => stored.id)), sorted([old!, current!]));
      const archived = all.find((stored) => stored.id === old)!.memory;
      assert.equal(archived.archived, true);
      assert.equal(archived.supersededBy, current);
    }),
  );

  it(
    'applies the filter (types, tags, minImportance) across pages',
    withStore(async (store) => {
      const user = randomId('lister');
      const ids = await store.addMany([
        { vector: axis(0), memory: fact(user, 'a', { type: 'preference', tags: ['food'], importance: 0.9 }) },
        { vector: axis(1), memory: fact(user, 'b', { type: 'fact', tags: ['food'], importance: 0.9 }) },
        { vector: axis(2), memory: fact(user, 'c', { type: 'preference', tags: ['work'], importance: 0.2 }) },
        { vector: axis(3), memory: fact(user, 'd', { type: 'preference', tags: ['food', 'work'], importance: 0.5 }) },
      ]);
      const [a, b, c, d] = ids as [string, string, string, string];
      assert.deepEqual(sorted(await listedIds(store, user, { limit: 1, filter: { types: ['preference'] } })), sorted([a, c, d]));
      assert.deepEqual(sorted(await listedIds(store, user, { limit: 1, filter: { tags: ['food'] } })), sorted([a, b, d]));
      assert.deepEqual(sorted(await listedIds(store, user, { limit: 1, filter: { minImportance: 0.5 } })), sorted([a, b, d]));
      assert.deepEqual(await listedIds(store, user, { limit: 1, filter: { types: ['preference'], tags: ['work'], minImportance: 0.3 } }), [
        d,
      ]);
    }),
  );

  it(
    'keeps its order while memories come and go: each memory present throughout is listed exactly once',
    withStore(async (store) => {
      const user = randomId('lister');
      const ids = await store.addMany(Array.from({ length: 30 }, (_, i) => ({ vector: axis(i % 8), memory: fact(user, `m${i}`) })));
      const first = await store.listMemories(user, { limit: 10 });
      const seen = first.memories.map((stored) => stored.id);
      const removed = seen[3]!;
      await store.deleteMemory(user, removed);
      const added = await store.add(axis(0), fact(user, 'added while listing'));
      let cursor = first.nextCursor;
      while (cursor !== undefined) {
        const page = await store.listMemories(user, { limit: 10, cursor });
        seen.push(...page.memories.map((stored) => stored.id));
        cursor = page.nextCursor;
      }
      assert.equal(new Set(seen).size, seen.length, 'a memory was listed twice');
      for (const id of ids) if (id !== removed) assert.ok(seen.includes(id), `memory ${id} was skipped`);
      assert.ok(seen.filter((id) => id !== added).length >= ids.length - 1);
    }),
  );

  it(
    'refuses a cursor it did not make, a bad limit, and unknown options with a ValidationError',
    withStore(async (store) => {
      const user = randomId('lister');
      await store.addMany([0, 1].map((i) => ({ vector: axis(i), memory: fact(user, `m${i}`) })));
      const { nextCursor } = await store.listMemories(user, { limit: 1 });
      for (const cursor of ['', 'not a cursor', nextCursor!.slice(0, -2), `${nextCursor}!`, `cm1.${btoa('{"after":42}')}`])
        await assertRejectsWith(() => store.listMemories(user, { cursor }), 'VALIDATION_ERROR', `cursor ${JSON.stringify(cursor)}`);
      for (const limit of [0, -1, 2.5, 1001, Number.NaN, '5'])
        await assertRejectsWith(() => store.listMemories(user, { limit: limit as number }), 'VALIDATION_ERROR', `limit ${String(limit)}`);
      await assertRejectsWith(() => store.listMemories(user, { includeArchived: 'yes' as never }), 'VALIDATION_ERROR', 'includeArchived');
      await assertRejectsWith(
        () => store.listMemories(user, { filter: { includeExpired: true } as never }),
        'VALIDATION_ERROR',
        'filter key',
      );
      await assertRejectsWith(() => store.listMemories(user, { pageSize: 10 } as never), 'VALIDATION_ERROR', 'unknown option');
      await assertRejectsWith(() => store.listMemories('  ', {}), 'VALIDATION_ERROR', 'blank user');
    }),
  );

  it(
    'fails with STORE_CLOSED once closed',
    withStore(async (store) => {
      await store.close();
      await assertRejectsWith(() => store.listMemories(randomId('lister')), 'STORE_CLOSED', 'listMemories after close');
    }),
  );
}
