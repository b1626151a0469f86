import type { ProviderErrorCode } from '@casual-memory/core';
import { thrownMessage } from '@casual-memory/core/backend';
import { APIConnectionError, APIConnectionTimeoutError } from 'openai';
import { redactSecrets } from './redact-secrets';
import { serverRetryDelay } from './retry-policy';

/** One failed attempt, as the retry loop sees it. */
export interface AttemptFailure {
  code: ProviderErrorCode;
  /** Whether another attempt may succeed: 429, 5xx, a timeout, a connection failure. */
  transient: boolean;
  /** The HTTP status, when the server answered. */
  status?: number;
  /** What happened, for the message, with secrets taken out. */
  detail: string;
  /** How long the server asked us to wait (`Retry-After`), if it did. */
  serverDelayMs?: number;
}

/** A server's error text is quoted only this far. */
const MAX_DETAIL_LENGTH = 300;

/**
 * Sorts what the SDK threw. Classes are recognised by name as well as by `instanceof`, so a client
 * from another copy of the SDK is understood too. Only 429 among the 4xx is worth another attempt.
 */
export function classifyFailure(
  thrown: unknown,
  secrets: readonly string[],
  timeoutMs: number | undefined,
  elapsedMs: number,
): AttemptFailure {
  const connectionFailed = thrown instanceof APIConnectionError || className(thrown) === 'APIConnectionError';
  // A connection error that came when the time was up is the timeout: where the abort's error is not
  // recognised (a DOMException from another realm), the SDK reports a timeout as a connection error.
  const timedOut = timeoutMs !== undefined && elapsedMs >= timeoutMs;
  if (thrown instanceof APIConnectionTimeoutError || className(thrown) === 'APIConnectionTimeoutError' || (connectionFailed && timedOut)) {
    return {
      code: 'PROVIDER_UNAVAILABLE',
      transient: true,
      detail: timeoutMs === undefined ? 'timed out' : `no answer within ${timeoutMs} ms`,
    };
  }
  if (connectionFailed) {
    const reason = (thrown as { cause?: unknown }).cause;
    const why = reason === undefined ? thrownMessage(thrown) : thrownMessage(reason);
    return { code: 'PROVIDER_UNAVAILABLE', transient: true, detail: `could not connect: ${bounded(why, secrets)}` };
  }
  const status = (thrown as { status?: unknown } | null)?.status;
  if (typeof status === 'number') {
    const detail = `${status}: ${bounded(serverText(thrown), secrets)}`;
    if (status === 401 || status === 403) return { code: 'PROVIDER_AUTH', transient: false, status, detail };
    if (status === 404) return { code: 'PROVIDER_NOT_FOUND', transient: false, status, detail };
    // A 429 for an exhausted quota (OpenAI's `insufficient_quota`) will not clear in seconds: fail at once.
    if (status === 429 && (thrown as { code?: unknown }).code === 'insufficient_quota') {
      return { code: 'PROVIDER_UNAVAILABLE', transient: false, status, detail };
    }
    if (status === 429 || status >= 500) {
      const serverDelayMs = serverRetryDelay((thrown as { headers?: unknown }).headers);
      return { code: 'PROVIDER_UNAVAILABLE', transient: true, status, detail, ...(serverDelayMs === undefined ? {} : { serverDelayMs }) };
    }
    return { code: 'PROVIDER_BAD_RESPONSE', transient: false, status, detail };
  }
  if (thrown instanceof SyntaxError || className(thrown) === 'SyntaxError') {
    return { code: 'PROVIDER_BAD_RESPONSE', transient: false, detail: `malformed JSON (${bounded(thrownMessage(thrown), secrets)})` };
  }
  return { code: 'PROVIDER_UNAVAILABLE', transient: false, detail: bounded(thrownMessage(thrown), secrets) };
}

/** The server's own error message (`{ error: { message } }`) when it sent one, else the SDK's. */
function serverText(thrown: unknown): string {
  const body = (thrown as { error?: { message?: unknown } }).error;
  if (typeof body?.message === 'string' && body.message !== '') return body.message;
  return thrownMessage(thrown).replace(/^\d{3}\s*/, '') || 'no message';
}

function bounded(text: string, secrets: readonly string[]): string {
  const safe = redactSecrets(text, secrets);
  return safe.length > MAX_DETAIL_LENGTH ? `${safe.slice(0, MAX_DETAIL_LENGTH)}…` : safe;
}

function className(thrown: unknown): string | undefined {
  try {
    const name = (thrown as { constructor?: { name?: unknown } } | null)?.constructor?.name;
    return typeof name === 'string' ? name : undefined;
  } catch {
    return undefined;
  }
}
