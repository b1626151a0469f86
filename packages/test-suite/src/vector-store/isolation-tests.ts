import assert from 'node:assert/strict';
import { lookAlikeUserIds } from '../look-alike-user-ids';
import { randomId } from '../random-id';
import { axis, fact } from './vector-fixtures';
import type { VectorHarness } from './vector-harness';

export function registerIsolationTests({ it, withStore }: VectorHarness): void {
  it(
    "search never returns another user's memory, even an identical one",
    withStore(async (store) => {
      const alice = randomId('alice');
      const bob = randomId('bob');
      const aliceId = await store.add(axis(0), fact(alice, 'alice lives in London'));
      await store.add(axis(0), fact(bob, 'bob lives in Paris'));
      const hits = await store.search(alice, axis(0), { filter: { includeArchived: true, includeExpired: true }, topK: 10, minScore: -1 });
      assert.deepEqual(
        hits.map((hit) => hit.id),
        [aliceId],
      );
    }),
  );

  it(
    'findSimilarMemories never crosses users',
    withStore(async (store) => {
      const alice = randomId('alice');
      const bob = randomId('bob');
      await store.add(axis(0), fact(bob, 'bob'));
      assert.deepEqual(await store.findSimilarMemories(alice, axis(0), { threshold: -1, excludeArchived: false }), []);
    }),
  );

  it(
    'a user with no memories finds nothing',
    withStore(async (store) => {
      await store.add(axis(0), fact(randomId('someone'), 'x'));
      assert.deepEqual(await store.search(randomId('nobody'), axis(0), { minScore: -1 }), []);
    }),
  );

  it(
    "another user's id behaves exactly like an unknown id, and the owner's memory stays as it was",
    withStore(async (store) => {
      const alice = randomId('alice');
      const bob = randomId('bob');
      const aliceId = await store.add(axis(0), fact(alice, 'alice'));
      await store.add(axis(0), fact(bob, 'bob has memories too'));
      const before = await store.getById(alice, aliceId);
      for (const [caller, id] of [
        [bob, aliceId],
        [bob, randomId('missing')],
        [randomId('stranger'), aliceId],
      ] as const) {
        assert.equal(await store.getById(caller, id), null, 'getById');
        assert.equal(await store.updateMemory(caller, id, { text: 'changed by someone else', mentionCount: 5 }), false, 'updateMemory');
        assert.equal(await store.archiveMemory(caller, id, randomId('successor')), false, 'archiveMemory');
        assert.equal(await store.deleteMemory(caller, id), false, 'deleteMemory');
      }
      assert.deepEqual(await store.getById(alice, aliceId), before);
      assert.deepEqual(
        (await store.search(alice, axis(0))).map((hit) => hit.id),
        [aliceId],
      );
    }),
  );

  it(
    "changing one user's memory by id leaves the other user's memory as it was",
    withStore(async (store) => {
      const alice = randomId('alice');
      const bob = randomId('bob');
      const aliceId = await store.add(axis(0), fact(alice, 'alice'));
      const bobId = await store.add(axis(0), fact(bob, 'bob'));
      const bobBefore = await store.getById(bob, bobId);
      assert.equal(await store.updateMemory(alice, aliceId, { text: 'alice changed', mentionCount: 5 }), true);
      assert.equal(await store.archiveMemory(alice, aliceId), true);
      assert.equal(await store.deleteMemory(alice, aliceId), true);
      assert.deepEqual(await store.getById(bob, bobId), bobBefore);
      assert.deepEqual(
        (await store.search(bob, axis(0))).map((hit) => hit.id),
        [bobId],
      );
    }),
  );

  it(
    'addMany stores each item under its own user',
    withStore(async (store) => {
      const alice = randomId('alice');
      const bob = randomId('bob');
      const [aliceId, bobId] = await store.addMany([
        { vector: axis(0), memory: fact(alice, 'alice') },
        { vector: axis(0), memory: fact(bob, 'bob') },
      ]);
      assert.deepEqual(
        (await store.search(alice, axis(0))).map((hit) => hit.id),
        [aliceId],
      );
      assert.deepEqual(
        (await store.search(bob, axis(0))).map((hit) => hit.id),
        [bobId],
      );
      assert.equal(await store.getById(alice, bobId!), null);
    }),
  );

  it(
    'clearUserMemories leaves other users alone',
    withStore(async (store) => {
      const alice = randomId('alice');
      const bob = randomId('bob');
      await store.add(axis(0), fact(alice, 'a'));
      const bobId = await store.add(axis(0), fact(bob, 'b'));
      assert.equal(await store.clearUserMemories(alice), 1);
      assert.equal((await store.getById(bob, bobId))?.memory.text, 'b');
    }),
  );

  it(
    'user ids are matched exactly: look-alike ids are different users',
    withStore(async (store) => {
      const ids = lookAlikeUserIds(randomId('user'));
      const memoryIds = await store.addMany(ids.map((userId, i) => ({ vector: axis(0), memory: fact(userId, `for ${i}`) })));
      for (const [i, userId] of ids.entries()) {
        const hits = await store.search(userId, axis(0), { topK: 50, minScore: -1 });
        assert.deepEqual(
          hits.map((hit) => hit.memory.text),
          [`for ${i}`],
          `memories of ${JSON.stringify(userId)}`,
        );
      }
      assert.equal(await store.clearUserMemories(ids[5]!), 1);
      assert.equal(await store.clearUserMemories(ids[0]!), 1);
      for (const [i, userId] of ids.entries()) {
        assert.equal(
          (await store.getById(userId, memoryIds[i]!)) === null,
          i === 0 || i === 5,
          `memory of ${JSON.stringify(userId)} after clearing others`,
        );
      }
    }),
  );
}
