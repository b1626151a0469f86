import { CasualMemoryError } from '../errors/casual-memory-error';
import { describeValue } from '../errors/describe-value';
import { StoreUnavailableError } from '../errors/store-unavailable-error';
import { ValidationError } from '../errors/validation-error';

/** The message of anything thrown, without calling into it beyond reading `message`. */
export function thrownMessage(thrown: unknown): string {
  try {
    if (
      thrown instanceof Error ||
      (typeof thrown === 'object' && thrown !== null && typeof (thrown as { message?: unknown }).message === 'string')
    ) {
      return (thrown as { message: string }).message;
    }
  } catch {
    // A getter that throws: fall through to the generic description.
  }
  return describeValue(thrown);
}

/**
 * What a store throws for `thrown` from its backend: our own errors as they are, anything else (a
 * driver's error) as a retryable `StoreUnavailableError` that keeps it as `cause`.
 */
export function toStoreError(thrown: unknown, store: string, operation: string): CasualMemoryError {
  if (CasualMemoryError.isInstance(thrown)) return thrown;
  return new StoreUnavailableError({ message: `${store}.${operation} failed: ${thrownMessage(thrown)}`, cause: thrown });
}

/**
 * What a store throws for `thrown` while reading the caller's input (say, a getter or a Proxy that
 * throws): our own errors as they are, anything else as a `ValidationError` with `cause`.
 */
export function toInputError(thrown: unknown, store: string, operation: string): CasualMemoryError {
  if (CasualMemoryError.isInstance(thrown)) return thrown;
  return new ValidationError({
    path: 'arguments',
    message: `${store}.${operation} could not read its arguments: ${thrownMessage(thrown)}`,
    cause: thrown,
  });
}
