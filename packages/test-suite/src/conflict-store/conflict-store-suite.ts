import type { ConflictStore } from '@casual-memory/core';
import type { TestApi } from '../test-api';

/**
 * Returns a ready store. Called once per test (and again to re-open in persistence tests). Stores
 * may share one database: every test uses fresh random user ids.
 */
export type ConflictStoreFactory = () => Promise<ConflictStore>;

export interface ConflictStoreSuiteOptions {
  /** The runner's `describe`/`it`; defaults to the jest/vitest globals. */
  test?: TestApi;
  /** True when a store from a second factory call sees what a closed first one wrote. */
  persistent?: boolean;
}

export function conflictStoreSuite(name: string, factory: ConflictStoreFactory, options: ConflictStoreSuiteOptions = {}): void {
  void name;
  void factory;
  void options;
  throw new Error('conflictStoreSuite: being written');
}
