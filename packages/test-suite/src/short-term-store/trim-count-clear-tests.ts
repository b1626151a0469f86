import assert from 'node:assert/strict';
import { randomId } from '../random-id';
import { contents, messages, type ShortTermHarness } from './short-term-fixtures';

export function registerTrimCountClearTests({ it, withStore }: ShortTermHarness): void {
  it('keeps only the newest maxMessages (20), dropping the oldest', withStore(async (store) => {
    const userId = randomId('user');
    assert.equal(await store.addMessages(userId, messages(25)), 25);
    assert.equal(await store.getMessageCount(userId), 20);
    const kept = await store.getRecentMessages(userId, 100);
    assert.deepEqual(contents(kept), Array.from({ length: 20 }, (_, i) => `Message ${i + 5}`));
  }));

  it('trims across batches, first in first out', withStore(async (store) => {
    const userId = randomId('user');
    await store.addMessages(userId, messages(10));
    await store.addMessages(userId, messages(15, 10));
    const kept = await store.getRecentMessages(userId, 100);
    assert.equal(kept.length, 20);
    assert.equal(kept[0]?.content, 'Message 5');
    assert.equal(kept[19]?.content, 'Message 24');
  }));

  it('honours a custom maxMessages, across single adds too', withStore(async (store) => {
    const userId = randomId('user');
    for (const message of messages(8)) await store.addMessages(userId, [message]);
    assert.equal(await store.getMessageCount(userId), 5);
    assert.deepEqual(contents(await store.getRecentMessages(userId)), ['Message 3', 'Message 4', 'Message 5', 'Message 6', 'Message 7']);
  }, { maxMessages: 5 }));

  it('counts messages per user', withStore(async (store) => {
    const userId = randomId('user');
    await store.addMessages(userId, messages(3));
    assert.equal(await store.getMessageCount(userId), 3);
  }));

  it('clearUserMessages deletes the user\'s messages and says how many there were', withStore(async (store) => {
    const userId = randomId('user');
    await store.addMessages(userId, messages(3));
    assert.equal(await store.clearUserMessages(userId), 3);
    assert.deepEqual(await store.getRecentMessages(userId), []);
    assert.equal(await store.getMessageCount(userId), 0);
    assert.equal(await store.clearUserMessages(userId), 0);
    await store.addMessages(userId, messages(1, 7));
    assert.deepEqual(contents(await store.getRecentMessages(userId)), ['Message 7']);
  }));

  it('keeps users apart in every method, each with its own limit', withStore(async (store) => {
    const alice = randomId('alice');
    const bob = randomId('bob');
    await store.addMessages(alice, messages(25));
    await store.addMessages(bob, [{ role: 'assistant', content: 'bob only' }]);
    assert.equal(await store.getMessageCount(alice), 20);
    assert.equal(await store.getMessageCount(bob), 1);
    assert.deepEqual(contents(await store.getRecentMessages(bob)), ['bob only']);
    assert.equal(await store.clearUserMessages(alice), 20);
    assert.deepEqual(contents(await store.getRecentMessages(bob)), ['bob only']);
  }));
}
