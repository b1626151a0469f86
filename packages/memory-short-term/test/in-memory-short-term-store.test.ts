import { DEFAULT_MAX_MESSAGES, type ShortTermStore, StoreClosedError, ValidationError } from '@casual-memory/core';
import { InMemoryShortTermStore } from '../src';

const message = (content: string) => ({ role: 'user' as const, content });
const contents = (messages: readonly { content: string }[]) => messages.map((m) => m.content);

/** What a synchronous call threw, or undefined. */
function thrownBy(action: () => unknown): unknown {
  try {
    action();
  } catch (error) {
    return error;
  }
  return undefined;
}

describe('InMemoryShortTermStore options', () => {
  it('keeps 20 messages per user unless told otherwise', async () => {
    const store: ShortTermStore = new InMemoryShortTermStore();
    expect((store as InMemoryShortTermStore).maxMessages).toBe(DEFAULT_MAX_MESSAGES);
    expect(DEFAULT_MAX_MESSAGES).toBe(20);
    await store.addMessages(
      'u',
      Array.from({ length: 30 }, (_, i) => message(`m${i}`)),
    );
    expect(await store.getMessageCount('u')).toBe(20);
  });

  it('takes maxMessages from its options', async () => {
    const store = new InMemoryShortTermStore({ maxMessages: 3 });
    expect(store.maxMessages).toBe(3);
    await store.addMessages('u', ['a', 'b', 'c', 'd'].map(message));
    expect(contents(await store.getRecentMessages('u'))).toEqual(['b', 'c', 'd']);
  });

  it.each([0, -1, 1.5, Number.NaN, Number.POSITIVE_INFINITY, '5', null])('rejects maxMessages %p', (maxMessages) => {
    const caught = thrownBy(() => new InMemoryShortTermStore({ maxMessages: maxMessages as never }));
    expect(ValidationError.isInstance(caught)).toBe(true);
    expect((caught as ValidationError).path).toBe('InMemoryShortTermStore options.maxMessages');
  });

  it('rejects an unknown option such as { maxMessage: 4 } by name instead of ignoring it', () => {
    // @ts-expect-error: a typo of maxMessages
    const caught = thrownBy(() => new InMemoryShortTermStore({ maxMessage: 4 }));
    expect(ValidationError.isInstance(caught)).toBe(true);
    expect((caught as ValidationError).code).toBe('VALIDATION_ERROR');
    expect((caught as ValidationError).message).toContain('"maxMessage"');
  });

  it('turns options that throw while read into a ValidationError, not a raw error', () => {
    const options = {
      get maxMessages(): number {
        throw new RangeError('not today');
      },
    };
    const caught = thrownBy(() => new InMemoryShortTermStore(options));
    expect(ValidationError.isInstance(caught)).toBe(true);
    expect((caught as ValidationError).cause).toBeInstanceOf(RangeError);
  });
});

describe('InMemoryShortTermStore reading', () => {
  it('takes the limit in an options object, and a bare number is a ValidationError', async () => {
    const store = new InMemoryShortTermStore();
    await store.addMessages('u', ['a', 'b', 'c'].map(message));
    expect(contents(await store.getRecentMessages('u', { limit: 2 }))).toEqual(['b', 'c']);
    await expect(store.getRecentMessages('u', { limit: -1 })).rejects.toMatchObject({ code: 'VALIDATION_ERROR', path: 'options.limit' });
    await expect(store.getRecentMessages('u', 2 as never)).rejects.toMatchObject({ code: 'VALIDATION_ERROR' });
    await expect(store.getRecentMessages('u', { limt: 2 } as never)).rejects.toMatchObject({ code: 'VALIDATION_ERROR' });
  });

  it('answers a limit of 1e10 with what it holds, without a RangeError or a huge allocation', async () => {
    const store = new InMemoryShortTermStore({ maxMessages: Number.MAX_SAFE_INTEGER });
    await store.addMessages('u', ['a', 'b'].map(message));
    expect(contents(await store.getRecentMessages('u', { limit: 1e10 }))).toEqual(['a', 'b']);
    expect(await store.getRecentMessages('nobody', { limit: 1e10 })).toEqual([]);
    expect(await store.getRecentMessages('u', { limit: 0 })).toEqual([]);
  });

  it('keeps the newest messages of a batch far larger than its window', async () => {
    const store = new InMemoryShortTermStore({ maxMessages: 2 });
    await store.addMessages('u', [message('old')]);
    expect(
      await store.addMessages(
        'u',
        Array.from({ length: 1000 }, (_, i) => message(`m${i}`)),
      ),
    ).toBe(1000);
    expect(contents(await store.getRecentMessages('u'))).toEqual(['m998', 'm999']);
    expect(store.size).toBe(2);
  });

  it('counts and clears one user without touching another', async () => {
    const store = new InMemoryShortTermStore();
    await store.addMessages('u1', ['a', 'b'].map(message));
    await store.addMessages('u2', [message('c')]);
    expect(await store.getMessageCount('u1')).toBe(2);
    expect(await store.clearUserMessages('u1')).toBe(2);
    expect(await store.clearUserMessages('u1')).toBe(0);
    expect(await store.getMessageCount('u1')).toBe(0);
    expect(contents(await store.getRecentMessages('u2'))).toEqual(['c']);
    expect(store.size).toBe(1);
  });

  it('stores a whole batch before any other call sees it', async () => {
    const store = new InMemoryShortTermStore();
    const adding = store.addMessages('u', ['a', 'b', 'c'].map(message));
    const reading = store.getRecentMessages('u');
    await adding;
    expect(contents(await reading)).toEqual(['a', 'b', 'c']);
  });

  it('keeps nothing of the caller’s objects and hands out nothing of its own', async () => {
    const store = new InMemoryShortTermStore();
    const timestamp = new Date('2024-01-01T00:00:00Z');
    const metadata = { tags: ['a'] };
    await store.addMessages('u', [{ role: 'user', content: 'hi', timestamp, metadata }]);
    timestamp.setUTCFullYear(1999);
    metadata.tags.push('changed by the caller');
    const [read] = await store.getRecentMessages('u');
    read?.timestamp.setUTCFullYear(1999);
    (read!.metadata as { tags: string[] }).tags.push('changed by the reader');
    expect(await store.getRecentMessages('u')).toEqual([
      { role: 'user', content: 'hi', timestamp: new Date('2024-01-01T00:00:00Z'), metadata: { tags: ['a'] } },
    ]);
  });
});

describe('InMemoryShortTermStore metadata', () => {
  it('rejects circular metadata with a ValidationError and stores none of the batch', async () => {
    const store = new InMemoryShortTermStore();
    const metadata: Record<string, unknown> = {};
    metadata['self'] = [metadata];
    const error = await store
      .addMessages('u', [message('fine'), { role: 'user', content: 'loop', metadata: metadata as never }])
      .catch((thrown: unknown) => thrown);
    expect(ValidationError.isInstance(error)).toBe(true);
    expect((error as ValidationError).path).toBe('messages[1].metadata.self[0]');
    expect(store.size).toBe(0);
  });

  it('rejects metadata nested 5000 levels with a ValidationError, not a stack overflow', async () => {
    const store = new InMemoryShortTermStore();
    let metadata: Record<string, unknown> = {};
    for (let level = 0; level < 5000; level++) metadata = { inner: metadata };
    const error = await store
      .addMessages('u', [{ role: 'user', content: 'deep', metadata: metadata as never }])
      .catch((thrown: unknown) => thrown);
    expect(ValidationError.isInstance(error)).toBe(true);
    expect((error as ValidationError).message).toMatch(/nests more than 64 levels/);
    expect(store.size).toBe(0);
  });

  it('keeps a __proto__ key as plain data through add and read', async () => {
    const store = new InMemoryShortTermStore();
    const metadata = JSON.parse('{"__proto__": {"polluted": true}, "kept": 1}') as Record<string, never>;
    await store.addMessages('u', [{ role: 'user', content: 'hi', metadata }]);
    const [read] = await store.getRecentMessages('u');
    expect(Object.getPrototypeOf(read?.metadata)).toBe(Object.prototype);
    expect(Object.keys(read?.metadata ?? {})).toEqual(['__proto__', 'kept']);
    expect(Object.getOwnPropertyDescriptor(read?.metadata, '__proto__')?.value).toEqual({ polluted: true });
    expect(({} as { polluted?: boolean }).polluted).toBeUndefined();
  });
});

describe('InMemoryShortTermStore close', () => {
  it('drops its data, then rejects every call with STORE_CLOSED', async () => {
    const store = new InMemoryShortTermStore();
    await store.addMessages('u1', ['a', 'b'].map(message));
    await store.addMessages('u2', [message('c')]);
    expect(store.size).toBe(3);
    await store.close();
    await store.close();
    expect(store.closed).toBe(true);
    expect(store.size).toBe(0);
    const calls: (() => Promise<unknown>)[] = [
      () => store.addMessages('u1', [message('d')]),
      () => store.getRecentMessages('u1'),
      () => store.getMessageCount('u1'),
      () => store.clearUserMessages('u1'),
    ];
    for (const call of calls) {
      const error = await call().catch((thrown: unknown) => thrown);
      expect(StoreClosedError.isInstance(error)).toBe(true);
      expect(error).toMatchObject({ code: 'STORE_CLOSED', retryable: false });
    }
  });
});
