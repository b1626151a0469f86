import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import type { StoredMemory, VectorMemoryStore } from '@casual-memory/core';
import { assertRejectsWith } from '../assert-rejects-with';
import { randomId } from '../random-id';
import { allPages } from './all-pages';
import { assertNoMemories } from './assert-no-memories';
import { axis, fact, storedFact } from './vector-fixtures';
import type { VectorHarness } from './vector-harness';

/** Every memory of the user, archived included, in the store's order. */
async function listAll(store: VectorMemoryStore, userId: string): Promise<StoredMemory[]> {
  return (await allPages(store, userId, { includeArchived: true, limit: 1000 })).flat();
}

const byId = (a: StoredMemory, b: StoredMemory): number => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

/** `add(vector, memory, { id })` and `addMany` items' `id`: restoring memories under the ids they had. */
export function registerRestoreIdTests({ it, withStore, open, persistent }: VectorHarness): void {
  it(
    'add with an id stores the memory under it: getById, listMemories and search all answer with that id',
    withStore(async (store) => {
      const userId = randomId('user');
      const id = randomUUID();
      assert.equal(await store.add(axis(0), fact(userId, 'I live in London'), { id }), id);
      assert.deepEqual(await store.getById(userId, id), { id, memory: storedFact(userId, 'I live in London') });
      assert.deepEqual(await listAll(store, userId), [{ id, memory: storedFact(userId, 'I live in London') }]);
      const hits = await store.search(userId, axis(0), { minScore: 0.9 });
      assert.deepEqual(
        hits.map((hit) => hit.id),
        [id],
      );
      // A memory added without one still gets its own new id.
      const other = await store.add(axis(1), fact(userId, 'I like tea'), {});
      assert.notEqual(other, id);
    }),
  );

  it(
    'an id the user already has is CONFLICT_STATE, and the stored memory is left as it was',
    withStore(async (store) => {
      const userId = randomId('user');
      const id = await store.add(axis(0), fact(userId, 'first'));
      await assertRejectsWith(() => store.add(axis(1), fact(userId, 'second'), { id }), 'CONFLICT_STATE', 'an id already stored');
      assert.deepEqual(await listAll(store, userId), [{ id, memory: storedFact(userId, 'first') }]);
      const hits = await store.search(userId, axis(0), { minScore: 0.9 });
      assert.deepEqual(
        hits.map((hit) => hit.memory.text),
        ['first'],
      );
    }),
  );

  it(
    "another user's id is CONFLICT_STATE too (ids are unique in the store): neither user's memories change",
    withStore(async (store) => {
      const owner = randomId('user');
      const other = randomId('user');
      const id = await store.add(axis(0), fact(owner, 'mine'));
      const error = await assertRejectsWith(() => store.add(axis(0), fact(other, 'theirs'), { id }), 'CONFLICT_STATE', "another user's id");
      assert.ok(!error.message.includes(owner), 'the error must not name the user who has the id');
      assert.deepEqual(await store.getById(owner, id), { id, memory: storedFact(owner, 'mine') });
      assert.equal(await store.getById(other, id), null);
      await assertNoMemories(store, other);
    }),
  );

  it(
    'an id of another form is a VALIDATION_ERROR on options.id, and nothing is stored',
    withStore(async (store) => {
      const userId = randomId('user');
      const uuid = randomUUID();
      const bad: unknown[] = ['not-a-uuid', '', uuid.toUpperCase(), `{${uuid}}`, uuid.replaceAll('-', ''), ` ${uuid}`, 42, null];
      for (const id of bad) {
        const error = await assertRejectsWith(
          () => store.add(axis(0), fact(userId, 'x'), { id } as { id: string }),
          'VALIDATION_ERROR',
          `id ${JSON.stringify(id)}`,
        );
        assert.equal((error as { path?: unknown }).path, 'options.id');
      }
      await assertRejectsWith(() => store.add(axis(0), fact(userId, 'x'), { ID: uuid } as never), 'VALIDATION_ERROR', 'an unknown option');
      await assertRejectsWith(() => store.add(axis(0), fact(userId, 'x'), 'abc' as never), 'VALIDATION_ERROR', 'options not an object');
      await assertNoMemories(store, userId);
    }),
  );

  it(
    'addMany keeps the ids given, gives new ones to items without, in input order',
    withStore(async (store) => {
      const userId = randomId('user');
      const [a, c] = [randomUUID(), randomUUID()];
      const ids = await store.addMany([
        { vector: axis(0), memory: fact(userId, 'a'), id: a },
        { vector: axis(1), memory: fact(userId, 'b') },
        { vector: axis(2), memory: fact(userId, 'c'), id: c },
      ]);
      assert.equal(ids.length, 3);
      assert.equal(ids[0], a);
      assert.equal(ids[2], c);
      assert.ok(ids[1] !== a && ids[1] !== c);
      for (const [index, text] of ['a', 'b', 'c'].entries()) {
        assert.deepEqual(await store.getById(userId, ids[index]!), { id: ids[index], memory: storedFact(userId, text) });
      }
    }),
  );

  it(
    'addMany with one taken id (any user) or a bad one stores none of the batch',
    withStore(async (store) => {
      const userId = randomId('user');
      const other = randomId('user');
      const taken = await store.add(axis(0), fact(other, 'theirs'));
      const fresh = randomUUID();
      const batch = (id: unknown) => [
        { vector: axis(1), memory: fact(userId, 'new one'), id: fresh },
        { vector: axis(2), memory: fact(userId, 'no id') },
        { vector: axis(3), memory: fact(userId, 'clashing'), id: id as string },
      ];
      await assertRejectsWith(() => store.addMany(batch(taken)), 'CONFLICT_STATE', 'a batch with a taken id');
      const invalid = await assertRejectsWith(() => store.addMany(batch('nope')), 'VALIDATION_ERROR', 'a batch with a bad id');
      assert.equal((invalid as { path?: unknown }).path, 'items[2].id');
      await assertNoMemories(store, userId);
      assert.equal(await store.getById(userId, fresh), null);
      assert.deepEqual(await store.getById(other, taken), { id: taken, memory: storedFact(other, 'theirs') });
    }),
  );

  it(
    'addMany giving one id twice is a VALIDATION_ERROR on the second, and stores nothing',
    withStore(async (store) => {
      const userId = randomId('user');
      const id = randomUUID();
      const error = await assertRejectsWith(
        () =>
          store.addMany([
            { vector: axis(0), memory: fact(userId, 'one'), id },
            { vector: axis(1), memory: fact(userId, 'two') },
            { vector: axis(2), memory: fact(randomId('user'), 'three'), id },
          ]),
        'VALIDATION_ERROR',
        'one id twice in a batch',
      );
      assert.equal((error as { path?: unknown }).path, 'items[2].id');
      await assertNoMemories(store, userId);
    }),
  );

  it(
    'an export restored after clearUserMemories gives back the same memories under the same ids',
    withStore(async (store) => {
      const userId = randomId('user');
      const vectors = [axis(0), axis(1), axis(2), axis(3)];
      const ids = await store.addMany(vectors.map((vector, i) => ({ vector, memory: fact(userId, `memory ${i}`, { tags: [`t${i}`] }) })));
      await store.archiveMemory(userId, ids[0]!, ids[1]);
      await store.updateMemory(userId, ids[2]!, { importance: 0.9, validUntil: new Date('2031-01-02T03:04:05.006Z') });
      const exported = await listAll(store, userId);
      const vectorOf = new Map(ids.map((id, i) => [id, vectors[i]!]));
      assert.equal(await store.clearUserMemories(userId), 4);
      const restored = await store.addMany(exported.map(({ id, memory }) => ({ vector: vectorOf.get(id)!, memory, id })));
      assert.deepEqual(
        restored,
        exported.map(({ id }) => id),
      );
      assert.deepEqual([...(await listAll(store, userId))].sort(byId), [...exported].sort(byId));
      // Searches find them by their old ids.
      const hits = await store.search(userId, axis(3), { minScore: 0.9 });
      assert.deepEqual(
        hits.map((hit) => hit.id),
        [ids[3]],
      );
      // Restoring the same export again is refused as a whole.
      await assertRejectsWith(
        () => store.addMany(exported.map(({ id, memory }) => ({ vector: vectorOf.get(id)!, memory, id }))),
        'CONFLICT_STATE',
        'a second restore',
      );
      assert.equal((await listAll(store, userId)).length, 4);
    }),
  );

  it(
    'of concurrent adds under one id, exactly one is stored and the others are CONFLICT_STATE',
    withStore(async (store) => {
      const users = [randomId('user'), randomId('user'), randomId('user')];
      const id = randomUUID();
      const results = await Promise.allSettled(
        [0, 1, 2, 3, 4, 5].map((i) => store.add(axis(i), fact(users[i % 3]!, `attempt ${i}`), { id })),
      );
      const stored = results.filter((result) => result.status === 'fulfilled');
      assert.equal(stored.length, 1, 'exactly one add must win');
      for (const result of results) {
        if (result.status === 'rejected') assert.equal((result.reason as { code?: unknown }).code, 'CONFLICT_STATE');
      }
      const winner = results.findIndex((result) => result.status === 'fulfilled');
      const found = await store.getById(users[winner % 3]!, id);
      assert.equal(found?.memory.text, `attempt ${winner}`);
      for (const userId of users) if (userId !== users[winner % 3]) await assertNoMemories(store, userId);
    }),
  );

  if (persistent) {
    it('a restored id survives closing and re-opening the store', async () => {
      const userId = randomId('user');
      const id = randomUUID();
      const first = await open();
      try {
        await first.add(axis(0), fact(userId, 'kept'), { id });
      } finally {
        await first.close();
      }
      const second = await open();
      try {
        assert.deepEqual(await second.getById(userId, id), { id, memory: storedFact(userId, 'kept') });
        await assertRejectsWith(() => second.add(axis(0), fact(userId, 'again'), { id }), 'CONFLICT_STATE', 'the id after re-opening');
      } finally {
        await second.close();
      }
    });
  }
}
