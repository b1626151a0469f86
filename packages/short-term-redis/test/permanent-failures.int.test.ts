import { StoreUnavailableError, ValidationError } from '@casual-memory/core';
import { RedisShortTermStore } from '../src';
import { PrivateRedisServer, redisServerUnavailableReason } from './private-redis-server';
import { describeIfAvailable } from './redis-test-env';

async function failure(call: () => Promise<unknown>): Promise<unknown> {
  try {
    await call();
  } catch (error) {
    return error;
  }
  throw new Error('expected the call to fail');
}

function expectPermanent(error: unknown, meaning: RegExp): void {
  expect(StoreUnavailableError.isInstance(error)).toBe(true);
  expect(error).toMatchObject({ code: 'STORE_UNAVAILABLE', retryable: false });
  expect((error as Error).message).toMatch(meaning);
  expect((error as Error).message).toMatch(/a retry will not help/);
}

describeIfAvailable('RedisShortTermStore: failures no retry can cure are not retryable', redisServerUnavailableReason(), () => {
  // A private server with a password and without EVALSHA: the shared one is never reconfigured.
  let server: PrivateRedisServer;
  beforeAll(async () => {
    server = await PrivateRedisServer.start(['--requirepass', 'secret', '--rename-command', 'EVALSHA', '']);
  });
  afterAll(() => server?.stop());
  const url = (auth: string, db = '') => `redis://${auth}@127.0.0.1:${server.port}${db}`;

  it('a wrong password fails create at once, not after connectTimeoutMs, with retryable false', async () => {
    const started = performance.now();
    const error = await failure(() => RedisShortTermStore.create({ url: url('default:wrong'), connectTimeoutMs: 10_000 }));
    expectPermanent(error, /refused the user name or password/);
    expect((error as Error).message).not.toContain('wrong'); // the url is shown without its credentials
    expect(performance.now() - started).toBeLessThan(5000);
  });

  it('a database number the server lacks fails create with retryable false', async () => {
    const error = await failure(() => RedisShortTermStore.create({ url: url('default:secret', '/99'), connectTimeoutMs: 10_000 }));
    expectPermanent(error, /database number in the url does not exist/);
  });

  it('no password where one is required (NOAUTH) fails create at once with retryable false', async () => {
    const error = await failure(() => RedisShortTermStore.create({ url: `redis://127.0.0.1:${server.port}`, connectTimeoutMs: 10_000 }));
    expectPermanent(error, /requires a password/);
  });

  it('a server without a command the store needs (EVALSHA renamed away) gives retryable false', async () => {
    const store = await RedisShortTermStore.create({ url: url('default:secret') });
    try {
      expectPermanent(await failure(() => store.addMessages('u1', [{ role: 'user', content: 'hi' }])), /does not offer a command/);
    } finally {
      await store.close();
    }
  });

  it('a malformed url is a ValidationError', async () => {
    for (const bad of ['not a url', 'http://127.0.0.1:6379', 'redis://127.0.0.1:notaport']) {
      const error = await failure(() => RedisShortTermStore.create({ url: bad }));
      expect(ValidationError.isInstance(error)).toBe(true);
      expect((error as ValidationError).path).toBe('RedisShortTermStore options.url');
    }
  });

  it('an unreachable server stays retryable', async () => {
    await server.crash();
    try {
      const error = await failure(() => RedisShortTermStore.create({ url: url('default:secret'), connectTimeoutMs: 500 }));
      expect(error).toMatchObject({ code: 'STORE_UNAVAILABLE', retryable: true });
    } finally {
      await server.start();
    }
  });
});
