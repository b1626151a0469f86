import assert from 'node:assert/strict';
import type { ShortTermMemoryInput } from '@casual-memory/core';
import { randomId } from '../random-id';
import type { ShortTermHarness } from './short-term-fixtures';

const TIME = '2026-01-01T00:00:00.000Z';

function original(): ShortTermMemoryInput {
  return { role: 'user', content: 'original', timestamp: new Date(TIME), metadata: { list: [1], nested: { a: 'b' } } };
}

export function registerCopyTests({ it, withStore }: ShortTermHarness): void {
  it(
    'changing a returned message changes nothing stored',
    withStore(async (store) => {
      const userId = randomId('user');
      await store.addMessages(userId, [original()]);
      const [message] = await store.getRecentMessages(userId);
      assert.ok(message !== undefined);
      message.content = 'changed';
      message.role = 'system';
      message.timestamp.setTime(0);
      (message.metadata!['list'] as number[]).push(2);
      (message.metadata!['nested'] as Record<string, string>)['a'] = 'changed';
      message.metadata!['added'] = true;
      const [again] = await store.getRecentMessages(userId);
      assert.notEqual(again, message);
      assert.deepEqual(again, original());
    }),
  );

  it(
    'changing the returned array changes nothing stored',
    withStore(async (store) => {
      const userId = randomId('user');
      await store.addMessages(userId, [original()]);
      const list = await store.getRecentMessages(userId);
      list.push({ role: 'user', content: 'pushed', timestamp: new Date() });
      list.reverse();
      assert.deepEqual(await store.getRecentMessages(userId), [original()]);
      assert.equal(await store.getMessageCount(userId), 1);
    }),
  );

  it(
    'keeps its own copy of what it was given',
    withStore(async (store) => {
      const userId = randomId('user');
      const input = original();
      const batch = [input];
      await store.addMessages(userId, batch);
      input.content = 'changed';
      input.timestamp!.setTime(0);
      (input.metadata!['list'] as number[]).push(2);
      (input.metadata!['nested'] as Record<string, string>)['a'] = 'changed';
      batch.push({ role: 'user', content: 'pushed later' });
      assert.deepEqual(await store.getRecentMessages(userId), [original()]);
    }),
  );
}
