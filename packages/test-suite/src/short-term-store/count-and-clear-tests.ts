import assert from 'node:assert/strict';
import { randomId } from '../random-id';
import { contents, messageContents, messages, type ShortTermHarness } from './short-term-fixtures';

export function registerCountAndClearTests({ it, withStore }: ShortTermHarness): void {
  it(
    'counts the messages of a user',
    withStore(async (store) => {
      const userId = randomId('user');
      await store.addMessages(userId, messages(3));
      assert.equal(await store.getMessageCount(userId), 3);
      await store.addMessages(userId, messages(2, 3));
      assert.equal(await store.getMessageCount(userId), 5);
    }),
  );

  it(
    'clearUserMessages deletes the messages and returns how many there were, then 0',
    withStore(async (store) => {
      const userId = randomId('user');
      await store.addMessages(userId, messages(3));
      assert.equal(await store.clearUserMessages(userId), 3);
      assert.deepEqual(await store.getRecentMessages(userId), []);
      assert.equal(await store.getMessageCount(userId), 0);
      assert.equal(await store.clearUserMessages(userId), 0);
    }),
  );

  it(
    'clearing a user without messages returns 0',
    withStore(async (store) => {
      assert.equal(await store.clearUserMessages(randomId('nobody')), 0);
    }),
  );

  it(
    'a cleared user starts afresh',
    withStore(
      async (store) => {
        const userId = randomId('user');
        await store.addMessages(userId, messages(5));
        assert.equal(await store.clearUserMessages(userId), 5);
        await store.addMessages(userId, messages(4, 10));
        assert.equal(await store.getMessageCount(userId), 4);
        assert.deepEqual(contents(await store.getRecentMessages(userId)), messageContents(10, 14));
      },
      { maxMessages: 5 },
    ),
  );

  it(
    'an empty batch returns 0 and changes nothing',
    withStore(async (store) => {
      const userId = randomId('user');
      await store.addMessages(userId, messages(2));
      assert.equal(await store.addMessages(userId, []), 0);
      assert.equal(await store.getMessageCount(userId), 2);
      assert.deepEqual(contents(await store.getRecentMessages(userId)), messageContents(0, 2));

      const newcomer = randomId('user');
      assert.equal(await store.addMessages(newcomer, []), 0);
      assert.equal(await store.getMessageCount(newcomer), 0);
      assert.deepEqual(await store.getRecentMessages(newcomer), []);
      assert.equal(await store.clearUserMessages(newcomer), 0);
    }),
  );
}
