import type { MigrationInterface, QueryRunner } from 'typeorm';
import type { ConflictMigrationClass } from './conflict-migrations';
import { quoteName } from './conflict-migrations';
import { sqlFamilyOf } from './sql-family';
import type { TableNames } from './table-names';

/** 2026-12-02T02:00:00Z: after the user lock fences migration, so TypeORM runs it fifth. */
const ADD_LIST_INDEX_TIMESTAMP = 1796176800000;

/**
 * Adds `<table>_list_idx` on `(user_id, created_at, id)`: `listConflicts` order, so each page is a
 * keyset range read from where the last page ended, however many conflicts come before it.
 */
export function addListIndexMigration(names: TableNames): ConflictMigrationClass {
  return class AddListIndex implements MigrationInterface {
    name = `CasualMemoryListIndex_${names.table}_${ADD_LIST_INDEX_TIMESTAMP}`;

    async up(queryRunner: QueryRunner): Promise<void> {
      const family = sqlFamilyOf(queryRunner.connection.options.type, 'DataSource type');
      const q = (name: string) => quoteName(family, name);
      await queryRunner.query(`CREATE INDEX ${q(names.listIndex)} ON ${q(names.table)} (${q('user_id')}, ${q('created_at')}, ${q('id')})`);
    }

    async down(queryRunner: QueryRunner): Promise<void> {
      const family = sqlFamilyOf(queryRunner.connection.options.type, 'DataSource type');
      const q = (name: string) => quoteName(family, name);
      await queryRunner.query(`DROP INDEX ${q(names.listIndex)}${family === 'mysql' ? ` ON ${q(names.table)}` : ''}`);
    }
  };
}
