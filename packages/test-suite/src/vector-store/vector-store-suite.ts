import type { VectorMemoryStore } from '@casual-memory/core';
import { createSuiteHarness, type SuiteOptions } from '../suite-harness';
import { resolveTestApi } from '../test-api';
import { registerAddAndGetTests } from './add-and-get-tests';
import { registerCopyConcurrencyLifecycleTests } from './copy-concurrency-lifecycle-tests';
import { registerFindSimilarTests } from './find-similar-tests';
import { registerHostileInputTests } from './hostile-input-tests';
import { registerIsolationTests } from './isolation-tests';
import { registerListTests } from './list-tests';
import { registerListVectorTests } from './list-vector-tests';
import { registerRestoreIdTests } from './restore-id-tests';
import { registerScoreExactnessTests } from './score-exactness-tests';
import { registerSearchTests } from './search-tests';
import { registerUpdateArchiveDeleteTests } from './update-archive-delete-tests';
import { registerValidationTests } from './validation-tests';
import { SUITE_DIMENSIONS } from './vector-fixtures';
import type { VectorStoreFactoryContext } from './vector-harness';

export type { VectorStoreFactoryContext } from './vector-harness';

/**
 * Returns a ready store. Called once per test (and again to re-open in persistence tests). Stores
 * may share one database: every test uses fresh random user ids.
 */
export type VectorStoreFactory = (context: VectorStoreFactoryContext) => Promise<VectorMemoryStore>;

export type VectorStoreSuiteOptions = SuiteOptions;

/** Registers the `VectorMemoryStore` conformance tests for one backend. */
export function vectorStoreSuite(name: string, factory: VectorStoreFactory, options: VectorStoreSuiteOptions = {}): void {
  const api = resolveTestApi(options.test);
  const harness = createSuiteHarness(api, factory, { dimensions: SUITE_DIMENSIONS }, options);
  api.describe(`${name} — VectorMemoryStore conformance`, () => {
    api.describe('add and getById', () => registerAddAndGetTests(harness));
    api.describe('add with a given id (restore)', () => registerRestoreIdTests(harness));
    api.describe('search', () => registerSearchTests(harness));
    api.describe('findSimilarMemories', () => registerFindSimilarTests(harness));
    api.describe('score exactness', () => registerScoreExactnessTests(harness));
    api.describe('update, archive, delete, clear', () => registerUpdateArchiveDeleteTests(harness));
    api.describe('listMemories', () => registerListTests(harness));
    api.describe('listMemories with vectors', () => registerListVectorTests(harness));
    api.describe('user isolation', () => registerIsolationTests(harness));
    api.describe('validation', () => registerValidationTests(harness));
    api.describe('hostile input', () => registerHostileInputTests(harness));
    api.describe('copies, concurrency, lifecycle', () => registerCopyConcurrencyLifecycleTests(harness));
  });
}
