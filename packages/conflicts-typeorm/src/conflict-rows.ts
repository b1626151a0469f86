import { CorruptDataError, type MemoryConflict, ValidationError } from '@casual-memory/core';
import { memoryConflictFromJson, type ParsedConflictResolution } from '@casual-memory/core/backend';
import { CONFLICT_COLUMNS, columnLength, NAME_LENGTH } from './conflict-columns';
import { type SqlDialect, timestampToIso } from './sql-dialect';

/** The select list of a whole conflict, each column under its own name; timestamps and JSON as text. */
export function selectColumns(dialect: SqlDialect): string {
  return CONFLICT_COLUMNS.map(({ name, kind }) => {
    if (kind === 'timestamp') return `${dialect.dateSelect(name)} AS ${dialect.quote(name)}`;
    if (kind === 'json') return `${dialect.jsonSelect(name)} AS ${dialect.quote(name)}`;
    return dialect.quote(name);
  }).join(', ');
}

/** The conflict's values in `CONFLICT_COLUMNS` order, as parameters of an INSERT. */
export function conflictParams(conflict: MemoryConflict, dialect: SqlDialect): unknown[] {
  const record = conflict as unknown as Record<string, unknown>;
  return CONFLICT_COLUMNS.map(({ field, kind }) => {
    const value = record[field];
    if (value === undefined) return null;
    if (kind === 'timestamp') return dialect.dateParam(value as Date);
    if (kind === 'json') return JSON.stringify(value);
    if (kind === 'boolean') return dialect.booleanParam(value as boolean);
    return value;
  });
}

/** Reads a row back through core's `memoryConflictFromJson`: a row that is not a valid conflict is a `CorruptDataError`. */
export function rowToConflict(row: Record<string, unknown>): MemoryConflict {
  const record = `conflict ${JSON.stringify(row['id'])} of user ${JSON.stringify(row['user_id'])}`;
  const json: Record<string, unknown> = {};
  for (const { name, field, kind } of CONFLICT_COLUMNS) {
    const value = row[name];
    if (value === null || value === undefined) continue;
    if (kind === 'timestamp') json[field] = timestampToIso(value);
    else if (kind === 'json') json[field] = typeof value === 'string' ? parseStoredJson(value, record) : value;
    else if (kind === 'boolean') json[field] = value === true || value === 1 || value === '1';
    else if ((kind === 'double' || kind === 'integer') && typeof value === 'string') json[field] = Number(value);
    else json[field] = value;
  }
  return memoryConflictFromJson(json, record);
}

function parseStoredJson(text: string, record: string): unknown {
  try {
    return JSON.parse(text);
  } catch (error) {
    throw new CorruptDataError({ record, issues: [{ path: 'metadata', message: 'is not valid JSON' }], cause: error });
  }
}

/**
 * Rejects, before anything is written, what the tables cannot keep exactly: a string the database
 * would change (see `SqlDialect.storable`), anywhere in the conflict or its metadata; an id or name
 * longer than its column; a date outside years 1000 to 9999.
 */
export function assertStorable(conflict: MemoryConflict, dialect: SqlDialect): void {
  const record = conflict as unknown as Record<string, unknown>;
  for (const { field, kind } of CONFLICT_COLUMNS) {
    const value = record[field];
    const path = `conflict.${field}`;
    if (typeof value === 'string') {
      assertStorableString(value, path, dialect);
      const length = columnLength(kind, dialect.family);
      if (length !== undefined && value.length > length && [...value].length > length) {
        throw new ValidationError({ path, message: `${path} must be at most ${length} characters in this store` });
      }
    } else if (value instanceof Date && !timestampInRange(value)) {
      throw new ValidationError({ path, message: `${path} must be between the years 1000 and 9999 in this store` });
    }
  }
  assertStorableJson(conflict.metadata, 'conflict.metadata', dialect);
}

/** Years 1000 to 9999: MySQL's DATETIME range, and where SQLite's ISO text keeps its fixed width. */
export function timestampInRange(date: Date): boolean {
  const time = date.getTime();
  return time >= Date.UTC(1000, 0, 1) && time < Date.UTC(10000, 0, 1);
}

/** The same for the texts a resolution writes. */
export function assertStorableResolution(resolution: ParsedConflictResolution, dialect: SqlDialect): void {
  const texts = { resolvedBy: resolution.resolvedBy, notes: resolution.notes, confirmingMemoryText: resolution.confirmingMemoryText };
  for (const [field, text] of Object.entries(texts)) {
    if (text !== undefined) assertStorableString(text, `resolution.${field}`, dialect);
  }
  if (resolution.resolvedBy.length > NAME_LENGTH && [...resolution.resolvedBy].length > NAME_LENGTH) {
    throw new ValidationError({
      path: 'resolution.resolvedBy',
      message: `resolution.resolvedBy must be at most ${NAME_LENGTH} characters in this store`,
    });
  }
}

function assertStorableString(text: string, path: string, dialect: SqlDialect): void {
  if (dialect.storable(text)) return;
  throw new ValidationError({
    path,
    message: `${path} contains a lone UTF-16 surrogate${dialect.family === 'postgres' ? ' or a NUL character' : ''}, which this database cannot store exactly`,
  });
}

function assertStorableJson(value: unknown, path: string, dialect: SqlDialect): void {
  if (typeof value === 'string') {
    assertStorableString(value, path, dialect);
  } else if (Array.isArray(value)) {
    value.forEach((item, index) => {
      assertStorableJson(item, `${path}[${index}]`, dialect);
    });
  } else if (typeof value === 'object' && value !== null) {
    for (const [key, item] of Object.entries(value)) {
      const keyPath = `${path}.${key.length > 40 ? `${key.slice(0, 40)}...` : key}`;
      assertStorableString(key, keyPath, dialect);
      assertStorableJson(item, keyPath, dialect);
    }
  }
}
