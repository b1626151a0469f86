import type { ShortTermStore } from '@casual-memory/core';
import type { TestApi } from '../test-api';

export interface ShortTermStoreFactoryContext {
  /** How many newest messages per user the store must keep. */
  maxMessages: number;
}

/**
 * Returns a ready store keeping `maxMessages` per user. Called once per test (and again to re-open
 * in persistence tests). Stores may share one server: every test uses fresh random user ids.
 */
export type ShortTermStoreFactory = (context: ShortTermStoreFactoryContext) => Promise<ShortTermStore>;

export interface ShortTermStoreSuiteOptions {
  /** The runner's `describe`/`it`; defaults to the jest/vitest globals. */
  test?: TestApi;
  /** True when a store from a second factory call sees what a closed first one wrote. */
  persistent?: boolean;
}

export function shortTermStoreSuite(name: string, factory: ShortTermStoreFactory, options: ShortTermStoreSuiteOptions = {}): void {
  void name;
  void factory;
  void options;
  throw new Error('shortTermStoreSuite: being written');
}
