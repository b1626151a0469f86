/** The three SQL families the store speaks; TypeORM's `mysql` and `mariadb` share one, as do `sqlite` and `better-sqlite3`. */
export type SqlFamily = 'postgres' | 'mysql' | 'sqlite';

/** What a column holds; the SQL type follows from it per family (`columnSqlType`). */
export type ColumnKind = 'id' | 'name' | 'enum' | 'text' | 'double' | 'boolean' | 'integer' | 'timestamp' | 'json';

/** One column of the conflict table. */
export interface ConflictColumn {
  /** The SQL column name. */
  readonly name: string;
  /** The `MemoryConflict` field it holds. */
  readonly field: string;
  readonly kind: ColumnKind;
  readonly nullable: boolean;
}

/** Ids the store generates are UUIDs (36 characters); callers may choose their own, up to 64. */
export const ID_LENGTH = 64;
/** User ids, memory ids, `resolvedBy` and `category`, in characters. */
export const NAME_LENGTH = 255;
/** `status`, `resolution_type`, `resolution_decision`: short enum values. */
export const ENUM_LENGTH = 16;
/** SQLite keeps timestamps as ISO-8601 UTC text with milliseconds, years 1000 to 9999: always 24 characters, so text order is time order. */
export const SQLITE_TIMESTAMP_LENGTH = 24;

const column = (name: string, field: string, kind: ColumnKind, nullable = false): ConflictColumn => ({ name, field, kind, nullable });

/** Every column, in table order; the primary key is `(user_id, id)`: ids are unique within a user. */
export const CONFLICT_COLUMNS: readonly ConflictColumn[] = [
  column('user_id', 'userId', 'name'),
  column('id', 'id', 'id'),
  column('memory_a_id', 'memoryAId', 'name'),
  column('memory_b_id', 'memoryBId', 'name'),
  column('category', 'category', 'name'),
  column('is_singleton_category', 'isSingletonCategory', 'boolean'),
  column('similarity_score', 'similarityScore', 'double'),
  column('avg_importance', 'avgImportance', 'double'),
  column('clarification_hint', 'clarificationHint', 'text'),
  column('status', 'status', 'enum'),
  column('resolution_attempts', 'resolutionAttempts', 'integer'),
  column('created_at', 'createdAt', 'timestamp'),
  column('resolved_at', 'resolvedAt', 'timestamp', true),
  column('resolution_type', 'resolutionType', 'enum', true),
  column('resolution_decision', 'resolutionDecision', 'enum', true),
  column('resolved_by', 'resolvedBy', 'name', true),
  column('resolution_notes', 'resolutionNotes', 'text', true),
  column('merged_text', 'mergedText', 'text', true),
  column('winning_memory_id', 'winningMemoryId', 'name', true),
  column('metadata', 'metadata', 'json'),
  // Added by the second migration (`addResolutionAppliedAtMigration`), so it comes last.
  column('resolution_applied_at', 'resolutionAppliedAt', 'timestamp', true),
];

/** Columns added by later migrations: the first migration's CREATE TABLE leaves them out. */
export const LATER_COLUMNS: ReadonlySet<string> = new Set(['resolution_applied_at']);

/** The varchar length of a kind, if it is one. */
export function columnLength(kind: ColumnKind, family: SqlFamily): number | undefined {
  if (kind === 'id') return ID_LENGTH;
  if (kind === 'name') return NAME_LENGTH;
  if (kind === 'enum') return ENUM_LENGTH;
  if (kind === 'timestamp' && family === 'sqlite') return SQLITE_TIMESTAMP_LENGTH;
  return undefined;
}

/** The TypeORM column type of a kind (no length or precision). */
export function columnTypeName(kind: ColumnKind, family: SqlFamily): string {
  switch (kind) {
    case 'id':
    case 'name':
    case 'enum':
      return 'varchar';
    case 'text':
      return family === 'mysql' ? 'longtext' : 'text';
    case 'double':
      return family === 'mysql' ? 'double' : 'double precision';
    case 'boolean':
      // On MySQL/MariaDB TypeORM's boolean is tinyint(1), as the migration writes it.
      return 'boolean';
    case 'integer':
      return family === 'mysql' ? 'int' : 'integer';
    case 'timestamp':
      return family === 'postgres' ? 'timestamptz' : family === 'mysql' ? 'datetime' : 'varchar';
    case 'json':
      // MySQL/MariaDB: longtext. MariaDB's JSON type is longtext with a json_valid CHECK, and that
      // check refuses nesting deeper than 32 levels, where core allows 64.
      // PostgreSQL: json, not jsonb, which would reorder the caller's keys.
      return family === 'postgres' ? 'json' : family === 'mysql' ? 'longtext' : 'text';
  }
}

/** Fractional-second digits of a timestamp column (milliseconds), where the type has them. */
export function columnPrecision(kind: ColumnKind, family: SqlFamily): number | undefined {
  return kind === 'timestamp' && family !== 'sqlite' ? 3 : undefined;
}

/** The SQL type as written in the migration's CREATE TABLE. */
export function columnSqlType(kind: ColumnKind, family: SqlFamily): string {
  const name = columnTypeName(kind, family);
  const length = columnLength(kind, family);
  const precision = columnPrecision(kind, family);
  if (length !== undefined) return `${name}(${length})`;
  if (precision !== undefined) return family === 'postgres' ? `timestamp(${precision}) with time zone` : `${name}(${precision})`;
  if (kind === 'boolean' && family === 'mysql') return 'tinyint(1)';
  return name;
}
