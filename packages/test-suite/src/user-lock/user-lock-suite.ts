import type { UserLock } from '@casual-memory/core';
import { createSuiteHarness } from '../suite-harness';
import { resolveTestApi, type TestApi } from '../test-api';
import { registerExclusionTests } from './exclusion-tests';
import { registerLeaseTests } from './lease-tests';
import type { UserLockHarness } from './user-lock-fixtures';
import { registerValidationAndLifecycleTests } from './validation-lifecycle-tests';

/**
 * Returns a ready lock. Called once per test (twice in the cross-object test). Locks may share one
 * server: every test uses fresh random user ids.
 */
export type UserLockFactory = () => Promise<UserLock>;

export interface UserLockSuiteOptions {
  /** The runner's `describe`/`it`; defaults to the jest/vitest globals. */
  test?: TestApi;
  /**
   * True (the default) when two locks from the factory guard the same users, as two connections to
   * one database or Redis do: adds the test that they exclude each other. Set false for a lock
   * that lives in one object (two `new InProcessUserLock()` are independent).
   */
  sharedBackend?: boolean;
}

/** Registers the `UserLock` conformance tests for one backend. */
export function userLockSuite(name: string, factory: UserLockFactory, options: UserLockSuiteOptions = {}): void {
  const api = resolveTestApi(options.test);
  const harness: UserLockHarness = {
    ...createSuiteHarness<UserLock, undefined>(api, () => factory(), undefined, {}),
    sharedBackend: options.sharedBackend !== false,
  };
  api.describe(`${name} — UserLock conformance`, () => {
    api.describe('mutual exclusion', () => registerExclusionTests(harness));
    api.describe('leases', () => registerLeaseTests(harness));
    api.describe('validation and close', () => registerValidationAndLifecycleTests(harness));
  });
}
