// The public API of @casual-memory/test-suite: the three conformance suites, the helpers to run an
// in-process store the way a database-backed one meets them, and the assertions the suites use.

export { vectorStoreSuite, type VectorStoreFactory, type VectorStoreFactoryContext, type VectorStoreSuiteOptions } from './vector-store/vector-store-suite';
export { conflictStoreSuite, type ConflictStoreFactory, type ConflictStoreSuiteOptions } from './conflict-store/conflict-store-suite';
export {
  shortTermStoreSuite,
  type ShortTermStoreFactory,
  type ShortTermStoreFactoryContext,
  type ShortTermStoreSuiteOptions,
} from './short-term-store/short-term-store-suite';
export type { SuiteOptions } from './suite-harness';
export { resolveTestApi, type TestApi, type TestBody } from './test-api';
export { sharedStoreFactory, sharedStoreView } from './shared-store-view';
export { randomId } from './random-id';
export { assertRejectsWith } from './assert-rejects-with';
export { succeedsOrRejectsWith } from './succeeds-or-rejects-with';
export { seededRandom, seededVectors } from './seeded-vectors';
