import { TypeORMConflictStore } from '@casual-memory/conflicts-typeorm';
import { registerConflictLifecycleTests } from './helpers/sql-lifecycle';

// MemoryService on the SQL conflict store (SQLite in memory through better-sqlite3).
describe('MemoryService on TypeORMConflictStore (SQLite)', () => {
  registerConflictLifecycleTests(() => TypeORMConflictStore.create({ type: 'better-sqlite3', database: ':memory:' }));
});
