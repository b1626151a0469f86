import assert from 'node:assert/strict';
import { assertRejectsWith } from '../assert-rejects-with';
import { randomId } from '../random-id';
import { atCosine, axis, fact, SCORE_TOLERANCE, storedFact } from './vector-fixtures';
import type { VectorHarness } from './vector-harness';

export function registerUpdateArchiveDeleteTests({ it, withStore }: VectorHarness): void {
  it(
    'updateMemory changes the patched fields and keeps the rest',
    withStore(async (store) => {
      const userId = randomId('user');
      const id = await store.add(axis(0), fact(userId, 'coffee', { tags: ['food'], importance: 0.6 }));
      const lastSeen = new Date('2026-01-01T10:00:00.000Z');
      assert.equal(await store.updateMemory(userId, id, { mentionCount: 2, confidence: 0.7, lastSeen }), true);
      const stored = await store.getById(userId, id);
      assert.equal(stored?.memory.mentionCount, 2);
      assert.equal(stored?.memory.confidence, 0.7);
      assert.deepEqual(stored?.memory.lastSeen, lastSeen);
      assert.equal(stored?.memory.text, 'coffee');
      assert.deepEqual(stored?.memory.tags, ['food']);
      assert.equal(stored?.memory.importance, 0.6);
    }),
  );

  it(
    'updateMemory with null removes an optional field',
    withStore(async (store) => {
      const userId = randomId('user');
      const id = await store.add(axis(0), fact(userId, 'x', { source: 'user', validUntil: new Date('2030-01-01T00:00:00Z') }));
      assert.equal(await store.updateMemory(userId, id, { source: null, validUntil: null }), true);
      const memory = (await store.getById(userId, id))?.memory;
      assert.ok(memory);
      assert.equal('source' in memory, false);
      assert.equal('validUntil' in memory, false);
    }),
  );

  it(
    'updateMemory of an unknown id is false',
    withStore(async (store) => {
      assert.equal(await store.updateMemory(randomId('user'), randomId('missing'), { confidence: 0.9 }), false);
    }),
  );

  it(
    'updateMemory refuses to move a memory to another user, changing nothing',
    withStore(async (store) => {
      const userId = randomId('user');
      const id = await store.add(axis(0), fact(userId, 'mine'));
      const patch = { userId: randomId('thief'), text: 'stolen' } as unknown as Parameters<typeof store.updateMemory>[2];
      await assertRejectsWith(() => store.updateMemory(userId, id, patch), 'VALIDATION_ERROR', 'patch with userId');
      assert.equal((await store.getById(userId, id))?.memory.text, 'mine');
      assert.equal((await store.getById(userId, id))?.memory.userId, userId);
    }),
  );

  it(
    'updateMemory rejects invalid values, changing nothing',
    withStore(async (store) => {
      const userId = randomId('user');
      const id = await store.add(axis(0), fact(userId, 'valid'));
      for (const patch of [
        { importance: 2 },
        { mentionCount: 0 },
        { type: 'opinion' },
        { text: ' ' },
        { confidence: Number.NaN },
        { tags: 'x' },
      ]) {
        await assertRejectsWith(() => store.updateMemory(userId, id, patch as never), 'VALIDATION_ERROR', `patch ${JSON.stringify(patch)}`);
      }
      const memory = (await store.getById(userId, id))?.memory;
      assert.deepEqual(memory, storedFact(userId, 'valid'));
    }),
  );

  it(
    'a patched memory is searched by its new fields',
    withStore(async (store) => {
      const userId = randomId('user');
      const id = await store.add(axis(0), fact(userId, 'retagged'));
      await store.updateMemory(userId, id, { tags: ['new-tag'], type: 'preference' });
      const hits = await store.search(userId, axis(0), { filter: { tags: ['new-tag'], types: ['preference'] } });
      assert.deepEqual(
        hits.map((hit) => hit.id),
        [id],
      );
    }),
  );

  it(
    'archiveMemory marks the memory archived, with the time and its successor',
    withStore(async (store) => {
      const userId = randomId('user');
      const oldId = await store.add(axis(0), fact(userId, 'I work as a teacher'));
      const newId = await store.add(axis(1), fact(userId, 'I work as a doctor'));
      const before = Date.now();
      assert.equal(await store.archiveMemory(userId, oldId, newId), true);
      const memory = (await store.getById(userId, oldId))?.memory;
      assert.equal(memory?.archived, true);
      assert.equal(memory?.supersededBy, newId);
      assert.ok(memory?.archivedAt instanceof Date);
      assert.ok(memory.archivedAt.getTime() >= before - 1000 && memory.archivedAt.getTime() <= Date.now() + 1000);
      assert.equal((await store.getById(userId, newId))?.memory.archived, false);
    }),
  );

  it(
    'archiving again keeps the first archivedAt and takes a new successor',
    withStore(async (store) => {
      const userId = randomId('user');
      const id = await store.add(axis(0), fact(userId, 'old'));
      await store.archiveMemory(userId, id);
      const first = (await store.getById(userId, id))?.memory.archivedAt;
      await new Promise((resolve) => setTimeout(resolve, 5));
      assert.equal(await store.archiveMemory(userId, id, 'successor-id'), true);
      const memory = (await store.getById(userId, id))?.memory;
      assert.deepEqual(memory?.archivedAt, first);
      assert.equal(memory?.supersededBy, 'successor-id');
    }),
  );

  it(
    'archiveMemory of an unknown id is false',
    withStore(async (store) => {
      assert.equal(await store.archiveMemory(randomId('user'), randomId('missing')), false);
    }),
  );

  it(
    'an archived memory can be restored with a patch',
    withStore(async (store) => {
      const userId = randomId('user');
      const id = await store.add(axis(0), fact(userId, 'back again'));
      await store.archiveMemory(userId, id, 'other');
      await store.updateMemory(userId, id, { archived: false, archivedAt: null, supersededBy: null });
      const hits = await store.search(userId, axis(0));
      assert.deepEqual(
        hits.map((hit) => hit.id),
        [id],
      );
      assert.equal('supersededBy' in hits[0]!.memory, false);
    }),
  );

  it(
    'deleteMemory removes the memory for good',
    withStore(async (store) => {
      const userId = randomId('user');
      const id = await store.add(axis(0), fact(userId, 'gone'));
      assert.equal(await store.deleteMemory(userId, id), true);
      assert.equal(await store.getById(userId, id), null);
      assert.deepEqual(await store.search(userId, axis(0), { filter: { includeArchived: true } }), []);
      assert.equal(await store.deleteMemory(userId, id), false);
      assert.equal(await store.updateMemory(userId, id, { confidence: 1 }), false);
      assert.equal(await store.archiveMemory(userId, id), false);
    }),
  );

  it(
    'deleting keeps every other memory findable with its own score',
    withStore(async (store) => {
      const userId = randomId('user');
      const cosines = Array.from({ length: 20 }, (_, i) => 0.5 + i * 0.025);
      const ids = [];
      for (const cosine of cosines) ids.push(await store.add(atCosine(cosine), fact(userId, cosine.toFixed(3))));
      for (const i of [0, 7, 19, 10]) assert.equal(await store.deleteMemory(userId, ids[i]!), true);
      const hits = await store.search(userId, axis(0), { topK: 50, minScore: 0 });
      assert.equal(hits.length, 16);
      for (const hit of hits) assert.ok(Math.abs(hit.score - Number(hit.memory.text)) < SCORE_TOLERANCE, `score of ${hit.memory.text}`);
      for (const [i, id] of ids.entries()) assert.equal((await store.getById(userId, id)) === null, [0, 7, 19, 10].includes(i));
    }),
  );

  it(
    'clearUserMemories deletes every memory of the user and counts them',
    withStore(async (store) => {
      const user1 = randomId('user');
      const user2 = randomId('user');
      await store.add(axis(0), fact(user1, 'a'));
      await store.archiveMemory(user1, await store.add(axis(1), fact(user1, 'b')));
      const kept = await store.add(axis(0), fact(user2, 'c'));
      assert.equal(await store.clearUserMemories(user1), 2);
      assert.deepEqual(await store.search(user1, axis(0), { filter: { includeArchived: true } }), []);
      assert.deepEqual(
        (await store.search(user2, axis(0))).map((hit) => hit.id),
        [kept],
      );
      assert.equal(await store.clearUserMemories(user1), 0);
    }),
  );
}
