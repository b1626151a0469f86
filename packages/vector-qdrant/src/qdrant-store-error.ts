import { CasualMemoryError, StoreUnavailableError, ValidationError } from '@casual-memory/core';
import { thrownMessage } from '@casual-memory/core/backend';

/** An HTTP error response as the client reports it (its `ApiError`): read by shape, so any copy of the client works. */
interface HttpErrorLike {
  status: number;
  data?: unknown;
}

function httpStatusOf(thrown: unknown): number | undefined {
  if (typeof thrown !== 'object' || thrown === null) return undefined;
  try {
    const status = (thrown as Partial<HttpErrorLike>).status;
    return typeof status === 'number' && Number.isInteger(status) ? status : undefined;
  } catch {
    return undefined;
  }
}

/** Qdrant's own explanation from an error body (`{ status: { error } }`), else the thrown error's message. */
function qdrantMessage(thrown: unknown): string {
  try {
    const data = (thrown as HttpErrorLike).data as { status?: { error?: unknown } } | undefined;
    const error = data?.status?.error;
    if (typeof error === 'string' && error.length > 0) return error.length > 500 ? `${error.slice(0, 500)}...` : error;
  } catch {
    // Fall back to the message.
  }
  return thrownMessage(thrown);
}

/**
 * Maps what the Qdrant client throws to our typed errors, keeping it as `cause`:
 * - our own errors pass through;
 * - a 4xx caused by the request (400 bad request, 409, 413 too large, 422, ...) is a `ValidationError`:
 *   Qdrant refused what we sent, so nothing was written;
 * - 401/403 (API key), 404 (the collection is gone), 408 and 429 (timeout, rate limit), every 5xx,
 *   timeouts, refused or dropped connections and anything else are a retryable `StoreUnavailableError`.
 */
export function toQdrantStoreError(thrown: unknown, store: string, operation: string): CasualMemoryError {
  if (CasualMemoryError.isInstance(thrown)) return thrown;
  const status = httpStatusOf(thrown);
  const what = `${store}.${operation}`;
  if (status !== undefined && status >= 400 && status < 500 && ![401, 403, 404, 408, 429].includes(status)) {
    return new ValidationError({
      path: operation,
      message: `${what}: Qdrant refused the request (${status}): ${qdrantMessage(thrown)}`,
      cause: thrown,
    });
  }
  const reason = isTimeout(thrown)
    ? `Qdrant did not answer in time (the client's timeout): ${causeChain(thrown)}`
    : status === 401 || status === 403
      ? `Qdrant refused the credentials (${status}; check apiKey): ${qdrantMessage(thrown)}`
      : status !== undefined
        ? `Qdrant answered ${status}: ${qdrantMessage(thrown)}`
        : `Qdrant could not be reached: ${causeChain(thrown)}`;
  return new StoreUnavailableError({ message: `${what} failed: ${reason}`, cause: thrown });
}

/** The client's timeout error, or the AbortError of its timer when the client does not recognise it. */
function isTimeout(thrown: unknown): boolean {
  try {
    const name = (thrown as { name?: unknown }).name;
    return name === 'QdrantClientTimeoutError' || name === 'AbortError' || name === 'TimeoutError';
  } catch {
    return false;
  }
}

/** "fetch failed: connect ECONNREFUSED 127.0.0.1:6333": Node's fetch hides the reason in `cause`. */
function causeChain(thrown: unknown): string {
  const parts: string[] = [];
  let current: unknown = thrown;
  for (let depth = 0; depth < 4 && current !== undefined && current !== null; depth++) {
    parts.push(thrownMessage(current));
    try {
      current = (current as { cause?: unknown }).cause;
    } catch {
      break;
    }
  }
  return parts.join(': ');
}
