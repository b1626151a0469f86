import { ValidationError } from '@casual-memory/core';

/** Throws a `ValidationError` unless `database` is an open better-sqlite3 `Database` (checked by shape). */
export function assertDatabase(database: unknown, owner: string): void {
  const candidate = database as Partial<Record<'prepare' | 'exec' | 'transaction' | 'loadExtension', unknown>> | null;
  if (
    typeof candidate !== 'object' ||
    candidate === null ||
    typeof candidate.prepare !== 'function' ||
    typeof candidate.exec !== 'function' ||
    typeof candidate.transaction !== 'function' ||
    typeof candidate.loadExtension !== 'function'
  ) {
    throw new ValidationError({ path: 'database', message: `${owner} needs a better-sqlite3 Database as its first argument` });
  }
  if ((candidate as { open?: unknown }).open === false) {
    throw new ValidationError({ path: 'database', message: `${owner} needs an open database; this one was closed` });
  }
}
