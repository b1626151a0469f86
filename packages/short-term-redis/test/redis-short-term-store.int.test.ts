import { CorruptDataError, type ShortTermMemoryInput, ValidationError } from '@casual-memory/core';
import { createClient, createClientPool } from 'redis';
import { type CorruptShortTermEntry, RedisShortTermStore, shortTermRedisKey } from '../src';
import { deleteKeysUnder, describeWithRedis, plainClient, REDIS_URL, runKeyPrefix } from './redis-test-env';

const keyPrefix = runKeyPrefix();
const message = (content: string): ShortTermMemoryInput => ({ role: 'user', content });
const contents = (messages: readonly { content: string }[]) => messages.map((m) => m.content);
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describeWithRedis('RedisShortTermStore on the shared Redis', () => {
  let raw: Awaited<ReturnType<typeof plainClient>>;
  const stores: RedisShortTermStore[] = [];
  let opened = 0;
  /** A store on its own client, under a prefix of its own inside the run's; closed after all tests. */
  async function open(options: Omit<Parameters<typeof RedisShortTermStore.create>[0], 'url'> = {}): Promise<RedisShortTermStore> {
    opened++;
    const store = await RedisShortTermStore.create({ url: REDIS_URL, keyPrefix: `${keyPrefix}${opened}:`, ...options });
    stores.push(store);
    return store;
  }

  beforeAll(async () => {
    raw = await plainClient();
  });
  afterAll(async () => {
    await Promise.all(stores.map((store) => store.close()));
    raw?.destroy();
    await deleteKeysUnder(keyPrefix);
  });

  describe('the raw keys and values (read back with a plain client) are as the README documents', () => {
    it('one list per user at <keyPrefix>{<encoded userId>}, each entry compact JSON in field order', async () => {
      const store = await open();
      await store.addMessages('alice', [
        { role: 'user', content: 'I moved to Paris.', timestamp: new Date('2024-05-01T09:30:00.000Z') },
        {
          role: 'assistant',
          content: 'How is it?',
          timestamp: new Date('2024-05-01T09:30:01.500Z'),
          metadata: { model: 'x', tokens: [1, 2] },
        },
      ]);
      const key = `${store.keyPrefix}{alice}`;
      expect(store.keyFor('alice')).toBe(key);
      expect(shortTermRedisKey('alice', store.keyPrefix)).toBe(key);
      expect(await raw.type(key)).toBe('list');
      expect(await raw.ttl(key)).toBe(-1);
      expect(await raw.lRange(key, 0, -1)).toEqual([
        '{"content":"I moved to Paris.","role":"user","timestamp":"2024-05-01T09:30:00.000Z"}',
        '{"content":"How is it?","role":"assistant","timestamp":"2024-05-01T09:30:01.500Z","metadata":{"model":"x","tokens":[1,2]}}',
      ]);
      // Nothing else is written: the user's list is the only key under the prefix for them.
      const keys: string[] = [];
      for await (const page of raw.scanIterator({ MATCH: `${store.keyPrefix}*`, COUNT: 1000 })) keys.push(...page);
      expect(keys).toEqual([key]);
    });

    it('encodes user ids: unreserved ASCII as is, everything else percent-encoded UTF-8', async () => {
      const store = await open();
      const cases: [string, string][] = [
        ['bob', 'bob'],
        ['A-z.0_9~', 'A-z.0_9~'],
        ['user:42', 'user%3A42'],
        ['*', '%2A'],
        ['a b', 'a%20b'],
        ['{tag}', '%7Btag%7D'],
        ['Zoë', 'Zo%C3%AB'],
        ['🙂', '%F0%9F%99%82'],
        ['100%', '100%25'],
        ['\ud800', '%ED%A0%80'],
      ];
      for (const [userId, encoded] of cases) {
        await store.addMessages(userId, [message(`for ${userId}`)]);
        const key = `${store.keyPrefix}{${encoded}}`;
        expect(store.keyFor(userId)).toBe(key);
        const [entry, ...rest] = await raw.lRange(key, 0, -1);
        expect(rest).toEqual([]);
        expect(JSON.parse(entry!)).toMatchObject({ content: `for ${userId}` });
      }
    });

    it('a list written by hand in the documented format reads back', async () => {
      const store = await open();
      const key = shortTermRedisKey('by hand', store.keyPrefix);
      await raw.rPush(key, [
        '{"content":"hi","role":"user","timestamp":"2024-01-01T00:00:00.000Z"}',
        '{"role":"tool","content":"42","timestamp":"2024-01-01T00:00:01Z","metadata":{"call":"answer"}}',
      ]);
      expect(await store.getRecentMessages('by hand')).toEqual([
        { content: 'hi', role: 'user', timestamp: new Date('2024-01-01T00:00:00.000Z') },
        { content: '42', role: 'tool', timestamp: new Date('2024-01-01T00:00:01.000Z'), metadata: { call: 'answer' } },
      ]);
    });
  });

  describe('user ids cannot reach another user’s key nor act as a glob', () => {
    const hostileIds = [
      'u',
      'u:',
      'u:*',
      '*',
      '?',
      '[u]',
      'u\\',
      'u}',
      '{u}',
      '}{',
      'u %',
      'u%3A',
      'u:3A',
      ' u',
      'U',
      'ü',
      'u\u0308',
      '\ud83d',
      '\ude42',
      '🙂',
      `${keyPrefix}1:{u}`,
      '}:x',
    ];

    it('gives each id its own key, read and cleared only by that id', async () => {
      const store = await open();
      for (const userId of hostileIds) await store.addMessages(userId, [message(userId)]);
      const keys = new Set(hostileIds.map((userId) => store.keyFor(userId)));
      expect(keys.size).toBe(hostileIds.length);
      for (const userId of hostileIds) {
        expect(contents(await store.getRecentMessages(userId))).toEqual([userId]);
        expect(await store.getMessageCount(userId)).toBe(1);
      }
      expect(await store.clearUserMessages('*')).toBe(1);
      expect(await store.clearUserMessages('u:*')).toBe(1);
      for (const userId of hostileIds.filter((id) => id !== '*' && id !== 'u:*')) expect(await store.getMessageCount(userId)).toBe(1);
    });

    it('every key, used as a SCAN pattern, matches only itself, and its hash tag is the whole encoded id', async () => {
      const store = await open();
      for (const userId of hostileIds) await store.addMessages(userId, [message(userId)]);
      for (const userId of hostileIds) {
        const key = store.keyFor(userId);
        const matched: string[] = [];
        for await (const page of raw.scanIterator({ MATCH: key, COUNT: 10_000 })) matched.push(...page);
        expect(matched).toEqual([key]);
        const encoded = key.slice(store.keyPrefix.length);
        expect(encoded).toMatch(/^\{[A-Za-z0-9._~%-]+\}$/);
      }
    });
  });

  describe('atomic appends under load', () => {
    it('1 000 parallel addMessages over 10 users: nothing lost, counts exact, each writer’s order kept', async () => {
      const store = await open({ maxMessages: 250 });
      const users = Array.from({ length: 10 }, (_, u) => `parallel-${u}`);
      // 10 writers per user, each making 10 calls of 2 messages in sequence; all 100 writers at once.
      const writers = users.flatMap((userId) =>
        Array.from({ length: 10 }, async (_, writer) => {
          for (let call = 0; call < 10; call++) {
            expect(await store.addMessages(userId, [message(`${writer}:${call}:a`), message(`${writer}:${call}:b`)])).toBe(2);
          }
        }),
      );
      await Promise.all(writers);
      for (const userId of users) {
        expect(await store.getMessageCount(userId)).toBe(200);
        const stored = contents(await store.getRecentMessages(userId, { limit: 250 }));
        expect(new Set(stored).size).toBe(200);
        for (let writer = 0; writer < 10; writer++) {
          const own = stored.filter((content) => content.startsWith(`${writer}:`));
          expect(own).toEqual(Array.from({ length: 10 }, (_, call) => [`${writer}:${call}:a`, `${writer}:${call}:b`]).flat());
        }
        // A batch is one step: its two messages are always next to each other.
        for (let i = 0; i < stored.length; i += 2) expect(stored[i + 1]).toBe(stored[i]!.replace(/a$/, 'b'));
      }
    });

    it('1 000 calls at once over 10 users into windows of 50: each window is exactly the 50 newest, whole batches', async () => {
      const store = await open({ maxMessages: 50 });
      const users = Array.from({ length: 10 }, (_, u) => `window-${u}`);
      await Promise.all(
        Array.from({ length: 1000 }, (_, call) =>
          store.addMessages(users[call % 10]!, [message(`${call}:a`), message(`${call}:b`), message(`${call}:c`)]),
        ),
      );
      for (const userId of users) {
        expect(await store.getMessageCount(userId)).toBe(50);
        const stored = contents(await store.getRecentMessages(userId, { limit: 1000 }));
        expect(stored).toHaveLength(50);
        expect(new Set(stored).size).toBe(50);
        // 50 = 2 + 16 × 3: the oldest batch is cut to its last two, the rest are whole and in order.
        expect(stored[0]).toMatch(/:b$/);
        expect(stored[1]).toBe(stored[0]!.replace(/b$/, 'c'));
        for (let i = 2; i < 50; i += 3) {
          expect(stored.slice(i, i + 3).map((content) => content.slice(-1))).toEqual(['a', 'b', 'c']);
          expect(new Set(stored.slice(i, i + 3).map((content) => content.split(':')[0])).size).toBe(1);
        }
      }
    });

    it('appends a batch far larger than one Lua unpack can spread (5 000 messages)', async () => {
      const store = await open({ maxMessages: 6000 });
      const batch = Array.from({ length: 5000 }, (_, i) => message(`m${i}`));
      expect(await store.addMessages('big', batch)).toBe(5000);
      expect(await store.getMessageCount('big')).toBe(5000);
      const stored = contents(await store.getRecentMessages('big', { limit: 6000 }));
      expect(stored).toEqual(batch.map((m) => m.content));
    });

    it('answers limits of 1e10 and MAX_SAFE_INTEGER with maxMessages MAX_SAFE_INTEGER', async () => {
      const store = await open({ maxMessages: Number.MAX_SAFE_INTEGER });
      await store.addMessages('huge', [message('a'), message('b')]);
      expect(contents(await store.getRecentMessages('huge', { limit: 1e10 }))).toEqual(['a', 'b']);
      expect(contents(await store.getRecentMessages('huge', { limit: Number.MAX_SAFE_INTEGER }))).toEqual(['a', 'b']);
    });
  });

  describe('ttlSeconds', () => {
    it('sets the TTL on append and refreshes it on every append; reads leave it alone', async () => {
      const store = await open({ ttlSeconds: 100 });
      const key = store.keyFor('ttl');
      await store.addMessages('ttl', [message('one')]);
      expect(await raw.ttl(key)).toBeGreaterThan(95);
      expect(await raw.ttl(key)).toBeLessThanOrEqual(100);
      await raw.expire(key, 5);
      await store.getRecentMessages('ttl');
      await store.getMessageCount('ttl');
      expect(await raw.ttl(key)).toBeLessThanOrEqual(5);
      await store.addMessages('ttl', [message('two')]);
      expect(await raw.ttl(key)).toBeGreaterThan(95);
    });

    it('without ttlSeconds sets none', async () => {
      const store = await open();
      await store.addMessages('no-ttl', [message('one')]);
      expect(await raw.ttl(store.keyFor('no-ttl'))).toBe(-1);
    });

    it('a list expires after ttlSeconds without an append', async () => {
      const store = await open({ ttlSeconds: 1 });
      await store.addMessages('expiring', [message('one')]);
      expect(await store.getMessageCount('expiring')).toBe(1);
      await sleep(1300);
      expect(await store.getMessageCount('expiring')).toBe(0);
      expect(await store.getRecentMessages('expiring')).toEqual([]);
    });
  });

  describe('maxContentBytes', () => {
    it('rejects a message whose content is more UTF-8 bytes than the limit, and stores none of its batch', async () => {
      const store = await open({ maxContentBytes: 4 });
      await store.addMessages('sized', [message('éé'), message('abcd')]);
      const error = await store.addMessages('sized', [message('ok'), message('ééa'), message('12345')]).catch((thrown: unknown) => thrown);
      expect(ValidationError.isInstance(error)).toBe(true);
      expect(error).toMatchObject({ code: 'VALIDATION_ERROR', path: 'messages[1].content' });
      expect((error as ValidationError).message).toMatch(/5 bytes of UTF-8, more than maxContentBytes \(4\)/);
      expect((error as ValidationError).issues.map((issue) => issue.path)).toEqual(['messages[1].content', 'messages[2].content']);
      expect(contents(await store.getRecentMessages('sized'))).toEqual(['éé', 'abcd']);
    });
  });

  describe('corrupt entries', () => {
    it('are skipped and reported to onCorruptEntry; the valid ones still come back', async () => {
      const reports: CorruptShortTermEntry[] = [];
      const store = await open({ onCorruptEntry: (entry) => reports.push(entry) });
      const key = store.keyFor('corrupt');
      await store.addMessages('corrupt', [message('first')]);
      await raw.rPush(key, [
        'not json',
        '{"content":1,"role":"user","timestamp":"2024-01-01T00:00:00Z"}',
        '[]',
        '{"content":"x","role":"user","timestamp":"yesterday"}',
      ]);
      await store.addMessages('corrupt', [message('last')]);
      expect(contents(await store.getRecentMessages('corrupt'))).toEqual(['first', 'last']);
      expect(reports.map((report) => [report.index, report.raw])).toEqual([
        [-5, 'not json'],
        [-4, '{"content":1,"role":"user","timestamp":"2024-01-01T00:00:00Z"}'],
        [-3, '[]'],
        [-2, '{"content":"x","role":"user","timestamp":"yesterday"}'],
      ]);
      for (const report of reports) {
        expect(report).toMatchObject({ userId: 'corrupt', key });
        expect(CorruptDataError.isInstance(report.error)).toBe(true);
        expect(report.error.code).toBe('CORRUPT_DATA');
      }
      expect(reports[0]!.error.message).toMatch(/message -5 of user "corrupt".*not JSON/);
      // A count is of entries, corrupt or not.
      expect(await store.getMessageCount('corrupt')).toBe(6);
      expect(contents(await store.getRecentMessages('corrupt', { limit: 2 }))).toEqual(['last']);
    });

    it('are a process warning by default, and a throwing onCorruptEntry does not fail the read', async () => {
      const emitWarning = jest.spyOn(process, 'emitWarning').mockImplementation(() => {});
      try {
        const quiet = await open();
        await raw.rPush(quiet.keyFor('warned'), ['{oops', '{"content":"fine","role":"user","timestamp":"2024-01-01T00:00:00Z"}']);
        expect(contents(await quiet.getRecentMessages('warned'))).toEqual(['fine']);
        const throwing = await open({
          keyPrefix: quiet.keyPrefix,
          onCorruptEntry: () => {
            throw new Error('reporting failed');
          },
        });
        expect(contents(await throwing.getRecentMessages('warned'))).toEqual(['fine']);
        expect(emitWarning.mock.calls).toEqual([
          [
            expect.stringMatching(/^Stored message -2 of user "warned" is corrupt: not JSON: .*; skipped$/),
            { type: 'CasualMemoryWarning', code: 'CASUAL_MEMORY_CORRUPT_ENTRY' },
          ],
          [
            'RedisShortTermStore onCorruptEntry threw: reporting failed',
            { type: 'CasualMemoryWarning', code: 'CASUAL_MEMORY_CORRUPT_ENTRY' },
          ],
        ]);
      } finally {
        emitWarning.mockRestore();
      }
    });

    it('a key holding something other than a list is CORRUPT_DATA for reads and writes, and clearing removes it', async () => {
      const store = await open();
      await raw.set(store.keyFor('wrong type'), 'a string');
      for (const call of [
        () => store.getRecentMessages('wrong type'),
        () => store.getMessageCount('wrong type'),
        () => store.addMessages('wrong type', [message('x')]),
      ]) {
        const error = await call().catch((thrown: unknown) => thrown);
        expect(CorruptDataError.isInstance(error)).toBe(true);
        expect(error).toMatchObject({ code: 'CORRUPT_DATA', retryable: false });
      }
      expect(await store.clearUserMessages('wrong type')).toBe(0);
      expect(await raw.exists(store.keyFor('wrong type'))).toBe(0);
      await store.addMessages('wrong type', [message('x')]);
      expect(await store.getMessageCount('wrong type')).toBe(1);
    });
  });

  describe('a client of the caller’s', () => {
    it('works whatever typeMapping the client has, and after a server-side SCRIPT FLUSH', async () => {
      const client = createClient({ url: REDIS_URL }).withTypeMapping({ [36]: Buffer, [58]: String });
      client.on('error', () => {});
      await client.connect();
      try {
        const store = new RedisShortTermStore(client, { keyPrefix });
        await store.addMessages('mapped', [message('a'), message('b')]);
        expect(contents(await store.getRecentMessages('mapped'))).toEqual(['a', 'b']);
        expect(await store.getMessageCount('mapped')).toBe(2);
        await raw.scriptFlush();
        await store.addMessages('mapped', [message('c')]);
        expect(await store.clearUserMessages('mapped')).toBe(3);
        await store.close();
        expect(client.isOpen).toBe(true);
      } finally {
        client.destroy();
      }
    });

    it('works on a client pool (createClientPool)', async () => {
      const pool = createClientPool({ url: REDIS_URL }, { minimum: 1, maximum: 4 });
      pool.on('error', () => {});
      await pool.connect();
      try {
        const store = new RedisShortTermStore(pool, { keyPrefix });
        await Promise.all(Array.from({ length: 20 }, (_, i) => store.addMessages('pooled', [message(`m${i}`)])));
        expect(await store.getMessageCount('pooled')).toBe(20);
        expect(await store.getRecentMessages('pooled', { limit: 5 })).toHaveLength(5);
        expect(await store.clearUserMessages('pooled')).toBe(20);
      } finally {
        pool.destroy();
      }
    });

    it('a client that is not connected gives STORE_UNAVAILABLE, not a raw error', async () => {
      const client = createClient({ url: REDIS_URL });
      const store = new RedisShortTermStore(client, { keyPrefix });
      const error = await store.getMessageCount('u').catch((thrown: unknown) => thrown);
      expect(error).toMatchObject({ code: 'STORE_UNAVAILABLE', retryable: true });
      expect((error as Error).message).toMatch(/RedisShortTermStore\.getMessageCount failed: The client is closed/);
    });
  });
});
