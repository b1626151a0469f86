import assert from 'node:assert/strict';
import { randomId } from '../random-id';
import { contents, messageContents, messages, type ShortTermHarness } from './short-term-fixtures';

export function registerOrderAndLimitTests({ it, withStore }: ShortTermHarness): void {
  it(
    'addMessages returns how many were passed; reads come back in insertion order',
    withStore(async (store) => {
      const userId = randomId('user');
      assert.equal(await store.addMessages(userId, messages(3)), 3);
      assert.deepEqual(contents(await store.getRecentMessages(userId)), messageContents(0, 3));
    }),
  );

  it(
    'orders by insertion, not by timestamp',
    withStore(async (store) => {
      const userId = randomId('user');
      const same = new Date('2024-06-01T12:00:00.000Z');
      await store.addMessages(userId, [
        { role: 'user', content: 'later', timestamp: new Date('2026-05-01T00:00:00.000Z') },
        { role: 'user', content: 'earlier', timestamp: new Date('2020-05-01T00:00:00.000Z') },
        { role: 'user', content: 'same 1', timestamp: same },
        { role: 'user', content: 'same 2', timestamp: same },
        { role: 'user', content: 'same 3', timestamp: same },
      ]);
      await store.addMessages(userId, [
        { role: 'assistant', content: 'oldest, added last', timestamp: new Date('2001-01-01T00:00:00.000Z') },
      ]);
      assert.deepEqual(contents(await store.getRecentMessages(userId)), [
        'later',
        'earlier',
        'same 1',
        'same 2',
        'same 3',
        'oldest, added last',
      ]);
      assert.deepEqual(contents(await store.getRecentMessages(userId, { limit: 2 })), ['same 3', 'oldest, added last']);
    }),
  );

  it(
    'keeps order across batches and single adds',
    withStore(async (store) => {
      const userId = randomId('user');
      await store.addMessages(userId, messages(3));
      for (const message of messages(4, 3)) assert.equal(await store.addMessages(userId, [message]), 1);
      await store.addMessages(userId, messages(3, 7));
      assert.deepEqual(contents(await store.getRecentMessages(userId)), messageContents(0, 10));
    }),
  );

  it(
    'returns the newest `limit` messages, oldest first',
    withStore(async (store) => {
      const userId = randomId('user');
      await store.addMessages(userId, messages(10));
      assert.deepEqual(contents(await store.getRecentMessages(userId, { limit: 5 })), messageContents(5, 10));
      assert.deepEqual(contents(await store.getRecentMessages(userId, { limit: 1 })), ['Message 9']);
      assert.deepEqual(contents(await store.getRecentMessages(userId, { limit: 10 })), messageContents(0, 10));
    }),
  );

  it(
    'returns 20 messages when no limit is given',
    withStore(
      async (store) => {
        const userId = randomId('user');
        await store.addMessages(userId, messages(25));
        assert.deepEqual(contents(await store.getRecentMessages(userId)), messageContents(5, 25));
        assert.deepEqual(contents(await store.getRecentMessages(userId, undefined)), messageContents(5, 25));
        assert.deepEqual(contents(await store.getRecentMessages(userId, {})), messageContents(5, 25));
      },
      { maxMessages: 30 },
    ),
  );

  it(
    'a limit larger than the count returns every message',
    withStore(
      async (store) => {
        const userId = randomId('user');
        await store.addMessages(userId, messages(3));
        assert.deepEqual(contents(await store.getRecentMessages(userId, { limit: 50 })), messageContents(0, 3));
        await store.addMessages(userId, messages(10, 3));
        assert.deepEqual(contents(await store.getRecentMessages(userId, { limit: 1000 })), messageContents(8, 13));
      },
      { maxMessages: 5 },
    ),
  );

  it(
    'a limit of 0 returns no messages',
    withStore(async (store) => {
      const userId = randomId('user');
      await store.addMessages(userId, messages(3));
      assert.deepEqual(await store.getRecentMessages(userId, { limit: 0 }), []);
      assert.equal(await store.getMessageCount(userId), 3);
    }),
  );

  it(
    'a user without messages has none',
    withStore(async (store) => {
      const userId = randomId('nobody');
      assert.deepEqual(await store.getRecentMessages(userId), []);
      assert.deepEqual(await store.getRecentMessages(userId, { limit: 5 }), []);
      assert.deepEqual(await store.getRecentMessages(userId, { limit: 0 }), []);
      assert.equal(await store.getMessageCount(userId), 0);
    }),
  );
}
