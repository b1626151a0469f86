import type { UserLock } from '@casual-memory/core';
import type { SuiteHarness } from '../suite-harness';

/** What the user-lock tests receive; `sharedBackend` says whether two factory locks guard the same users. */
export interface UserLockHarness extends SuiteHarness<UserLock, undefined> {
  sharedBackend: boolean;
}

/** Long enough for any backend under load; the tests that expect a wait to end early pass their own. */
export const GENEROUS_WAIT_MS = 20_000;

/** Resolves after `ms`. */
export function pause(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

/**
 * Runs `holders` acquirers of `userId`'s lock in parallel, spread over `locks`; each holds it across
 * a few event-loop turns while counting how many hold it at once. Returns the highest count seen
 * (1 when the lock excludes) and the fences granted, in grant order.
 */
export async function contend(
  locks: readonly UserLock[],
  userId: string,
  holders: number,
): Promise<{ most: number; fences: (number | undefined)[] }> {
  let current = 0;
  let most = 0;
  const fences: (number | undefined)[] = [];
  await Promise.all(
    Array.from({ length: holders }, async (_, i) => {
      const lock = locks[i % locks.length] as UserLock;
      const lease = await lock.acquire(userId, { waitMs: GENEROUS_WAIT_MS });
      current += 1;
      most = Math.max(most, current);
      fences.push(lease.fence);
      await pause(1);
      await new Promise((resolve) => setImmediate(resolve));
      current -= 1;
      await lease.release();
    }),
  );
  return { most, fences };
}
