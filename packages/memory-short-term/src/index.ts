export { InMemoryShortTermStore } from './in-memory-short-term-store';
export type { InMemoryShortTermStoreOptions } from './in-memory-short-term-store-options';
