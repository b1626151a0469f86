import { StoreClosedError } from '@casual-memory/core';

/**
 * A view of `store` that behaves like one connection to a shared server: `close()` closes the view
 * only, and the data stays for the next view. Calls on a closed view reject with
 * `StoreClosedError` (code `STORE_CLOSED`), as calls on a closed store do; everything else goes
 * straight to `store`.
 *
 * Run a suite over views of one in-process store with `persistent: true` to meet it the way a
 * database-backed store does: state shared by every test and kept across re-opens.
 */
export function sharedStoreView<Store extends { close(): Promise<void> }>(store: Store): Store {
  let closed = false;
  const storeName = nameOf(store);
  return new Proxy(store, {
    get(target, property) {
      if (property === 'close') {
        return async () => {
          closed = true;
        };
      }
      const value: unknown = Reflect.get(target, property, target);
      if (typeof value !== 'function') return value;
      return (...args: unknown[]) =>
        closed
          ? Promise.reject(new StoreClosedError({ store: storeName, message: `this view of the shared ${storeName} is closed` }))
          : Reflect.apply(value, target, args);
    },
  });
}

/** The store's class name for messages, or `store` when it has none. */
function nameOf(store: object): string {
  const name: unknown = (store.constructor as { name?: unknown } | undefined)?.name;
  return typeof name === 'string' && name.length > 0 ? name : 'store';
}

/**
 * Turns a factory of in-process stores into one that returns views of a single shared store per
 * distinct context (say, one per `dimensions`), created on first use. See `sharedStoreView`.
 */
export function sharedStoreFactory<Context, Store extends { close(): Promise<void> }>(
  create: (context: Context) => Store | Promise<Store>,
): (context: Context) => Promise<Store> {
  const shared = new Map<string, Promise<Store>>();
  return async (context) => {
    const key = JSON.stringify(context) ?? '';
    let store = shared.get(key);
    if (store === undefined) {
      store = Promise.resolve(create(context));
      shared.set(key, store);
    }
    return sharedStoreView(await store);
  };
}
