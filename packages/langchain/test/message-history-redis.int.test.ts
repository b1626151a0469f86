import { randomUUID } from 'node:crypto';
import { RedisShortTermStore } from '@casual-memory/short-term-redis';
import { describeWithService } from '@casual-memory/test-suite';
import { AIMessage, HumanMessage } from '@langchain/core/messages';
import { createClient } from 'redis';
import { ShortTermChatMessageHistory } from '../src';
import { historyScenarios } from './history-scenarios';
import { REDIS_URL, redisUnavailable } from './redis-available';

// The same chain scenarios on the real Redis, through RedisShortTermStore: a LangChain conversation kept
// in Redis. Keys under a prefix of this run's own, removed after.
describeWithService('ShortTermChatMessageHistory on RedisShortTermStore', redisUnavailable(REDIS_URL), () => {
  const keyPrefix = `casual-memory-test:langchain:${randomUUID()}:`;
  let store: RedisShortTermStore;

  beforeAll(async () => {
    store = await RedisShortTermStore.create({ url: REDIS_URL, keyPrefix, maxMessages: 50 });
  });

  afterAll(async () => {
    await store.close();
    const client = createClient({ url: REDIS_URL });
    client.on('error', () => {});
    await client.connect();
    for await (const keys of client.scanIterator({ MATCH: `${keyPrefix}*`, COUNT: 1000 })) {
      if (keys.length > 0) await client.del(keys);
    }
    client.destroy();
  });

  historyScenarios(
    () => store,
    () => randomUUID(),
  );

  it('keeps the conversation in Redis: a second store (another process) reads it back', async () => {
    const sessionId = randomUUID();
    await new ShortTermChatMessageHistory({ store, userId: sessionId }).addMessages([
      new HumanMessage('I live in Lisbon.'),
      new AIMessage('Noted.'),
    ]);
    const other = await RedisShortTermStore.create({ url: REDIS_URL, keyPrefix });
    try {
      const messages = await new ShortTermChatMessageHistory({ store: other, userId: sessionId }).getMessages();
      expect(messages.map((message) => [message.type, message.content])).toEqual([
        ['human', 'I live in Lisbon.'],
        ['ai', 'Noted.'],
      ]);
    } finally {
      await other.close();
    }
  });
});
