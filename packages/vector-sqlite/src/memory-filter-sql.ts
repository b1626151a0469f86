import type { ParsedMemoryFilter } from '@casual-memory/core/backend';
import { TABLES } from './sqlite-schema';
import { encodeSqliteText } from './sqlite-text';

/** Above this many tags the condition stays out of SQL (bound parameters are limited) and `matchesFilter` applies it alone. */
const MAX_SQL_TAGS = 500;

/** A WHERE fragment on `m` (the memories table) and its parameters, in order. */
export interface SqlCondition {
  sql: string;
  params: unknown[];
}

/**
 * `matchesFilter` as SQL on the indexed columns: not archived unless `includeArchived`, not expired
 * at `validAt ?? now` unless `includeExpired`, any of `types`, any of `tags`, importance at least
 * `minImportance`. The store checks `matchesFilter` on each row read as well.
 */
export function memoryFilterSql(filter: ParsedMemoryFilter, now: Date): SqlCondition {
  const parts: string[] = [];
  const params: unknown[] = [];
  if (filter.includeArchived !== true) parts.push('m.archived = 0');
  if (filter.includeExpired !== true) {
    parts.push('(m.valid_until IS NULL OR m.valid_until >= ?)');
    params.push((filter.validAt ?? now).getTime());
  }
  if (filter.types !== undefined) {
    parts.push(`m.type IN (${placeholders(filter.types.length)})`);
    params.push(...filter.types);
  }
  if (filter.tags !== undefined) {
    const tags = [...new Set(filter.tags)];
    if (tags.length <= MAX_SQL_TAGS) {
      parts.push(`EXISTS (SELECT 1 FROM ${TABLES.tags} t WHERE t.row_key = m.row_key AND t.tag IN (${placeholders(tags.length)}))`);
      params.push(...tags.map(encodeSqliteText));
    }
  }
  if (filter.minImportance !== undefined) {
    parts.push('m.importance >= ?');
    params.push(filter.minImportance);
  }
  return { sql: parts.length === 0 ? '1' : parts.join(' AND '), params };
}

function placeholders(count: number): string {
  return Array.from({ length: count }, () => '?').join(', ');
}
