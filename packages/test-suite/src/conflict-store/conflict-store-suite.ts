import type { ConflictStore } from '@casual-memory/core';
import { createSuiteHarness, type SuiteOptions } from '../suite-harness';
import { resolveTestApi } from '../test-api';
import { registerAddAndGetTests } from './add-and-get-tests';
import { registerAppliedResolutionTests } from './applied-resolution-tests';
import { registerCountAndClearTests } from './count-and-clear-tests';
import { registerHostileInputTests } from './hostile-input-tests';
import { registerIsolationTests } from './isolation-tests';
import { registerLifecycleTests } from './lifecycle-tests';
import { registerListTests } from './list-tests';
import { registerPendingTests } from './pending-tests';
import { registerResolveEscalateTests } from './resolve-escalate-tests';
import { registerValidationTests } from './validation-tests';

/**
 * Returns a ready store. Called once per test (and again to re-open in persistence tests). Stores
 * may share one database: every test uses fresh random user ids.
 */
export type ConflictStoreFactory = () => Promise<ConflictStore>;

export type ConflictStoreSuiteOptions = SuiteOptions;

/** Registers the `ConflictStore` conformance tests for one backend. */
export function conflictStoreSuite(name: string, factory: ConflictStoreFactory, options: ConflictStoreSuiteOptions = {}): void {
  const api = resolveTestApi(options.test);
  const harness = createSuiteHarness<ConflictStore, Record<string, never>>(api, () => factory(), {}, options);
  api.describe(`${name} — ConflictStore conformance`, () => {
    api.describe('add and get', () => registerAddAndGetTests(harness));
    api.describe('pending conflicts', () => registerPendingTests(harness));
    api.describe('resolve and escalate', () => registerResolveEscalateTests(harness));
    api.describe('claimed and applied resolutions', () => registerAppliedResolutionTests(harness));
    api.describe('listing every conflict', () => registerListTests(harness));
    api.describe('counts and clearing', () => registerCountAndClearTests(harness));
    api.describe('user isolation and id scoping', () => registerIsolationTests(harness));
    api.describe('validation', () => registerValidationTests(harness));
    api.describe('hostile input', () => registerHostileInputTests(harness));
    api.describe('copies, concurrency, lifecycle', () => registerLifecycleTests(harness));
  });
}
