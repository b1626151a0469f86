import { EntitySchema, type EntitySchemaColumnOptions } from 'typeorm';
import { CONFLICT_COLUMNS, columnLength, columnPrecision, columnTypeName, type SqlFamily } from './conflict-columns';
import { sqlFamilyOf } from './sql-family';
import { parseTablePrefix, tableNames } from './table-names';

/** A conflict row as TypeORM's repository API sees it (the store itself reads and writes with SQL of its own). */
export interface ConflictRow {
  userId: string;
  id: string;
  memoryAId: string;
  memoryBId: string;
  category: string;
  isSingletonCategory: boolean;
  similarityScore: number;
  avgImportance: number;
  clarificationHint: string;
  status: string;
  resolutionAttempts: number;
  createdAt: Date | string;
  resolvedAt: Date | string | null;
  resolutionType: string | null;
  resolutionDecision: string | null;
  resolvedBy: string | null;
  resolutionNotes: string | null;
  mergedText: string | null;
  winningMemoryId: string | null;
  metadata: unknown;
}

export interface ConflictEntitySchemaOptions {
  /** The DataSource's `type`: `postgres`, `mysql`, `mariadb`, `better-sqlite3` or `sqlite`. */
  type: string;
  /** Prepended to the table and index names, as given to the store. Default: none. */
  tablePrefix?: string;
}

/**
 * The conflict table as a TypeORM `EntitySchema` (no decorators), for a DataSource of your own: add
 * it to `entities` so the DataSource knows the table. It describes exactly what the migrations create;
 * the migrations, not `synchronize`, create and change the table.
 */
export function createConflictEntitySchema(options: ConflictEntitySchemaOptions): EntitySchema<ConflictRow> {
  const family = sqlFamilyOf(options.type, 'options.type');
  const names = tableNames(parseTablePrefix(options.tablePrefix, 'options.tablePrefix'));
  const columns: Record<string, EntitySchemaColumnOptions> = {};
  for (const column of CONFLICT_COLUMNS) {
    columns[column.field] = entityColumn(column.name, column.kind, column.nullable, family);
  }
  const pendingWhere = `"status" IN ('pending', 'escalated')`;
  return new EntitySchema<ConflictRow>({
    name: `CasualMemoryConflict_${names.table}`,
    tableName: names.table,
    columns: columns as never,
    indices: [
      { name: names.userIdIndex, columns: ['userId'] },
      { name: names.statusIndex, columns: ['status'] },
      { name: names.userStatusIndex, columns: ['userId', 'status'] },
      family === 'mysql'
        ? { name: names.pendingIndex, columns: ['userId', 'status', 'avgImportance', 'createdAt', 'id'] }
        : { name: names.pendingIndex, columns: ['userId', 'avgImportance', 'createdAt', 'id'], where: pendingWhere },
      { name: names.listIndex, columns: ['userId', 'createdAt', 'id'] },
    ],
  });
}

function entityColumn(
  name: string,
  kind: Parameters<typeof columnTypeName>[0],
  nullable: boolean,
  family: SqlFamily,
): EntitySchemaColumnOptions {
  const options: EntitySchemaColumnOptions = { name, type: columnTypeName(kind, family) as never, nullable };
  const length = columnLength(kind, family);
  if (length !== undefined) options.length = length;
  // tinyint(1): TypeORM 0.3 compares the display width (its `width` option, gone from 1.x's types).
  if (kind === 'boolean' && family === 'mysql') Object.assign(options, { width: 1 });
  const precision = columnPrecision(kind, family);
  if (precision !== undefined) options.precision = precision;
  if (name === 'user_id' || name === 'id') {
    options.primary = true;
    if (family === 'postgres') options.collation = 'C';
  }
  return options;
}
