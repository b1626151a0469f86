import { CasualMemoryError, ConflictStateError, CorruptDataError, StoreFullError, StoreUnavailableError } from '@casual-memory/core';
import { thrownMessage } from '@casual-memory/core/backend';

/**
 * Classifies what better-sqlite3 throws: a full disk or database as `StoreFullError`, a damaged
 * file as `CorruptDataError`, a constraint as `ConflictStateError`, anything else (a lock held too
 * long, a closed or read-only connection, I/O) as a retryable `StoreUnavailableError`. Each keeps
 * the driver's error as `cause`.
 */
export function toSqliteStoreError(thrown: unknown, store: string, operation: string): CasualMemoryError {
  if (CasualMemoryError.isInstance(thrown)) return thrown;
  const message = `${store}.${operation} failed: ${thrownMessage(thrown)}`;
  const code = sqliteCode(thrown);
  if (code === 'SQLITE_FULL') return new StoreFullError({ message, cause: thrown });
  if (code.startsWith('SQLITE_CORRUPT') || code === 'SQLITE_NOTADB') {
    return new CorruptDataError({
      record: 'database file',
      issues: [{ path: '', message: thrownMessage(thrown) }],
      message,
      cause: thrown,
    });
  }
  if (code.startsWith('SQLITE_CONSTRAINT')) return new ConflictStateError({ message, cause: thrown });
  return new StoreUnavailableError({ message, cause: thrown });
}

function sqliteCode(thrown: unknown): string {
  try {
    const code = typeof thrown === 'object' && thrown !== null ? (thrown as { code?: unknown }).code : undefined;
    return typeof code === 'string' ? code : '';
  } catch {
    return '';
  }
}
