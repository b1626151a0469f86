import type { CasualMemoryErrorCode } from '@casual-memory/core';
import { assertRejectsWith } from './assert-rejects-with';

/**
 * For input a store may either take or refuse (a string its storage cannot hold, say): runs
 * `action` and returns `{ ok: true, value }` when it succeeds, `{ ok: false }` when it rejects with a
 * casual-memory error of `code` (checked as `assertRejectsWith` does), and fails on anything else.
 */
export async function succeedsOrRejectsWith<T>(
  action: () => Promise<T>,
  code: CasualMemoryErrorCode,
  what: string,
): Promise<{ ok: true; value: T } | { ok: false }> {
  let value: T;
  try {
    value = await action();
  } catch (error) {
    await assertRejectsWith(() => Promise.reject(error), code, what);
    return { ok: false };
  }
  return { ok: true, value };
}
