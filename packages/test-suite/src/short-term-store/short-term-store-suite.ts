import type { ShortTermStore } from '@casual-memory/core';
import { createSuiteHarness, type SuiteOptions } from '../suite-harness';
import { resolveTestApi } from '../test-api';
import { registerConcurrencyTests } from './concurrency-tests';
import { registerCopyTests } from './copy-tests';
import { registerCountAndClearTests } from './count-and-clear-tests';
import { registerHostileInputTests } from './hostile-input-tests';
import { registerIsolationTests } from './isolation-tests';
import { registerLifecycleTests } from './lifecycle-tests';
import { registerOrderAndLimitTests } from './order-and-limit-tests';
import { registerRoundTripTests } from './round-trip-tests';
import type { ShortTermStoreFactoryContext } from './short-term-fixtures';
import { registerTrimmingTests } from './trimming-tests';
import { registerValidationTests } from './validation-tests';

export type { ShortTermStoreFactoryContext } from './short-term-fixtures';

/**
 * Returns a ready store keeping `maxMessages` per user. Called once per test (and again to re-open
 * in persistence tests). Stores may share one server: every test uses fresh random user ids.
 */
export type ShortTermStoreFactory = (context: ShortTermStoreFactoryContext) => Promise<ShortTermStore>;

export type ShortTermStoreSuiteOptions = SuiteOptions;

/** Registers the `ShortTermStore` conformance tests for one backend. */
export function shortTermStoreSuite(name: string, factory: ShortTermStoreFactory, options: ShortTermStoreSuiteOptions = {}): void {
  const api = resolveTestApi(options.test);
  const harness = createSuiteHarness(api, factory, { maxMessages: 20 }, options);
  api.describe(`${name} — ShortTermStore conformance`, () => {
    api.describe('fields round-trip', () => registerRoundTripTests(harness));
    api.describe('order and limit', () => registerOrderAndLimitTests(harness));
    api.describe('trimming to maxMessages', () => registerTrimmingTests(harness));
    api.describe('counting and clearing', () => registerCountAndClearTests(harness));
    api.describe('user isolation', () => registerIsolationTests(harness));
    api.describe('validation', () => registerValidationTests(harness));
    api.describe('hostile input', () => registerHostileInputTests(harness));
    api.describe('returned messages are copies', () => registerCopyTests(harness));
    api.describe('concurrency', () => registerConcurrencyTests(harness));
    api.describe('close and persistence', () => registerLifecycleTests(harness));
  });
}
