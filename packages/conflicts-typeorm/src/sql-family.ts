import { ValidationError } from '@casual-memory/core';
import type { SqlFamily } from './conflict-columns';

/** The DataSource types the store runs on, by the SQL they speak. */
const FAMILIES: Readonly<Record<string, SqlFamily>> = {
  postgres: 'postgres',
  mysql: 'mysql',
  mariadb: 'mysql',
  'better-sqlite3': 'sqlite',
  sqlite: 'sqlite',
};

/** The store's TypeORM DataSource types. */
export const SUPPORTED_TYPES = Object.keys(FAMILIES);

/** The SQL family of a TypeORM DataSource type; a `ValidationError` naming `path` for any other database. */
export function sqlFamilyOf(type: unknown, path: string): SqlFamily {
  const family = typeof type === 'string' && Object.hasOwn(FAMILIES, type) ? FAMILIES[type] : undefined;
  if (family === undefined) {
    throw new ValidationError({
      path,
      message: `${path} must be one of ${SUPPORTED_TYPES.join(', ')} (got ${typeof type === 'string' ? JSON.stringify(type.slice(0, 40)) : typeof type})`,
    });
  }
  return family;
}
