import assert from 'node:assert/strict';
import type { CasualMemoryErrorCode } from '@casual-memory/core';

/**
 * Asserts that `action` rejects with a casual-memory error of `code` (checked by its code, so the
 * check works across duplicated installs of core) and returns the error for further checks.
 */
export async function assertRejectsWith(
  action: () => Promise<unknown>,
  code: CasualMemoryErrorCode,
  what: string,
): Promise<Error & { code: string }> {
  let caught: unknown;
  try {
    await action();
  } catch (error) {
    caught = error;
  }
  assert.ok(caught !== undefined, `${what}: expected a ${code} error, but the call succeeded`);
  assert.ok(caught instanceof Error, `${what}: expected an Error, got ${String(caught)}`);
  const actual = (caught as { code?: unknown }).code;
  assert.equal(actual, code, `${what}: expected error code ${code}, got ${String(actual)} (${caught.message})`);
  assert.ok(caught.message.length > 0, `${what}: the error has no message`);
  return caught as Error & { code: string };
}
