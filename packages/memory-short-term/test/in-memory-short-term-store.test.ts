import { DEFAULT_MAX_MESSAGES, StoreUnavailableError, ValidationError, type ShortTermStore } from '@casual-memory/core';
import { InMemoryShortTermStore } from '../src';

const message = (content: string) => ({ role: 'user' as const, content });

describe('InMemoryShortTermStore', () => {
  it('keeps 20 messages per user unless told otherwise', async () => {
    const store: ShortTermStore = new InMemoryShortTermStore();
    expect((store as InMemoryShortTermStore).maxMessages).toBe(DEFAULT_MAX_MESSAGES);
    expect(DEFAULT_MAX_MESSAGES).toBe(20);
    await store.addMessages('u', Array.from({ length: 30 }, (_, i) => message(`m${i}`)));
    expect(await store.getMessageCount('u')).toBe(20);
  });

  it('takes maxMessages from its options', async () => {
    const store = new InMemoryShortTermStore({ maxMessages: 3 });
    expect(store.maxMessages).toBe(3);
    await store.addMessages('u', ['a', 'b', 'c', 'd'].map(message));
    expect((await store.getRecentMessages('u')).map((m) => m.content)).toEqual(['b', 'c', 'd']);
  });

  it.each([0, -1, 1.5, Number.NaN, Number.POSITIVE_INFINITY, '5', null])('rejects maxMessages %p', (maxMessages) => {
    let caught: unknown;
    try {
      new InMemoryShortTermStore({ maxMessages: maxMessages as never });
    } catch (error) {
      caught = error;
    }
    expect(ValidationError.isInstance(caught)).toBe(true);
    expect((caught as ValidationError).path).toBe('maxMessages');
  });

  it('throws typed errors: ValidationError for bad input, StoreUnavailableError once closed', async () => {
    const store = new InMemoryShortTermStore();
    await expect(store.getRecentMessages('u', -1)).rejects.toBeInstanceOf(ValidationError);
    await expect(store.addMessages('u', [{ role: 'robot', content: 'x' } as never])).rejects.toMatchObject({ code: 'VALIDATION_ERROR', path: 'messages[0].role' });
    await store.close();
    await expect(store.getMessageCount('u')).rejects.toBeInstanceOf(StoreUnavailableError);
  });

  it('keeps the newest messages of a batch far larger than its window', async () => {
    const store = new InMemoryShortTermStore({ maxMessages: 2 });
    await store.addMessages('u', [message('old')]);
    expect(await store.addMessages('u', Array.from({ length: 1000 }, (_, i) => message(`m${i}`)))).toBe(1000);
    expect((await store.getRecentMessages('u')).map((m) => m.content)).toEqual(['m998', 'm999']);
  });

  it('stores a whole batch before any other call sees it', async () => {
    const store = new InMemoryShortTermStore();
    const adding = store.addMessages('u', ['a', 'b', 'c'].map(message));
    const reading = store.getRecentMessages('u');
    await adding;
    expect((await reading).map((m) => m.content)).toEqual(['a', 'b', 'c']);
  });
});
