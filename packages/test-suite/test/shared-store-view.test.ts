import { CasualMemoryError, StoreClosedError } from '@casual-memory/core';
import { sharedStoreFactory, sharedStoreView } from '../src';

/** A minimal store with state, a plain property and a close that would lose the state. */
class CounterStore {
  readonly name = 'counter';
  private values: number[] | null = [];

  async push(value: number): Promise<number> {
    if (this.values === null) throw new Error('the real store is closed');
    return this.values.push(value);
  }

  async all(): Promise<number[]> {
    if (this.values === null) throw new Error('the real store is closed');
    return [...this.values];
  }

  async close(): Promise<void> {
    this.values = null;
  }
}

describe('sharedStoreView', () => {
  it('keeps the data when a view closes, so the next view sees it', async () => {
    const shared = new CounterStore();
    const first = sharedStoreView(shared);
    await first.push(1);
    await first.close();
    const second = sharedStoreView(shared);
    await second.push(2);
    expect(await second.all()).toEqual([1, 2]);
  });

  it('rejects calls on a closed view with StoreClosedError naming the store, leaving other views working', async () => {
    const shared = new CounterStore();
    const closed = sharedStoreView(shared);
    const open = sharedStoreView(shared);
    await closed.close();
    await closed.close();
    const error: unknown = await closed.push(1).catch((thrown: unknown) => thrown);
    expect(error).toBeInstanceOf(StoreClosedError);
    expect(CasualMemoryError.isInstance(error)).toBe(true);
    expect(error).toMatchObject({
      code: 'STORE_CLOSED',
      retryable: false,
      store: 'CounterStore',
      message: 'this view of the shared CounterStore is closed',
    });
    await expect(open.push(1)).resolves.toBe(1);
  });

  it('names a store without a class name "store"', async () => {
    const view = sharedStoreView(Object.assign(Object.create(null) as object, { close: async () => undefined, get: async () => 1 }));
    await view.close();
    await expect(view.get()).rejects.toMatchObject({ code: 'STORE_CLOSED', store: 'store' });
  });

  it('passes properties and method results through unchanged', async () => {
    const view = sharedStoreView(new CounterStore());
    expect(view.name).toBe('counter');
    await expect(view.push(7)).resolves.toBe(1);
  });
});

describe('sharedStoreFactory', () => {
  it('creates one shared store per distinct context, on first use', async () => {
    const created: number[] = [];
    const open = sharedStoreFactory(({ size }: { size: number }) => {
      created.push(size);
      return new CounterStore();
    });
    const a = await open({ size: 1 });
    await a.push(10);
    await a.close();
    expect(await (await open({ size: 1 })).all()).toEqual([10]);
    expect(await (await open({ size: 2 })).all()).toEqual([]);
    expect(created).toEqual([1, 2]);
  });

  it('creates the store once even when the first opens race', async () => {
    let creations = 0;
    const open = sharedStoreFactory(async () => {
      creations += 1;
      return new CounterStore();
    });
    const views = await Promise.all([open(undefined), open(undefined), open(undefined)]);
    await Promise.all(views.map((view, index) => view.push(index)));
    expect(creations).toBe(1);
    expect((await views[0]!.all()).sort()).toEqual([0, 1, 2]);
  });
});
