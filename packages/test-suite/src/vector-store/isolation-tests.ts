import assert from 'node:assert/strict';
import { randomId } from '../random-id';
import { axis, fact } from './vector-fixtures';
import type { VectorHarness } from './vector-harness';

export function registerIsolationTests({ it, withStore }: VectorHarness): void {
  it('search never returns another user\'s memory, even an identical one', withStore(async (store) => {
    const alice = randomId('alice');
    const bob = randomId('bob');
    const aliceId = await store.add(axis(0), fact(alice, 'alice lives in London'));
    await store.add(axis(0), fact(bob, 'bob lives in Paris'));
    const hits = await store.search(axis(0), { filter: { userId: alice, includeArchived: true, includeExpired: true }, topK: 10, minScore: -1 });
    assert.deepEqual(hits.map((hit) => hit.id), [aliceId]);
  }));

  it('findSimilarMemories never crosses users', withStore(async (store) => {
    const alice = randomId('alice');
    const bob = randomId('bob');
    await store.add(axis(0), fact(bob, 'bob'));
    assert.deepEqual(await store.findSimilarMemories(axis(0), { userId: alice, threshold: -1, excludeArchived: false }), []);
  }));

  it('a user with no memories finds nothing', withStore(async (store) => {
    await store.add(axis(0), fact(randomId('someone'), 'x'));
    assert.deepEqual(await store.search(axis(0), { filter: { userId: randomId('nobody') }, minScore: -1 }), []);
  }));

  it('changing one user\'s memory by id leaves the other user\'s memory as it was', withStore(async (store) => {
    const alice = randomId('alice');
    const bob = randomId('bob');
    const aliceId = await store.add(axis(0), fact(alice, 'alice'));
    const bobId = await store.add(axis(0), fact(bob, 'bob'));
    const bobBefore = await store.getById(bobId);
    await store.updateMemory(aliceId, { text: 'alice changed', mentionCount: 5 });
    await store.archiveMemory(aliceId);
    await store.deleteMemory(aliceId);
    assert.deepEqual(await store.getById(bobId), bobBefore);
    assert.deepEqual((await store.search(axis(0), { filter: { userId: bob } })).map((hit) => hit.id), [bobId]);
  }));

  it('clearUserMemories leaves other users alone', withStore(async (store) => {
    const alice = randomId('alice');
    const bob = randomId('bob');
    await store.add(axis(0), fact(alice, 'a'));
    const bobId = await store.add(axis(0), fact(bob, 'b'));
    await store.clearUserMemories(alice);
    assert.equal((await store.getById(bobId))?.memory.text, 'b');
  }));
}
