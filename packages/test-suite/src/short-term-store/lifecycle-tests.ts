import assert from 'node:assert/strict';
import type { ShortTermMemoryInput } from '@casual-memory/core';
import { randomId } from '../random-id';
import { contents, messages, type ShortTermHarness } from './short-term-fixtures';

export function registerLifecycleTests({ it, withStore, open, persistent }: ShortTermHarness): void {
  it('returned messages are copies: changing them changes nothing stored', withStore(async (store) => {
    const userId = randomId('user');
    await store.addMessages(userId, [{ role: 'user', content: 'original', timestamp: new Date('2026-01-01T00:00:00Z'), metadata: { list: [1] } }]);
    const [message] = await store.getRecentMessages(userId);
    message!.content = 'changed';
    message!.timestamp.setTime(0);
    (message!.metadata!['list'] as number[]).push(2);
    const [again] = await store.getRecentMessages(userId);
    assert.equal(again?.content, 'original');
    assert.equal(again?.timestamp.toISOString(), '2026-01-01T00:00:00.000Z');
    assert.deepEqual(again?.metadata, { list: [1] });
  }));

  it('keeps its own copy of what it was given', withStore(async (store) => {
    const userId = randomId('user');
    const input: ShortTermMemoryInput = { role: 'user', content: 'original', timestamp: new Date('2026-01-01T00:00:00Z'), metadata: { list: [1] } };
    await store.addMessages(userId, [input]);
    input.content = 'changed';
    input.timestamp!.setTime(0);
    (input.metadata!['list'] as number[]).push(2);
    const [stored] = await store.getRecentMessages(userId);
    assert.equal(stored?.content, 'original');
    assert.equal(stored?.timestamp.toISOString(), '2026-01-01T00:00:00.000Z');
    assert.deepEqual(stored?.metadata, { list: [1] });
  }));

  it('loses nothing to 200 parallel writers', withStore(async (store) => {
    const userId = randomId('user');
    const results = await Promise.all(messages(200).map((message) => store.addMessages(userId, [message])));
    assert.deepEqual(results, new Array(200).fill(1));
    assert.equal(await store.getMessageCount(userId), 200);
    const stored = contents(await store.getRecentMessages(userId, 200)).sort();
    assert.deepEqual(stored, contents(messages(200) as { content: string }[]).sort());
  }, { maxMessages: 250 }));

  it('keeps exact counts under parallel writes to many users', withStore(async (store) => {
    const users = Array.from({ length: 10 }, () => randomId('user'));
    await Promise.all(Array.from({ length: 200 }, (_, i) => store.addMessages(users[i % 10]!, messages(1, i))));
    const counts = await Promise.all(users.map((userId) => store.getMessageCount(userId)));
    assert.deepEqual(counts, new Array(10).fill(20));
  }, { maxMessages: 50 }));

  it('close can be called twice; other calls then fail with StoreUnavailableError', async () => {
    const store = await open();
    const userId = randomId('user');
    await store.addMessages(userId, messages(1));
    await store.close();
    await store.close();
    const isUnavailable = (error: { code?: string }) => error.code === 'STORE_UNAVAILABLE';
    await assert.rejects(store.addMessages(userId, messages(1)), isUnavailable);
    await assert.rejects(store.getRecentMessages(userId), isUnavailable);
    await assert.rejects(store.getMessageCount(userId), isUnavailable);
  });

  if (persistent) {
    it('keeps messages across close and re-open', async () => {
      const userId = randomId('user');
      const first = await open();
      try {
        await first.addMessages(userId, [...messages(3), { role: 'assistant', content: 'with metadata', metadata: { a: [1, { b: 'c' }] } }]);
      } finally {
        await first.close();
      }
      const second = await open();
      try {
        const stored = await second.getRecentMessages(userId);
        assert.deepEqual(contents(stored), ['Message 0', 'Message 1', 'Message 2', 'with metadata']);
        assert.deepEqual(stored[3]?.metadata, { a: [1, { b: 'c' }] });
        assert.equal(await second.getMessageCount(userId), 4);
      } finally {
        await second.clearUserMessages(userId);
        await second.close();
      }
    });
  }
}
