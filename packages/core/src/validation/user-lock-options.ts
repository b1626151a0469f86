import { z } from 'zod';
import { DEFAULT_LOCK_LEASE_MS, DEFAULT_LOCK_WAIT_MS } from '../defaults';

/** The longest delay a timer can hold (2^31 - 1 ms, about 24.8 days); longer would fire at once. */
export const MAX_LOCK_MS = 2_147_483_647;

/** Options of `UserLock.acquire`. */
export const UserLockOptionsSchema = z.strictObject({
  /** How long the grant lasts, in ms, if it is not released first (1 or more; default 30 s). */
  leaseMs: z.number().int().min(1).max(MAX_LOCK_MS).default(DEFAULT_LOCK_LEASE_MS),
  /** How long to wait for the lock, in ms (0 tries once; default 30 s). */
  waitMs: z.number().int().min(0).max(MAX_LOCK_MS).default(DEFAULT_LOCK_WAIT_MS),
  /** Cancels the wait: the acquire rejects with `LockTimeoutError` (cause: the signal's reason). */
  signal: z.custom<AbortSignal>(isAbortSignal, { message: 'must be an AbortSignal' }).optional(),
});

export type ParsedUserLockOptions = z.output<typeof UserLockOptionsSchema>;

// By shape, not `instanceof`: a signal from another realm (a test runner's VM context) is still one.
function isAbortSignal(value: unknown): value is AbortSignal {
  return (
    typeof value === 'object' &&
    value !== null &&
    typeof (value as AbortSignal).aborted === 'boolean' &&
    typeof (value as AbortSignal).addEventListener === 'function' &&
    typeof (value as AbortSignal).removeEventListener === 'function'
  );
}
