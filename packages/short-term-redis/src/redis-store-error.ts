import { type CasualMemoryError, StoreFullError, StoreUnavailableError } from '@casual-memory/core';
import { thrownMessage, toStoreError } from '@casual-memory/core/backend';
import { isErrorReply, permanentRedisFailure } from './redis-errors';

/**
 * What a Redis-backed class throws for a failure of `operation`: out of memory is `StoreFullError`;
 * a failure no retry can cure (bad credentials, a missing ACL permission or command) a
 * `StoreUnavailableError` with `retryable: false` that says what is wrong; the rest as core's
 * kit types it (our own errors as they are, a driver's as a retryable `StoreUnavailableError`).
 */
export function toRedisStoreError(thrown: unknown, name: string, operation: string): CasualMemoryError {
  if (isErrorReply(thrown, 'OOM')) {
    return new StoreFullError({
      message: `${name}.${operation}: Redis refused the write for lack of memory: ${thrownMessage(thrown)}`,
      cause: thrown,
    });
  }
  const permanent = permanentRedisFailure(thrown);
  if (permanent !== undefined) {
    return new StoreUnavailableError({
      message: `${name}.${operation} failed and a retry will not help: ${permanent} (${thrownMessage(thrown)})`,
      cause: thrown,
      retryable: false,
    });
  }
  return toStoreError(thrown, name, operation);
}
