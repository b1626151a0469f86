import assert from 'node:assert/strict';
import { succeedsOrRejectsWith } from './succeeds-or-rejects-with';

/**
 * Runs `action`, which writes strings some storage cannot hold (see `AWKWARD_STRINGS`). With
 * `exactStrings` it must succeed; without, it may also reject with `VALIDATION_ERROR` (and nothing
 * else). The caller then checks that whatever was stored reads back exactly.
 */
export async function takeAwkwardStrings<T>(
  exactStrings: boolean,
  action: () => Promise<T>,
  what: string,
): Promise<{ ok: true; value: T } | { ok: false }> {
  if (!exactStrings) return succeedsOrRejectsWith(action, 'VALIDATION_ERROR', what);
  try {
    return { ok: true, value: await action() };
  } catch (error) {
    assert.fail(
      `${what}: the store must keep this string exactly (pass exactStrings: false if its storage cannot), but it threw ${error instanceof Error ? `${error.name}: ${error.message}` : String(error)}`,
    );
  }
}
