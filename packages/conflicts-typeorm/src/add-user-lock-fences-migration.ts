import type { MigrationInterface, QueryRunner } from 'typeorm';
import { columnSqlType } from './conflict-columns';
import type { ConflictMigrationClass } from './conflict-migrations';
import { binaryCollation, quoteName } from './conflict-migrations';
import { sqlFamilyOf } from './sql-family';
import type { TableNames } from './table-names';

/** 2026-12-02T01:00:00Z: after the metadata migration, so TypeORM runs it fourth. */
const ADD_USER_LOCK_FENCES_TIMESTAMP = 1796173200000;

/**
 * Creates `<prefix>user_lock_fences`: one row per user that ever took a `TypeORMUserLock`, counting
 * the grants (the leases' `fence`). User ids compare byte for byte, as in the conflict table.
 */
export function addUserLockFencesMigration(names: TableNames): ConflictMigrationClass {
  return class AddUserLockFences implements MigrationInterface {
    name = `CasualMemoryUserLockFences_${names.table}_${ADD_USER_LOCK_FENCES_TIMESTAMP}`;

    async up(queryRunner: QueryRunner): Promise<void> {
      const family = sqlFamilyOf(queryRunner.connection.options.type, 'DataSource type');
      const q = (name: string) => quoteName(family, name);
      const userId = `${q('user_id')} ${columnSqlType('name', family)}${family === 'postgres' ? ' COLLATE "C"' : ''} NOT NULL`;
      const columns = `${userId}, ${q('fence')} bigint NOT NULL, PRIMARY KEY (${q('user_id')})`;
      // MySQL/MariaDB: the binary no-pad collation the conflict table uses (see its migration).
      const suffix = family === 'mysql' ? ` ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=${await binaryCollation(queryRunner)}` : '';
      await queryRunner.query(`CREATE TABLE ${q(names.lockFencesTable)} (${columns})${suffix}`);
    }

    async down(queryRunner: QueryRunner): Promise<void> {
      const family = sqlFamilyOf(queryRunner.connection.options.type, 'DataSource type');
      await queryRunner.query(`DROP TABLE ${quoteName(family, names.lockFencesTable)}`);
    }
  };
}
