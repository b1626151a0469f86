import { types } from 'node:util';
import { CasualMemoryError, type ShortTermMemoryInput, StoreUnavailableError } from '@casual-memory/core';
import { createClient } from 'redis';
import { RedisCommandTimeoutError, RedisShortTermStore } from '../src';
import { freePort, PrivateRedisServer, redisServerUnavailableReason } from './private-redis-server';
import { describeIfAvailable } from './redis-test-env';

const TIMEOUT_MS = 1000;
/**
 * What a failing call may take beyond its timeout on a busy 2-core machine: CI runs every package's tests at once, and
 * a refused connect with a 500 ms timeout once took 1,360 ms there. Still well under node-redis's own 5 s connect
 * timeout, so a timeout not passed on fails these tests.
 */
const SLACK_MS = 1500;
const message = (content: string): ShortTermMemoryInput => ({ role: 'user', content });
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** How a call ended and how long it took. */
async function timed<T>(call: () => Promise<T>): Promise<{ ms: number; value?: T; error?: unknown }> {
  const start = performance.now();
  try {
    const value = await call();
    return { ms: performance.now() - start, value };
  } catch (error) {
    return { ms: performance.now() - start, error };
  }
}

function expectUnavailable(error: unknown): void {
  expect(StoreUnavailableError.isInstance(error)).toBe(true);
  expect(error).toMatchObject({ code: 'STORE_UNAVAILABLE', retryable: true });
  // node-redis's errors come from outside jest's sandbox, so instanceof Error would not see them.
  expect(types.isNativeError((error as Error).cause)).toBe(true);
  expect(CasualMemoryError.isInstance((error as Error).cause)).toBe(false);
}

/** Calls `call` until it succeeds (Redis back and the client reconnected), for at most `ms`. */
async function eventually<T>(call: () => Promise<T>, ms = 15_000): Promise<T> {
  const deadline = Date.now() + ms;
  for (;;) {
    try {
      return await call();
    } catch (error) {
      if (Date.now() > deadline) throw error;
      await sleep(100);
    }
  }
}

/** Connections the server has open, other than the one asking. */
async function connectionCount(url: string): Promise<number> {
  const client = createClient({ url });
  client.on('error', () => {});
  await client.connect();
  try {
    const list = await client.clientList();
    return list.length - 1;
  } finally {
    client.destroy();
  }
}

describeIfAvailable(
  'RedisShortTermStore when Redis goes away (a private redis-server, killed on purpose)',
  redisServerUnavailableReason(),
  () => {
    let server: PrivateRedisServer;
    beforeAll(async () => {
      server = await PrivateRedisServer.start();
    });
    afterAll(async () => {
      await server?.stop();
    });
    // Each test starts with the server up, whatever the one before left behind.
    beforeEach(async () => {
      await server.ensureRunning();
    });

    it('create(): kill -9 mid-run gives STORE_UNAVAILABLE with cause within the timeout; after a restart on the same port the store works again', async () => {
      const store = await RedisShortTermStore.create({ url: server.url, commandTimeoutMs: TIMEOUT_MS, maxMessages: 100_000 });
      try {
        await store.addMessages('u', [message('before the crash')]);

        // Five writers keep writing while the server is killed under them.
        let running = true;
        const outcomes: { ms: number; error?: unknown }[] = [];
        const writers = Array.from({ length: 5 }, async (_, writer) => {
          for (let i = 0; running; i++) {
            outcomes.push(await timed(() => store.addMessages('u', [message(`writer ${writer} #${i}`)])));
            if (i % 20 === 0) await sleep(0);
          }
        });
        await sleep(150);
        const succeededBefore = outcomes.filter((outcome) => outcome.error === undefined).length;
        await server.crash();
        await sleep(300);
        running = false;
        await Promise.all(writers);

        expect(succeededBefore).toBeGreaterThan(0);
        const failures = outcomes.filter((outcome) => outcome.error !== undefined);
        expect(failures.length).toBeGreaterThan(0);
        for (const failure of failures) expectUnavailable(failure.error);
        expect(Math.max(...outcomes.map((outcome) => outcome.ms))).toBeLessThan(TIMEOUT_MS + SLACK_MS);

        // While the server is down, every method fails fast with the typed error (no offline queue).
        for (const call of [
          (): Promise<unknown> => store.addMessages('u', [message('while down')]),
          () => store.getRecentMessages('u'),
          () => store.getMessageCount('u'),
          () => store.clearUserMessages('u'),
        ]) {
          const outcome = await timed(call);
          expectUnavailable(outcome.error);
          expect(outcome.ms).toBeLessThan(TIMEOUT_MS + SLACK_MS);
        }

        await server.start();
        // The restarted server kept nothing (no persistence); the store reconnects by itself.
        await eventually(() => store.addMessages('u', [message('after the restart')]));
        expect((await store.getRecentMessages('u')).map((m) => m.content)).toEqual(['after the restart']);
        expect(await store.getMessageCount('u')).toBe(1);
        expect(await store.clearUserMessages('u')).toBe(1);
      } finally {
        await store.close();
      }
    });

    it('a client of the caller’s that queues while offline: the call fails at the deadline, the queued write is dropped, never run later', async () => {
      const client = createClient({ url: server.url, socket: { reconnectStrategy: 100 } });
      client.on('error', () => {});
      await client.connect();
      try {
        const store = new RedisShortTermStore(client, { commandTimeoutMs: TIMEOUT_MS });
        await store.addMessages('queued', [message('kept')]);
        await server.crash();
        const outcome = await timed(() => store.addMessages('queued', [message('written while down')]));
        expectUnavailable(outcome.error);
        expect((outcome.error as Error).cause).toBeInstanceOf(RedisCommandTimeoutError);
        expect(outcome.ms).toBeGreaterThanOrEqual(TIMEOUT_MS - 50);
        expect(outcome.ms).toBeLessThan(TIMEOUT_MS + SLACK_MS);

        await server.start();
        await eventually(async () => {
          if (!client.isReady) throw new Error('not reconnected yet');
        });
        await sleep(200);
        expect(await store.getMessageCount('queued')).toBe(0);
        await store.addMessages('queued', [message('after the restart')]);
        expect((await store.getRecentMessages('queued')).map((m) => m.content)).toEqual(['after the restart']);

        await store.close();
        // close() leaves a client it did not open connected.
        expect(client.isOpen).toBe(true);
        expect(await client.ping()).toBe('PONG');
      } finally {
        client.destroy();
      }
    });

    it('a server that stops answering (SIGSTOP) gives STORE_UNAVAILABLE at the deadline; replies stay matched after it resumes', async () => {
      const store = await RedisShortTermStore.create({ url: server.url, commandTimeoutMs: TIMEOUT_MS });
      try {
        await store.addMessages('paused', [message('one'), message('two')]);
        server.pause();
        let outcome: Awaited<ReturnType<typeof timed>>;
        try {
          outcome = await timed(() => store.getRecentMessages('paused'));
        } finally {
          server.resume();
        }
        expectUnavailable(outcome.error);
        expect((outcome.error as Error).cause).toBeInstanceOf(RedisCommandTimeoutError);
        expect((outcome.error as Error).message).toMatch(/did not answer LRANGE within 1000 ms/);
        expect(outcome.ms).toBeLessThan(TIMEOUT_MS + SLACK_MS);
        // The late reply to the abandoned LRANGE must not be taken for the answer to a later call.
        expect(await store.getMessageCount('paused')).toBe(2);
        expect((await store.getRecentMessages('paused')).map((m) => m.content)).toEqual(['one', 'two']);
        expect(await store.clearUserMessages('paused')).toBe(2);
      } finally {
        await store.close();
      }
    });

    it('close() closes the client create() opened, and does not hang when Redis is down', async () => {
      const before = await connectionCount(server.url);
      const store = await RedisShortTermStore.create({ url: server.url, commandTimeoutMs: TIMEOUT_MS });
      expect(await connectionCount(server.url)).toBe(before + 1);
      await store.close();
      await eventually(async () => expect(await connectionCount(server.url)).toBe(before), 2000);

      const orphan = await RedisShortTermStore.create({ url: server.url, commandTimeoutMs: TIMEOUT_MS });
      await server.crash();
      const closing = await timed(() => orphan.close());
      expect(closing.error).toBeUndefined();
      expect(closing.ms).toBeLessThan(TIMEOUT_MS + SLACK_MS);
    });

    it('create() gives STORE_UNAVAILABLE within connectTimeoutMs when nothing listens, without the password in the message', async () => {
      const port = await freePort();
      const outcome = await timed(() => RedisShortTermStore.create({ url: `redis://:hunter2@127.0.0.1:${port}`, connectTimeoutMs: 500 }));
      expectUnavailable(outcome.error);
      expect((outcome.error as Error).message).toContain(`redis://127.0.0.1:${port}`);
      expect((outcome.error as Error).message).not.toContain('hunter2');
      expect(outcome.ms).toBeLessThan(500 + SLACK_MS);
    });
  },
);
