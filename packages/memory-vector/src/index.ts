export { InMemoryVectorStore } from './in-memory-vector-store';
export type { InMemoryVectorStoreOptions } from './in-memory-vector-store-options';
export type { KernelKind, KernelPreference } from './vector-arena';
