export type { SqliteDatabaseLike } from './sqlite-database-like';
export { SCHEMA_VERSION, TABLES } from './sqlite-schema';
export { LOCK_TABLE, SqliteUserLock } from './sqlite-user-lock';
export type { SqliteUserLockOpenOptions } from './sqlite-user-lock-options';
export { SqliteVectorStore } from './sqlite-vector-store';
export type { SqliteVectorStoreOpenOptions, SqliteVectorStoreOptions } from './sqlite-vector-store-options';
