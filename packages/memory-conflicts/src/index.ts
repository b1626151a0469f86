export { InMemoryConflictStore } from './in-memory-conflict-store';
export type { InMemoryConflictStoreOptions } from './in-memory-conflict-store-options';
