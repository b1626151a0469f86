import { type MemoryConflict, MemoryConflictSchema } from '@casual-memory/core';
import { randomId } from '@casual-memory/test-suite';
import { createConflictEntitySchema, createConflictMigrations, TypeORMConflictStore } from '../../src';
import { CONFLICT_COLUMNS, LATER_COLUMNS } from '../../src/conflict-columns';
import { conflictParams } from '../../src/conflict-rows';
import { SqlDialect } from '../../src/sql-dialect';
import { describeOn, dropTables, runTablePrefix, type TestDatabase } from './test-databases';

/** A table of the first release, with conflicts in it, upgraded by the later migrations. */
export function registerUpgradeTests(database: TestDatabase): void {
  describeOn(database, `TypeORMConflictStore on ${database.type}: upgrading a table of the first release`, () => {
    const prefix = runTablePrefix();
    const migrationsTableName = `${prefix}migrations`;
    afterAll(() => dropTables(database, prefix), 60_000);

    it('adds resolution_applied_at, marking conflicts resolved before it as applied at their resolvedAt', async () => {
      const [createTable] = createConflictMigrations({ tablePrefix: prefix });
      const first = database.dataSource({ migrations: [createTable], migrationsTableName });
      await first.initialize();
      const userId = randomId('user');
      const resolved = MemoryConflictSchema.parse({
        userId,
        memoryAId: 'a',
        memoryBId: 'b',
        category: 'location',
        similarityScore: 0.9,
        avgImportance: 0.5,
        clarificationHint: 'Where do you live?',
        status: 'resolved',
        resolvedAt: new Date('2025-03-04T05:06:07.089Z'),
        resolutionType: 'manual',
        resolutionDecision: 'keep_b',
        resolvedBy: userId,
        winningMemoryId: 'b',
      });
      const pending = MemoryConflictSchema.parse({ ...resolved, id: randomId('pending'), status: 'pending', ...unresolved });
      try {
        await first.runMigrations();
        const dialect = new SqlDialect(database.name);
        const columns = CONFLICT_COLUMNS.filter(({ name }) => !LATER_COLUMNS.has(name));
        const q = (name: string) => dialect.quote(name);
        for (const row of [resolved, pending]) {
          const values = conflictParams(row, dialect).slice(0, columns.length);
          await first.query(
            dialect.placeholders(
              `INSERT INTO ${q(`${prefix}conflicts`)} (${columns.map(({ name }) => q(name)).join(', ')}) VALUES (${columns.map(() => '?').join(', ')})`,
            ),
            values,
          );
        }
      } finally {
        await first.destroy();
      }

      const upgraded = database.dataSource({
        entities: [createConflictEntitySchema({ type: database.type, tablePrefix: prefix })],
        migrations: createConflictMigrations({ tablePrefix: prefix }),
        migrationsTableName,
      });
      await upgraded.initialize();
      try {
        // Every migration after the first one runs.
        const later = createConflictMigrations({ tablePrefix: prefix }).slice(1);
        expect((await upgraded.runMigrations()).map(({ name }) => name)).toEqual(later.map((migration) => new migration().name));
        const store = new TypeORMConflictStore(upgraded, { tablePrefix: prefix });
        const expected: MemoryConflict = { ...resolved, resolutionAppliedAt: resolved.resolvedAt! };
        expect(await store.getConflict(userId, resolved.id)).toEqual(expected);
        expect(await store.getConflict(userId, pending.id)).toEqual(pending);
        expect(await store.getUnappliedResolutions(userId)).toEqual([]);
        // The list index of the fifth migration serves rows stored before it.
        expect((await store.listConflicts(userId)).conflicts.map(({ id }) => id).sort()).toEqual([resolved.id, pending.id].sort());
        // New claims are unapplied until marked.
        expect(
          await store.resolveConflict(userId, pending.id, {
            conflictId: pending.id,
            decision: 'keep_a',
            resolutionType: 'manual',
            resolvedBy: userId,
          }),
        ).toBe(true);
        expect((await store.getUnappliedResolutions(userId)).map(({ id }) => id)).toEqual([pending.id]);
        expect(await store.markResolutionApplied(userId, pending.id)).toBe(true);
        await store.close();
      } finally {
        await upgraded.destroy();
      }
    });
  });
}

const unresolved = {
  resolvedAt: undefined,
  resolutionType: undefined,
  resolutionDecision: undefined,
  resolvedBy: undefined,
  winningMemoryId: undefined,
};
