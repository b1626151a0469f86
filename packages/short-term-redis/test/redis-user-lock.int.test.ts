import { StoreUnavailableError, ValidationError } from '@casual-memory/core';
import { assertRejectsWith, userLockSuite } from '@casual-memory/test-suite';
import { RedisUserLock, userLockRedisKeys } from '../src';
import { PrivateRedisServer, redisServerUnavailableReason } from './private-redis-server';
import { deleteKeysUnder, describeIfAvailable, describeWithRedis, plainClient, REDIS_URL, runKeyPrefix } from './redis-test-env';

const keyPrefix = runKeyPrefix();

describeWithRedis('RedisUserLock on the shared Redis', () => {
  afterAll(() => deleteKeysUnder(keyPrefix));

  // Every lock of the suite connects a client of its own, as separate processes would.
  userLockSuite('RedisUserLock.create', () => RedisUserLock.create({ url: REDIS_URL, keyPrefix }));

  describe('on one client of the caller’s', () => {
    let client: Awaited<ReturnType<typeof plainClient>>;
    beforeAll(async () => {
      client = await plainClient();
    });
    afterAll(() => {
      client.destroy();
    });
    userLockSuite('new RedisUserLock(client)', async () => new RedisUserLock(client, { keyPrefix }));
  });

  describe('keys and values (read back with a plain client) are as the README documents', () => {
    let client: Awaited<ReturnType<typeof plainClient>>;
    beforeAll(async () => {
      client = await plainClient();
    });
    afterAll(() => {
      client.destroy();
    });

    it('a grant is the token at <keyPrefix>{<encoded userId>} with the lease as its TTL, and INCR of the :fence key', async () => {
      const lock = await RedisUserLock.create({ url: REDIS_URL, keyPrefix });
      try {
        const userId = 'user:1 é';
        const keys = lock.keysFor(userId);
        expect(keys).toEqual({ lock: `${keyPrefix}{user%3A1%20%C3%A9}`, fence: `${keyPrefix}{user%3A1%20%C3%A9}:fence` });
        expect(userLockRedisKeys(userId, keyPrefix)).toEqual(keys);
        const first = await lock.acquire(userId, { leaseMs: 60_000 });
        expect(await client.get(keys.lock)).toBe(first.token);
        const ttl = await client.pTTL(keys.lock);
        expect(ttl).toBeGreaterThan(55_000);
        expect(ttl).toBeLessThanOrEqual(60_000);
        expect(await client.get(keys.fence)).toBe(String(first.fence));
        await first.release();
        expect(await client.exists(keys.lock)).toBe(0);
        const second = await lock.acquire(userId);
        expect(second.fence).toBe((first.fence as number) + 1);
        await second.release();
      } finally {
        await lock.close();
      }
    });

    it('release deletes the key only while it holds the grant’s token (compare and delete)', async () => {
      const lock = await RedisUserLock.create({ url: REDIS_URL, keyPrefix });
      try {
        const userId = 'u-compare';
        const lease = await lock.acquire(userId);
        const { lock: key } = lock.keysFor(userId);
        // Another holder took over (as after an expiry): this lease's release must leave its key alone.
        await client.set(key, 'someone-else');
        await lease.release();
        expect(await client.get(key)).toBe('someone-else');
        await assertRejectsWith(() => lock.acquire(userId, { waitMs: 0 }), 'LOCK_TIMEOUT', 'acquire while another holds');
        await client.del(key);
      } finally {
        await lock.close();
      }
    });

    it('close() frees the leases the lock still holds, so another process need not wait for them to expire', async () => {
      const lock = await RedisUserLock.create({ url: REDIS_URL, keyPrefix });
      await lock.acquire('u-close-1', { leaseMs: 60_000 });
      await lock.acquire('u-close-2', { leaseMs: 60_000 });
      await lock.close();
      expect(await client.exists([lock.keysFor('u-close-1').lock, lock.keysFor('u-close-2').lock])).toBe(0);
    });

    it('locks with different key prefixes do not exclude each other; prefixes differing only in lone surrogates are refused', async () => {
      const [a, b] = [
        await RedisUserLock.create({ url: REDIS_URL, keyPrefix: `${keyPrefix}a:` }),
        await RedisUserLock.create({ url: REDIS_URL, keyPrefix: `${keyPrefix}b:` }),
      ];
      try {
        const held = await a.acquire('u1');
        await (await b.acquire('u1', { waitMs: 0 })).release();
        await held.release();
      } finally {
        await a.close();
        await b.close();
      }
      for (const prefix of [`${keyPrefix}\ud800:`, `${keyPrefix}\udfff:`]) {
        await expect(RedisUserLock.create({ url: REDIS_URL, keyPrefix: prefix })).rejects.toBeInstanceOf(ValidationError);
      }
    });
  });
});

describeIfAvailable('RedisUserLock when Redis refuses or goes away (a private redis-server)', redisServerUnavailableReason(), () => {
  it('a wrong password fails create with retryable false; a killed server gives retryable STORE_UNAVAILABLE, not LOCK_TIMEOUT', async () => {
    const server = await PrivateRedisServer.start(['--requirepass', 'secret']);
    try {
      const refused = await RedisUserLock.create({ url: `redis://default:wrong@127.0.0.1:${server.port}` }).catch(
        (error: unknown) => error,
      );
      expect(refused).toMatchObject({ code: 'STORE_UNAVAILABLE', retryable: false });
      const lock = await RedisUserLock.create({ url: `redis://default:secret@127.0.0.1:${server.port}`, commandTimeoutMs: 500 });
      await server.crash();
      const error = await lock.acquire('u1', { waitMs: 1000 }).catch((caught: unknown) => caught);
      expect(StoreUnavailableError.isInstance(error)).toBe(true);
      expect(error).toMatchObject({ retryable: true });
      await lock.close();
    } finally {
      await server.stop();
    }
  });
});
