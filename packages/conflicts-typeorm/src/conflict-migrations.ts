import type { MigrationInterface, QueryRunner } from 'typeorm';
import { addListIndexMigration } from './add-list-index-migration';
import { addResolutionAppliedAtMigration } from './add-resolution-applied-at-migration';
import { addUserLockFencesMigration } from './add-user-lock-fences-migration';
import { CONFLICT_COLUMNS, columnSqlType, LATER_COLUMNS, type SqlFamily } from './conflict-columns';
import { keepMetadataTextMigration } from './keep-metadata-text-migration';
import { sqlFamilyOf } from './sql-family';
import { parseTablePrefix, type TableNames, tableNames } from './table-names';

/** A migration class as TypeORM takes it in a DataSource's `migrations`. */
export type ConflictMigrationClass = new () => MigrationInterface;

export interface ConflictMigrationsOptions {
  /** Prepended to the table and index names, as given to the store. Default: none. */
  tablePrefix?: string;
}

/** 2026-01-01T00:00:00Z: TypeORM orders migrations by the 13-digit timestamp that ends a migration's name. */
const CREATE_TABLE_TIMESTAMP = 1767225600000;

/**
 * The migrations that create (and later change) the conflict table, oldest first, for a
 * DataSource of your own: add them to its `migrations` and run `dataSource.runMigrations()`.
 * Each migration's name carries the table name, so stores with different prefixes can share one
 * migrations table. The same classes run on PostgreSQL, MySQL/MariaDB and SQLite.
 */
export function createConflictMigrations(options: ConflictMigrationsOptions = {}): ConflictMigrationClass[] {
  const names = tableNames(parseTablePrefix(options.tablePrefix, 'options.tablePrefix'));
  class CreateConflictTable implements MigrationInterface {
    name = `CasualMemoryCreate_${names.table}_${CREATE_TABLE_TIMESTAMP}`;

    async up(queryRunner: QueryRunner): Promise<void> {
      const family = sqlFamilyOf(queryRunner.connection.options.type, 'DataSource type');
      for (const statement of await createTableStatements(queryRunner, family, names)) await queryRunner.query(statement);
    }

    async down(queryRunner: QueryRunner): Promise<void> {
      const family = sqlFamilyOf(queryRunner.connection.options.type, 'DataSource type');
      await queryRunner.query(`DROP TABLE ${quoteName(family, names.table)}`);
    }
  }
  return [
    CreateConflictTable,
    addResolutionAppliedAtMigration(names),
    keepMetadataTextMigration(names),
    addUserLockFencesMigration(names),
    addListIndexMigration(names),
  ];
}

/** A binary collation without trailing-space padding: MariaDB and MySQL 8 name it differently. */
export async function binaryCollation(queryRunner: QueryRunner): Promise<string> {
  const [row] = (await queryRunner.query('SELECT VERSION() AS version')) as { version: string }[];
  return /mariadb/i.test(row?.version ?? '') ? 'utf8mb4_nopad_bin' : 'utf8mb4_0900_bin';
}

export function quoteName(family: SqlFamily, name: string): string {
  return family === 'mysql' ? `\`${name}\`` : `"${name}"`;
}

/** The DDL of the first migration, on the database `queryRunner` is connected to. */
async function createTableStatements(queryRunner: QueryRunner, family: SqlFamily, names: TableNames): Promise<string[]> {
  const q = (name: string) => quoteName(family, name);
  const table = q(names.table);
  const columns = CONFLICT_COLUMNS.filter((column) => !LATER_COLUMNS.has(column.name)).map((column) => {
    // PostgreSQL compares and sorts ids byte by byte ("C"), whatever the database's locale.
    const collate = family === 'postgres' && (column.kind === 'id' || column.name === 'user_id') ? ' COLLATE "C"' : '';
    return `${q(column.name)} ${columnSqlType(column.kind, family)}${collate} ${column.nullable ? 'NULL' : 'NOT NULL'}`;
  });
  const pendingWhere = `WHERE ${q('status')} IN ('pending', 'escalated')`;
  if (family === 'mysql') {
    // A binary collation without trailing-space padding: ids and user ids match exactly (case,
    // accents, trailing spaces). MariaDB and MySQL 8 name it differently.
    const collation = await binaryCollation(queryRunner);
    return [
      `CREATE TABLE ${table} (${[
        ...columns,
        `PRIMARY KEY (${q('user_id')}, ${q('id')})`,
        `KEY ${q(names.userIdIndex)} (${q('user_id')})`,
        `KEY ${q(names.statusIndex)} (${q('status')})`,
        `KEY ${q(names.userStatusIndex)} (${q('user_id')}, ${q('status')})`,
        // No partial indexes here: the status comes second, and each status's rows are in pending order.
        `KEY ${q(names.pendingIndex)} (${q('user_id')}, ${q('status')}, ${q('avg_importance')} DESC, ${q('created_at')}, ${q('id')})`,
      ].join(', ')}) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=${collation}`,
    ];
  }
  return [
    `CREATE TABLE ${table} (${[...columns, `CONSTRAINT ${q(`${names.table}_pkey`)} PRIMARY KEY (${q('user_id')}, ${q('id')})`].join(', ')})`,
    `CREATE INDEX ${q(names.userIdIndex)} ON ${table} (${q('user_id')})`,
    `CREATE INDEX ${q(names.statusIndex)} ON ${table} (${q('status')})`,
    `CREATE INDEX ${q(names.userStatusIndex)} ON ${table} (${q('user_id')}, ${q('status')})`,
    // Only open conflicts, already in getPendingConflicts order: the query reads the first rows and stops.
    `CREATE INDEX ${q(names.pendingIndex)} ON ${table} (${q('user_id')}, ${q('avg_importance')} DESC, ${q('created_at')}, ${q('id')}) ${pendingWhere}`,
  ];
}
