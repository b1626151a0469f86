import assert from 'node:assert/strict';
import { CasualMemoryError, type CasualMemoryErrorCode } from '@casual-memory/core';

/** The codes of transient failures, the only ones a retry may fix. */
const RETRYABLE_CODES: ReadonlySet<CasualMemoryErrorCode> = new Set(['STORE_UNAVAILABLE', 'PROVIDER_UNAVAILABLE', 'LOCK_TIMEOUT']);

/**
 * Asserts that `action` rejects with a casual-memory error of `code` and returns the error for
 * further checks. The error must be one of core's typed errors (`CasualMemoryError.isInstance`,
 * which works across duplicated installs of core), never a raw `TypeError`, `RangeError` or driver
 * error, and must say whether to retry: only `STORE_UNAVAILABLE`, `PROVIDER_UNAVAILABLE` and `LOCK_TIMEOUT` are retryable.
 */
export async function assertRejectsWith(
  action: () => Promise<unknown>,
  code: CasualMemoryErrorCode,
  what: string,
): Promise<CasualMemoryError> {
  let caught: unknown;
  let threw = false;
  try {
    await action();
  } catch (error) {
    caught = error;
    threw = true;
  }
  assert.ok(threw, `${what}: expected a ${code} error, but the call succeeded`);
  assert.ok(
    CasualMemoryError.isInstance(caught),
    `${what}: expected a casual-memory ${code} error, got ${caught instanceof Error ? `${caught.name}: ${caught.message}` : typeof caught}`,
  );
  assert.equal(caught.code, code, `${what}: expected error code ${code}, got ${caught.code} (${caught.message})`);
  assert.ok(caught.message.length > 0, `${what}: the error has no message`);
  const retryable = RETRYABLE_CODES.has(code);
  assert.equal(caught.retryable, retryable, `${what}: ${code} must have retryable ${retryable}`);
  return caught;
}
