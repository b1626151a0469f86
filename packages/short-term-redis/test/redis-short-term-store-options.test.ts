import { StoreUnavailableError, ValidationError } from '@casual-memory/core';
import { createCluster } from 'redis';
import { type RedisShortTermClient, type RedisShortTermCommandOptions, RedisShortTermStore } from '../src';

/** A client that answers nothing: the constructor never sends a command. */
const idleClient = { isOpen: true, sendCommand: () => new Promise<never>(() => {}) } satisfies RedisShortTermClient;

function thrownBy(action: () => unknown): unknown {
  try {
    action();
  } catch (error) {
    return error;
  }
  return undefined;
}

describe('RedisShortTermStore options', () => {
  it('has the documented defaults', () => {
    const store = new RedisShortTermStore(idleClient);
    expect(store).toMatchObject({
      maxMessages: 20,
      keyPrefix: 'casual-memory:short-term:',
      ttlSeconds: undefined,
      maxContentBytes: undefined,
      commandTimeoutMs: 5000,
    });
    expect(store.keyFor('u:1')).toBe('casual-memory:short-term:{u%3A1}');
  });

  it('takes every option', () => {
    const onCorruptEntry = () => {};
    const store = new RedisShortTermStore(idleClient, {
      maxMessages: 3,
      keyPrefix: 'app:',
      ttlSeconds: 60,
      maxContentBytes: 100,
      onCorruptEntry,
      commandTimeoutMs: 250,
    });
    expect(store).toMatchObject({ maxMessages: 3, keyPrefix: 'app:', ttlSeconds: 60, maxContentBytes: 100, commandTimeoutMs: 250 });
  });

  it.each([
    [{ maxMessages: 0 }, 'maxMessages'],
    [{ maxMessages: 1.5 }, 'maxMessages'],
    [{ keyPrefix: 5 }, 'keyPrefix'],
    // Sent as UTF-8, each lone surrogate becomes U+FFFD: 'app\uD800:' and 'app\uDFFF:' would share keys.
    [{ keyPrefix: 'app\uD800:' }, 'keyPrefix'],
    [{ keyPrefix: 'app:\uDFFF' }, 'keyPrefix'],
    [{ ttlSeconds: 0 }, 'ttlSeconds'],
    [{ ttlSeconds: 2.5 }, 'ttlSeconds'],
    [{ ttlSeconds: Number.POSITIVE_INFINITY }, 'ttlSeconds'],
    [{ maxContentBytes: -1 }, 'maxContentBytes'],
    [{ onCorruptEntry: 'warn' }, 'onCorruptEntry'],
    [{ commandTimeoutMs: 0 }, 'commandTimeoutMs'],
    [{ commandTimeoutMs: 2 ** 31 }, 'commandTimeoutMs'],
  ])('rejects %p', (options, field) => {
    const caught = thrownBy(() => new RedisShortTermStore(idleClient, options as never));
    expect(ValidationError.isInstance(caught)).toBe(true);
    expect((caught as ValidationError).path).toBe(`RedisShortTermStore options.${field}`);
  });

  it('takes a key prefix with any well-formed Unicode, surrogate pairs included', () => {
    expect(new RedisShortTermStore(idleClient, { keyPrefix: 'app-😀-é:' }).keyFor('u')).toBe('app-😀-é:{u}');
  });

  it('rejects an unknown option, such as { ttl: 60 } or a url given to the constructor, by name', () => {
    for (const options of [{ ttl: 60 }, { url: 'redis://localhost' }]) {
      const caught = thrownBy(() => new RedisShortTermStore(idleClient, options as never));
      expect(ValidationError.isInstance(caught)).toBe(true);
      expect((caught as ValidationError).message).toContain(`"${Object.keys(options)[0]}"`);
    }
  });

  it.each([
    ['undefined', undefined],
    ['null', null],
    ['a URL string', 'redis://localhost'],
    ['an object without sendCommand', { isOpen: true }],
  ])('rejects %s as the client with a ValidationError', (_, client) => {
    const caught = thrownBy(() => new RedisShortTermStore(client as never));
    expect(ValidationError.isInstance(caught)).toBe(true);
    expect((caught as ValidationError).path).toBe('RedisShortTermStore client');
  });

  it('turns a client that throws when looked at into a ValidationError', () => {
    const hostile = new Proxy(
      {},
      {
        get() {
          throw new RangeError('no');
        },
      },
    );
    const caught = thrownBy(() => new RedisShortTermStore(hostile as never));
    expect(ValidationError.isInstance(caught)).toBe(true);
    expect((caught as ValidationError).cause).toBeInstanceOf(RangeError);
  });

  it('create() checks its options before connecting: url required, no unknown keys, a bad url is a ValidationError', async () => {
    await expect(RedisShortTermStore.create({} as never)).rejects.toMatchObject({
      code: 'VALIDATION_ERROR',
      path: 'RedisShortTermStore options.url',
    });
    await expect(RedisShortTermStore.create({ url: 'redis://localhost', maxMessage: 3 } as never)).rejects.toMatchObject({
      code: 'VALIDATION_ERROR',
    });
    await expect(RedisShortTermStore.create({ url: 'redis://localhost', connectTimeoutMs: -1 })).rejects.toMatchObject({
      code: 'VALIDATION_ERROR',
      path: 'RedisShortTermStore options.connectTimeoutMs',
    });
    for (const url of ['not a url', 'http://localhost:6379']) {
      const error = await RedisShortTermStore.create({ url }).catch((thrown: unknown) => thrown);
      expect(ValidationError.isInstance(error)).toBe(true);
      expect(error).toMatchObject({ path: 'RedisShortTermStore options.url' });
    }
  });

  it('a client that throws instead of rejecting, or answers nonsense, gives STORE_UNAVAILABLE', async () => {
    const throwing = new RedisShortTermStore({
      isOpen: true,
      sendCommand: () => {
        throw new TypeError('broken client');
      },
    });
    await expect(throwing.getMessageCount('u')).rejects.toMatchObject({
      code: 'STORE_UNAVAILABLE',
      message: expect.stringContaining('broken client'),
    });
    const nonsense = new RedisShortTermStore({ isOpen: true, sendCommand: async () => 'not a list' });
    for (const call of [
      () => nonsense.getRecentMessages('u'),
      () => nonsense.getMessageCount('u'),
      () => nonsense.clearUserMessages('u'),
    ]) {
      const error = await call().catch((thrown: unknown) => thrown);
      expect(StoreUnavailableError.isInstance(error)).toBe(true);
    }
  });

  it('a command without an answer fails with STORE_UNAVAILABLE after commandTimeoutMs, and its abort signal fires', async () => {
    const signals: AbortSignal[] = [];
    const store = new RedisShortTermStore(
      {
        isOpen: true,
        sendCommand: (_args: string[], options?: RedisShortTermCommandOptions) => {
          if (options?.abortSignal) signals.push(options.abortSignal);
          return new Promise<never>(() => {});
        },
      },
      { commandTimeoutMs: 50 },
    );
    const start = performance.now();
    await expect(store.addMessages('u', [{ role: 'user', content: 'hi' }])).rejects.toMatchObject({
      code: 'STORE_UNAVAILABLE',
      message: expect.stringContaining('Redis did not answer EVALSHA within 50 ms'),
    });
    expect(performance.now() - start).toBeLessThan(1000);
    expect(signals).toHaveLength(1);
    expect(signals[0]!.aborted).toBe(true);
  });

  it('Redis out of memory is STORE_FULL', async () => {
    const store = new RedisShortTermStore({
      isOpen: true,
      sendCommand: async () => {
        throw new Error("OOM command not allowed when used memory > 'maxmemory'.");
      },
    });
    await expect(store.addMessages('u', [{ role: 'user', content: 'hi' }])).rejects.toMatchObject({ code: 'STORE_FULL' });
  });

  it('sends a cluster client the key of each command, and readonly for reads', async () => {
    const calls: unknown[][] = [];
    const cluster: RedisShortTermClient = {
      isOpen: true,
      masters: [],
      sendCommand: async (firstKey, isReadonly, args) => {
        calls.push([firstKey, isReadonly, args[0]]);
        return args[0] === 'LRANGE' ? [] : 0;
      },
    };
    const store = new RedisShortTermStore(cluster, { keyPrefix: 'p:' });
    await store.addMessages('u', [{ role: 'user', content: 'hi' }]);
    await store.getRecentMessages('u');
    await store.getMessageCount('u');
    await store.clearUserMessages('u');
    expect(calls).toEqual([
      ['p:{u}', false, 'EVALSHA'],
      ['p:{u}', true, 'LRANGE'],
      ['p:{u}', true, 'LLEN'],
      ['p:{u}', false, 'EVALSHA'],
    ]);
  });

  it('takes a node-redis cluster client (types and routing); one not connected gives STORE_UNAVAILABLE', async () => {
    const cluster = createCluster({ rootNodes: [{ url: 'redis://127.0.0.1:1' }] });
    const store = new RedisShortTermStore(cluster);
    await expect(store.getMessageCount('u')).rejects.toMatchObject({ code: 'STORE_UNAVAILABLE', retryable: true });
  });
});
