import { shortTermStoreSuite } from '@casual-memory/test-suite';
import { RedisShortTermStore } from '../src';
import { deleteKeysUnder, describeWithRedis, plainClient, REDIS_URL, runKeyPrefix } from './redis-test-env';

const keyPrefix = runKeyPrefix();

describeWithRedis('RedisShortTermStore on the shared Redis', () => {
  afterAll(async () => {
    await deleteKeysUnder(keyPrefix);
  });

  // Each test's store connects a client of its own (create), as most applications would.
  shortTermStoreSuite(
    'RedisShortTermStore.create',
    ({ maxMessages }) => RedisShortTermStore.create({ url: REDIS_URL, keyPrefix, maxMessages }),
    {
      persistent: true,
    },
  );

  // And on one client of the caller's, shared by every test's store (close() leaves it open).
  describe('on a client of its own', () => {
    let client: Awaited<ReturnType<typeof plainClient>>;
    beforeAll(async () => {
      client = await plainClient();
    });
    afterAll(() => {
      client.destroy();
    });
    shortTermStoreSuite(
      'new RedisShortTermStore(client)',
      async ({ maxMessages }) => new RedisShortTermStore(client, { keyPrefix, maxMessages }),
      {
        persistent: true,
      },
    );
  });
});
