// The public API of @casual-memory/test-suite: the conformance suites (three stores and the user lock), the helpers to run an
// in-process store the way a database-backed one meets them, and the assertions the suites use.

export { assertRejectsWith } from './assert-rejects-with';
export { type ConflictStoreFactory, type ConflictStoreSuiteOptions, conflictStoreSuite } from './conflict-store/conflict-store-suite';
export { type DescribeWithServiceOptions, describeWithService } from './describe-with-service';
export { randomId } from './random-id';
export { seededRandom, seededVectors } from './seeded-vectors';
export { sharedStoreFactory, sharedStoreView } from './shared-store-view';
export {
  type ShortTermStoreFactory,
  type ShortTermStoreFactoryContext,
  type ShortTermStoreSuiteOptions,
  shortTermStoreSuite,
} from './short-term-store/short-term-store-suite';
export { succeedsOrRejectsWith } from './succeeds-or-rejects-with';
export type { SuiteOptions } from './suite-harness';
export { resolveTestApi, type TestApi, type TestBody } from './test-api';
export { type UserLockFactory, type UserLockSuiteOptions, userLockSuite } from './user-lock/user-lock-suite';
export {
  type VectorStoreFactory,
  type VectorStoreFactoryContext,
  type VectorStoreSuiteOptions,
  vectorStoreSuite,
} from './vector-store/vector-store-suite';
