export type { SqliteDatabaseLike } from './sqlite-database-like';
export { SCHEMA_VERSION, TABLES } from './sqlite-schema';
export { SqliteVectorStore } from './sqlite-vector-store';
export type { SqliteVectorStoreOpenOptions, SqliteVectorStoreOptions } from './sqlite-vector-store-options';
