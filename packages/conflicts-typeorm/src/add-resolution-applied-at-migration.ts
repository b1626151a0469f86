import type { MigrationInterface, QueryRunner } from 'typeorm';
import { columnSqlType } from './conflict-columns';
import type { ConflictMigrationClass } from './conflict-migrations';
import { quoteName } from './conflict-migrations';
import { sqlFamilyOf } from './sql-family';
import type { TableNames } from './table-names';

/** 2026-12-01T00:00:00Z: after the table's creation, so TypeORM runs it second. */
const ADD_RESOLUTION_APPLIED_AT_TIMESTAMP = 1796083200000;

/**
 * Adds `resolution_applied_at`: set when a resolution has been fully applied to the memories, so a
 * resolution that was claimed but not applied can be found and finished. Conflicts resolved before
 * this column existed are marked applied at their `resolved_at`: their resolution ran to its end
 * under the old code, and re-applying an old decision now would undo what happened since.
 */
export function addResolutionAppliedAtMigration(names: TableNames): ConflictMigrationClass {
  return class AddResolutionAppliedAt implements MigrationInterface {
    name = `CasualMemoryResolutionAppliedAt_${names.table}_${ADD_RESOLUTION_APPLIED_AT_TIMESTAMP}`;

    async up(queryRunner: QueryRunner): Promise<void> {
      const family = sqlFamilyOf(queryRunner.connection.options.type, 'DataSource type');
      const q = (name: string) => quoteName(family, name);
      const type = columnSqlType('timestamp', family);
      await queryRunner.query(`ALTER TABLE ${q(names.table)} ADD COLUMN ${q('resolution_applied_at')} ${type} NULL`);
      await queryRunner.query(
        `UPDATE ${q(names.table)} SET ${q('resolution_applied_at')} = ${q('resolved_at')} WHERE ${q('status')} = 'resolved'`,
      );
    }

    async down(queryRunner: QueryRunner): Promise<void> {
      const family = sqlFamilyOf(queryRunner.connection.options.type, 'DataSource type');
      await queryRunner.query(`ALTER TABLE ${quoteName(family, names.table)} DROP COLUMN ${quoteName(family, 'resolution_applied_at')}`);
    }
  };
}
