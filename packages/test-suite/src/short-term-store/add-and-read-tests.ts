import assert from 'node:assert/strict';
import type { ShortTermMemoryInput } from '@casual-memory/core';
import { randomId } from '../random-id';
import { contents, messages, type ShortTermHarness } from './short-term-fixtures';

export function registerAddAndReadTests({ it, withStore }: ShortTermHarness): void {
  it('addMessages returns how many were passed; reads come back oldest first', withStore(async (store) => {
    const userId = randomId('user');
    assert.equal(await store.addMessages(userId, messages(3)), 3);
    assert.deepEqual(contents(await store.getRecentMessages(userId)), ['Message 0', 'Message 1', 'Message 2']);
  }));

  it('round-trips every field exactly', withStore(async (store) => {
    const userId = randomId('user');
    const input: ShortTermMemoryInput[] = [
      { role: 'user', content: 'Héllo 👋\nsecond line', timestamp: new Date('2026-01-02T03:04:05.678Z'), metadata: { channel: 'web', tags: ['a', 1, null, { deep: true }] } },
      { role: 'assistant', content: '{"looks":"like json"}', timestamp: new Date('2026-01-02T03:04:06.000Z') },
      { role: 'system', content: '', timestamp: new Date('2026-01-02T03:04:07.001Z') },
      { role: 'tool', content: 'result: 42', timestamp: new Date('2026-01-02T03:04:08.999Z'), metadata: {} },
    ];
    await store.addMessages(userId, input);
    const stored = await store.getRecentMessages(userId);
    assert.deepEqual(stored, input);
    assert.equal('metadata' in stored[1]!, false);
  }));

  it('stamps messages added without a timestamp with the time they were added', withStore(async (store) => {
    const userId = randomId('user');
    const before = Date.now();
    await store.addMessages(userId, [{ role: 'user', content: 'no time given' }]);
    const [message] = await store.getRecentMessages(userId);
    assert.ok(message?.timestamp instanceof Date);
    assert.ok(message.timestamp.getTime() >= before - 1000 && message.timestamp.getTime() <= Date.now() + 1000);
  }));

  it('keeps insertion order, not timestamp order', withStore(async (store) => {
    const userId = randomId('user');
    await store.addMessages(userId, [
      { role: 'user', content: 'later', timestamp: new Date('2026-05-01T00:00:00Z') },
      { role: 'user', content: 'earlier', timestamp: new Date('2020-05-01T00:00:00Z') },
    ]);
    assert.deepEqual(contents(await store.getRecentMessages(userId)), ['later', 'earlier']);
  }));

  it('returns the newest `limit` messages, oldest first; 20 by default', withStore(async (store) => {
    const userId = randomId('user');
    await store.addMessages(userId, messages(10));
    assert.deepEqual(contents(await store.getRecentMessages(userId, 5)), ['Message 5', 'Message 6', 'Message 7', 'Message 8', 'Message 9']);
    assert.equal((await store.getRecentMessages(userId, 50)).length, 10);
    assert.deepEqual(await store.getRecentMessages(userId, 0), []);
  }, { maxMessages: 30 }));

  it('returns 20 messages when no limit is given', withStore(async (store) => {
    const userId = randomId('user');
    await store.addMessages(userId, messages(25));
    const recent = await store.getRecentMessages(userId);
    assert.equal(recent.length, 20);
    assert.equal(recent[0]?.content, 'Message 5');
  }, { maxMessages: 30 }));

  it('a user without messages has none', withStore(async (store) => {
    assert.deepEqual(await store.getRecentMessages(randomId('nobody')), []);
    assert.equal(await store.getMessageCount(randomId('nobody')), 0);
  }));

  it('single adds keep their order', withStore(async (store) => {
    const userId = randomId('user');
    for (const message of messages(5)) await store.addMessages(userId, [message]);
    assert.deepEqual(contents(await store.getRecentMessages(userId)), contents(messages(5) as { content: string }[]));
  }));

  it('an empty batch adds nothing and returns 0', withStore(async (store) => {
    const userId = randomId('user');
    await store.addMessages(userId, messages(2));
    assert.equal(await store.addMessages(userId, []), 0);
    assert.equal(await store.getMessageCount(userId), 2);
  }));
}
