import type { VectorMemoryStore } from '@casual-memory/core';
import type { SuiteHarness } from '../suite-harness';

export interface VectorStoreFactoryContext {
  /**
   * The vector length the test will use; create the store (or collection) with it. Most tests ask
   * for 8; the score-exactness tests also ask for 384, a common embedding size.
   */
  dimensions: number;
}

export type VectorHarness = SuiteHarness<VectorMemoryStore, VectorStoreFactoryContext>;
