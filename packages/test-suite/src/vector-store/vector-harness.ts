import type { VectorMemoryStore } from '@casual-memory/core';
import type { SuiteHarness } from '../suite-harness';

export interface VectorStoreFactoryContext {
  /** The vector length the suite will use; create the store (or collection) with it. */
  dimensions: number;
}

export type VectorHarness = SuiteHarness<VectorMemoryStore, VectorStoreFactoryContext>;
