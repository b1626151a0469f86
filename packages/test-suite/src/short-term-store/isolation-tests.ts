import assert from 'node:assert/strict';
import { lookAlikeUserIds } from '../look-alike-user-ids';
import { randomId } from '../random-id';
import { contents, messageContents, messages, type ShortTermHarness } from './short-term-fixtures';

export function registerIsolationTests({ it, withStore }: ShortTermHarness): void {
  it(
    'every method sees only its own user',
    withStore(async (store) => {
      const alice = randomId('alice');
      const bob = randomId('bob');
      await store.addMessages(alice, messages(3));
      await store.addMessages(bob, [
        { role: 'assistant', content: 'bob 1' },
        { role: 'user', content: 'bob 2' },
      ]);
      assert.deepEqual(contents(await store.getRecentMessages(alice)), messageContents(0, 3));
      assert.deepEqual(contents(await store.getRecentMessages(bob)), ['bob 1', 'bob 2']);
      assert.equal(await store.getMessageCount(alice), 3);
      assert.equal(await store.getMessageCount(bob), 2);

      assert.equal(await store.clearUserMessages(alice), 3);
      assert.deepEqual(contents(await store.getRecentMessages(bob)), ['bob 1', 'bob 2']);
      assert.equal(await store.getMessageCount(bob), 2);
      assert.deepEqual(await store.getRecentMessages(alice), []);
    }),
  );

  it(
    'each user has their own maxMessages window',
    withStore(async (store) => {
      const alice = randomId('alice');
      const bob = randomId('bob');
      await store.addMessages(alice, messages(25));
      await store.addMessages(bob, messages(25, 100));
      assert.equal(await store.getMessageCount(alice), 20);
      assert.equal(await store.getMessageCount(bob), 20);
      assert.deepEqual(contents(await store.getRecentMessages(alice)), messageContents(5, 25));
      assert.deepEqual(contents(await store.getRecentMessages(bob)), messageContents(105, 125));

      // Filling one user's window further never pushes out another user's messages.
      await store.addMessages(bob, messages(20, 200));
      assert.deepEqual(contents(await store.getRecentMessages(alice)), messageContents(5, 25));
    }),
  );

  it(
    'user ids are matched exactly: look-alike ids are different users',
    withStore(async (store) => {
      const base = randomId('user');
      const ids = lookAlikeUserIds(base);
      for (const [i, userId] of ids.entries()) await store.addMessages(userId, [{ role: 'user', content: `for ${i}` }]);
      for (const [i, userId] of ids.entries()) {
        assert.deepEqual(contents(await store.getRecentMessages(userId)), [`for ${i}`], `messages of ${JSON.stringify(userId)}`);
        assert.equal(await store.getMessageCount(userId), 1, `count of ${JSON.stringify(userId)}`);
      }
      assert.equal(await store.clearUserMessages(`${base}*`), 1);
      assert.equal(await store.clearUserMessages(base), 1);
      for (const userId of ids.filter((id) => id !== base && id !== `${base}*`)) {
        assert.equal(await store.getMessageCount(userId), 1, `count of ${JSON.stringify(userId)} after clearing others`);
      }
    }),
  );
}
