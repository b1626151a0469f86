import { ValidationError } from '@casual-memory/core';

/** Letters, digits and `_`, starting with a letter or `_`: safe unquoted and within every database's identifier limit. */
const TABLE_PREFIX = /^(?:[A-Za-z_][A-Za-z0-9_]{0,31})?$/;

/** The names of the conflict table and its indexes for one table prefix. */
export interface TableNames {
  readonly prefix: string;
  readonly table: string;
  readonly userIdIndex: string;
  readonly statusIndex: string;
  readonly userStatusIndex: string;
  /** The index that serves `getPendingConflicts` in its own order. */
  readonly pendingIndex: string;
  /** The index that serves `listConflicts` in its own order: `(user_id, created_at, id)`. */
  readonly listIndex: string;
  /** Where the DataSource that `create()` builds records its migrations. */
  readonly migrationsTable: string;
  /** `TypeORMUserLock`'s fence counter per user. */
  readonly lockFencesTable: string;
}

/** Checks a table prefix; a `ValidationError` naming `path` when it could not be used as it is in SQL. */
export function parseTablePrefix(prefix: unknown, path = 'tablePrefix'): string {
  if (prefix === undefined) return '';
  if (typeof prefix !== 'string' || !TABLE_PREFIX.test(prefix)) {
    throw new ValidationError({
      path,
      message: `${path} must be up to 32 letters, digits or underscores, not starting with a digit (got ${typeof prefix === 'string' ? JSON.stringify(prefix.slice(0, 40)) : typeof prefix})`,
    });
  }
  return prefix;
}

export function tableNames(prefix: string): TableNames {
  const table = `${prefix}conflicts`;
  return {
    prefix,
    table,
    userIdIndex: `${table}_user_id_idx`,
    statusIndex: `${table}_status_idx`,
    userStatusIndex: `${table}_user_status_idx`,
    pendingIndex: `${table}_pending_idx`,
    listIndex: `${table}_list_idx`,
    migrationsTable: `${table}_migrations`,
    lockFencesTable: `${prefix}user_lock_fences`,
  };
}
