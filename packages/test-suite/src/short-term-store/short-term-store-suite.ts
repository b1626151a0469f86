import type { ShortTermStore } from '@casual-memory/core';
import { createSuiteHarness } from '../suite-harness';
import { resolveTestApi, type TestApi } from '../test-api';
import { registerAddAndReadTests } from './add-and-read-tests';
import { registerLifecycleTests } from './lifecycle-tests';
import type { ShortTermStoreFactoryContext } from './short-term-fixtures';
import { registerTrimCountClearTests } from './trim-count-clear-tests';
import { registerValidationTests } from './validation-tests';

export type { ShortTermStoreFactoryContext } from './short-term-fixtures';

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

/** Registers the `ShortTermStore` conformance tests for one backend. */
export function shortTermStoreSuite(name: string, factory: ShortTermStoreFactory, options: ShortTermStoreSuiteOptions = {}): void {
  const api = resolveTestApi(options.test);
  const harness = createSuiteHarness(api, factory, { maxMessages: 20 }, options.persistent === true);
  api.describe(`${name} — ShortTermStore conformance`, () => {
    api.describe('add and read', () => registerAddAndReadTests(harness));
    api.describe('trimming, counts, clearing, isolation', () => registerTrimCountClearTests(harness));
    api.describe('validation', () => registerValidationTests(harness));
    api.describe('copies, concurrency, lifecycle', () => registerLifecycleTests(harness));
  });
}
