import assert from 'node:assert/strict';
import { randomId } from '../random-id';
import { contents, messageContents, messages, type ShortTermHarness } from './short-term-fixtures';

export function registerConcurrencyTests({ it, withStore }: ShortTermHarness): void {
  it(
    'loses nothing to 200 parallel writers for one user',
    withStore(
      async (store) => {
        const userId = randomId('user');
        const results = await Promise.all(messages(200).map((message) => store.addMessages(userId, [message])));
        assert.deepEqual(results, new Array(200).fill(1));
        assert.equal(await store.getMessageCount(userId), 200);
        const stored = contents(await store.getRecentMessages(userId, { limit: 200 }));
        assert.deepEqual([...stored].sort(), messageContents(0, 200).sort());
      },
      { maxMessages: 250 },
    ),
  );

  it(
    'keeps every user exact under parallel writes to many users',
    withStore(
      async (store) => {
        const users = Array.from({ length: 10 }, () => randomId('user'));
        // Message i goes to user i % 10, so each user gets 20 messages.
        await Promise.all(Array.from({ length: 200 }, (_, i) => store.addMessages(users[i % 10]!, messages(1, i))));
        for (const [u, userId] of users.entries()) {
          assert.equal(await store.getMessageCount(userId), 20);
          const expected = Array.from({ length: 20 }, (_, k) => `Message ${u + 10 * k}`);
          assert.deepEqual(contents(await store.getRecentMessages(userId)).sort(), expected.sort());
        }
      },
      { maxMessages: 50 },
    ),
  );

  it(
    'trims exactly to maxMessages under parallel writers',
    withStore(async (store) => {
      const userId = randomId('user');
      const results = await Promise.all(Array.from({ length: 50 }, (_, b) => store.addMessages(userId, messages(3, 3 * b))));
      assert.deepEqual(results, new Array(50).fill(3));
      assert.equal(await store.getMessageCount(userId), 20);
      const stored = contents(await store.getRecentMessages(userId, { limit: 100 }));
      assert.equal(stored.length, 20);
      assert.equal(new Set(stored).size, 20, 'no message is kept twice');
      const sent = new Set(messageContents(0, 150));
      for (const content of stored) assert.ok(sent.has(content), `${content} was never sent`);
    }),
  );
}
