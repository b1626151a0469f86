import assert from 'node:assert/strict';
import { randomId } from '../random-id';
import { everyFieldMessages, type ShortTermHarness } from './short-term-fixtures';

export function registerRoundTripTests({ it, withStore }: ShortTermHarness): void {
  it(
    'round-trips every field exactly: content, all four roles, millisecond timestamps, JSON metadata',
    withStore(async (store) => {
      const userId = randomId('user');
      const input = everyFieldMessages();
      assert.equal(await store.addMessages(userId, input), input.length);
      const stored = await store.getRecentMessages(userId);
      assert.deepEqual(stored, everyFieldMessages());
      for (const message of stored) assert.ok(message.timestamp instanceof Date, 'timestamp is a Date');
    }),
  );

  it(
    'a message without metadata comes back without a metadata key',
    withStore(async (store) => {
      const userId = randomId('user');
      await store.addMessages(userId, [
        { role: 'user', content: 'left out' },
        { role: 'user', content: 'passed as undefined', metadata: undefined },
      ]);
      const stored = await store.getRecentMessages(userId);
      assert.equal(stored.length, 2);
      for (const message of stored) assert.deepEqual(Object.keys(message).sort(), ['content', 'role', 'timestamp']);
    }),
  );

  it(
    'stamps a message added without a timestamp with the time it was added',
    withStore(async (store) => {
      const userId = randomId('user');
      const before = Date.now();
      await store.addMessages(userId, [
        { role: 'user', content: 'left out' },
        { role: 'user', content: 'passed as undefined', timestamp: undefined },
      ]);
      const after = Date.now();
      const stored = await store.getRecentMessages(userId);
      assert.equal(stored.length, 2);
      for (const message of stored) {
        assert.ok(message.timestamp instanceof Date, 'timestamp is a Date');
        // A second of slack either side for backends that stamp on a server with its own clock.
        const time = message.timestamp.getTime();
        assert.ok(time >= before - 1000 && time <= after + 1000, `timestamp ${message.timestamp.toISOString()} is not about now`);
      }
    }),
  );

  it(
    'keeps long content whole',
    withStore(async (store) => {
      const userId = randomId('user');
      const content = 'ab😀 ñ\n'.repeat(20_000);
      await store.addMessages(userId, [{ role: 'assistant', content }]);
      const [stored] = await store.getRecentMessages(userId);
      assert.equal(stored?.content, content);
    }),
  );
}
