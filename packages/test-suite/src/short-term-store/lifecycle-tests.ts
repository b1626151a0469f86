import assert from 'node:assert/strict';
import { assertRejectsWith } from '../assert-rejects-with';
import { randomId } from '../random-id';
import { contents, everyFieldMessages, messageContents, messages, type ShortTermHarness } from './short-term-fixtures';

export function registerLifecycleTests({ it, withStore, persistent }: ShortTermHarness): void {
  it(
    'close can be called twice; every other method then rejects with STORE_CLOSED',
    withStore(async (store) => {
      const userId = randomId('user');
      await store.addMessages(userId, messages(1));
      await store.close();
      await store.close();
      await assertRejectsWith(() => store.addMessages(userId, messages(1)), 'STORE_CLOSED', 'addMessages after close');
      await assertRejectsWith(() => store.getRecentMessages(userId), 'STORE_CLOSED', 'getRecentMessages after close');
      await assertRejectsWith(() => store.getMessageCount(userId), 'STORE_CLOSED', 'getMessageCount after close');
      await assertRejectsWith(() => store.clearUserMessages(userId), 'STORE_CLOSED', 'clearUserMessages after close');
    }),
  );

  if (!persistent) return;

  it('keeps messages, their fields, order and window across close and re-open', async () => {
    const userId = randomId('user');
    const extra = everyFieldMessages();
    try {
      await withStore(async (first) => {
        await first.addMessages(userId, messages(18));
        await first.addMessages(userId, extra);
      })();
      // 22 were added to a window of 20: Message 2 .. Message 17, then the four full messages.
      await withStore(async (second) => {
        assert.equal(await second.getMessageCount(userId), 20);
        const stored = await second.getRecentMessages(userId);
        assert.deepEqual(contents(stored.slice(0, 16)), messageContents(2, 18));
        assert.deepEqual(stored.slice(16), everyFieldMessages());
        await second.addMessages(userId, messages(1, 18));
        assert.deepEqual(contents(await second.getRecentMessages(userId, { limit: 1 })), ['Message 18']);
        assert.equal(await second.getMessageCount(userId), 20);
      })();
    } finally {
      await withStore(async (cleanup) => {
        await cleanup.clearUserMessages(userId);
      })();
    }
  });

  it('keeps a clear across close and re-open', async () => {
    const userId = randomId('user');
    await withStore(async (first) => {
      await first.addMessages(userId, messages(3));
      assert.equal(await first.clearUserMessages(userId), 3);
    })();
    await withStore(async (second) => {
      assert.equal(await second.getMessageCount(userId), 0);
      assert.deepEqual(await second.getRecentMessages(userId), []);
    })();
  });
}
