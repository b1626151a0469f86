export type { ConflictEntitySchemaOptions, ConflictRow } from './conflict-entity-schema';
export { createConflictEntitySchema } from './conflict-entity-schema';
export type { ConflictMigrationClass, ConflictMigrationsOptions } from './conflict-migrations';
export { createConflictMigrations } from './conflict-migrations';
export { TypeORMConflictStore } from './typeorm-conflict-store';
export type {
  ServerCreateOptions,
  SqliteCreateOptions,
  TypeORMConflictStoreCreateOptions,
  TypeORMConflictStoreOptions,
} from './typeorm-conflict-store-options';
export { TypeORMUserLock } from './typeorm-user-lock';
