import type { TestApi, TestBody } from './test-api';

/** Options every suite takes. */
export interface SuiteOptions {
  /** The runner's `describe`/`it`; defaults to the jest/vitest globals. */
  test?: TestApi;
  /**
   * True when a store from a second factory call sees what a closed first one wrote: a store
   * backed by a database or server. Adds the persistence tests. An in-process store loses its data
   * on `close()`; run it through `sharedStoreFactory` to set this.
   */
  persistent?: boolean;
  /**
   * True (the default) when the store keeps every JavaScript string exactly, NUL characters and lone
   * UTF-16 surrogates included, as in-process, JSON and Redis storage do. Set false only when the
   * storage cannot hold them (PostgreSQL text holds no NUL, UTF-8 has no lone surrogates): the
   * suite then also accepts a `VALIDATION_ERROR` for such strings, but never a changed string.
   */
  exactStrings?: boolean;
}

/** What every suite's registration files receive. */
export interface SuiteHarness<Store extends { close(): Promise<void> }, Context> {
  it: TestApi['it'];
  /** Wraps a test body: opens a fresh store, runs the body, always closes the store. */
  withStore(body: (store: Store) => Promise<void>, context?: Partial<Context>): TestBody;
  /** Opens a store directly (persistence tests re-open after closing). The caller closes it. */
  open(context?: Partial<Context>): Promise<Store>;
  persistent: boolean;
  /** See `SuiteOptions.exactStrings`. */
  exactStrings: boolean;
}

/** Builds the harness shared by the three suites. */
export function createSuiteHarness<Store extends { close(): Promise<void> }, Context>(
  api: TestApi,
  factory: (context: Context) => Promise<Store>,
  defaults: Context,
  options: SuiteOptions,
): SuiteHarness<Store, Context> {
  const open = (context: Partial<Context> = {}) => factory({ ...defaults, ...context });
  return {
    it: (name, body) => api.it(name, body),
    open,
    persistent: options.persistent === true,
    exactStrings: options.exactStrings !== false,
    withStore: (body, context) => async () => {
      const store = await open(context);
      try {
        await body(store);
      } finally {
        await store.close();
      }
    },
  };
}
