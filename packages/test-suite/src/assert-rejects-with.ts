import assert from 'node:assert/strict';
import { CasualMemoryError, type CasualMemoryErrorCode } from '@casual-memory/core';

/**
 * Asserts that `action` rejects with a casual-memory error of `code` and returns the error for
 * further checks. The error must be one of core's typed errors (`CasualMemoryError.isInstance`,
 * which works across duplicated installs of core), never a raw `TypeError`, `RangeError` or driver
 * error, and must say whether to retry: only `STORE_UNAVAILABLE` is retryable.
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
  assert.equal(caught.retryable, code === 'STORE_UNAVAILABLE', `${what}: ${code} must have retryable ${code === 'STORE_UNAVAILABLE'}`);
  return caught;
}
