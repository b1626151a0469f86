import assert from 'node:assert/strict';
import { randomId } from '../random-id';
import { contents, messageContents, messages, type ShortTermHarness } from './short-term-fixtures';

export function registerTrimmingTests({ it, withStore }: ShortTermHarness): void {
  it(
    'keeps only the newest maxMessages, dropping the oldest; returns what was passed',
    withStore(async (store) => {
      const userId = randomId('user');
      assert.equal(await store.addMessages(userId, messages(25)), 25);
      assert.equal(await store.getMessageCount(userId), 20);
      assert.deepEqual(contents(await store.getRecentMessages(userId, { limit: 100 })), messageContents(5, 25));
    }),
  );

  it(
    'trims across batches, first in first out',
    withStore(async (store) => {
      const userId = randomId('user');
      assert.equal(await store.addMessages(userId, messages(10)), 10);
      assert.equal(await store.addMessages(userId, messages(15, 10)), 15);
      assert.equal(await store.getMessageCount(userId), 20);
      assert.deepEqual(contents(await store.getRecentMessages(userId, { limit: 100 })), messageContents(5, 25));
    }),
  );

  it(
    'trims on single adds too',
    withStore(
      async (store) => {
        const userId = randomId('user');
        for (const message of messages(8)) assert.equal(await store.addMessages(userId, [message]), 1);
        assert.equal(await store.getMessageCount(userId), 5);
        assert.deepEqual(contents(await store.getRecentMessages(userId)), messageContents(3, 8));
      },
      { maxMessages: 5 },
    ),
  );

  it(
    'a batch larger than maxMessages keeps its newest messages and still returns its length',
    withStore(
      async (store) => {
        const userId = randomId('user');
        await store.addMessages(userId, messages(2));
        assert.equal(await store.addMessages(userId, messages(12, 2)), 12);
        assert.equal(await store.getMessageCount(userId), 5);
        assert.deepEqual(contents(await store.getRecentMessages(userId)), messageContents(9, 14));
      },
      { maxMessages: 5 },
    ),
  );

  it(
    'a batch of exactly maxMessages replaces everything older',
    withStore(
      async (store) => {
        const userId = randomId('user');
        await store.addMessages(userId, messages(3));
        await store.addMessages(userId, messages(5, 3));
        assert.deepEqual(contents(await store.getRecentMessages(userId)), messageContents(3, 8));
      },
      { maxMessages: 5 },
    ),
  );

  it(
    'maxMessages 1 keeps only the newest message',
    withStore(
      async (store) => {
        const userId = randomId('user');
        await store.addMessages(userId, messages(3));
        await store.addMessages(userId, messages(1, 3));
        assert.equal(await store.getMessageCount(userId), 1);
        assert.deepEqual(contents(await store.getRecentMessages(userId)), ['Message 3']);
      },
      { maxMessages: 1 },
    ),
  );
}
