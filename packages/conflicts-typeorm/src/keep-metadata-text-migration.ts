import type { MigrationInterface, QueryRunner } from 'typeorm';
import type { ConflictMigrationClass } from './conflict-migrations';
import { quoteName } from './conflict-migrations';
import { sqlFamilyOf } from './sql-family';
import type { TableNames } from './table-names';

/** 2026-12-02T00:00:00Z: after the resolution_applied_at migration, so TypeORM runs it third. */
const KEEP_METADATA_TEXT_TIMESTAMP = 1796169600000;

/**
 * PostgreSQL only: `metadata` from `jsonb` to `json`. `jsonb` reorders an object's keys (shortest
 * first) and so returned metadata other than it was given; `json` keeps the text as written, still
 * checked as JSON. Rows already stored keep the order `jsonb` gave them: the original is gone.
 * MySQL/MariaDB and SQLite store text already: nothing to do there.
 */
export function keepMetadataTextMigration(names: TableNames): ConflictMigrationClass {
  return class KeepMetadataText implements MigrationInterface {
    name = `CasualMemoryMetadataJson_${names.table}_${KEEP_METADATA_TEXT_TIMESTAMP}`;

    async up(queryRunner: QueryRunner): Promise<void> {
      await alterMetadata(queryRunner, names, 'json');
    }

    async down(queryRunner: QueryRunner): Promise<void> {
      await alterMetadata(queryRunner, names, 'jsonb');
    }
  };
}

async function alterMetadata(queryRunner: QueryRunner, names: TableNames, type: 'json' | 'jsonb'): Promise<void> {
  const family = sqlFamilyOf(queryRunner.connection.options.type, 'DataSource type');
  if (family !== 'postgres') return;
  const column = quoteName(family, 'metadata');
  await queryRunner.query(`ALTER TABLE ${quoteName(family, names.table)} ALTER COLUMN ${column} TYPE ${type} USING ${column}::${type}`);
}
