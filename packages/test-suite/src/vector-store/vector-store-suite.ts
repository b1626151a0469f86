import type { VectorMemoryStore } from '@casual-memory/core';
import type { TestApi } from '../test-api';

export interface VectorStoreFactoryContext {
  /** The vector length the suite will use; create the store (or collection) with it. */
  dimensions: number;
}

/**
 * Returns a ready store. Called once per test (and again to re-open in persistence tests). Stores
 * may share one database: every test uses fresh random user ids.
 */
export type VectorStoreFactory = (context: VectorStoreFactoryContext) => Promise<VectorMemoryStore>;

export interface VectorStoreSuiteOptions {
  /** The runner's `describe`/`it`; defaults to the jest/vitest globals. */
  test?: TestApi;
  /** True when a store from a second factory call sees what a closed first one wrote. */
  persistent?: boolean;
}

export function vectorStoreSuite(name: string, factory: VectorStoreFactory, options: VectorStoreSuiteOptions = {}): void {
  void name;
  void factory;
  void options;
  throw new Error('vectorStoreSuite: being written');
}
