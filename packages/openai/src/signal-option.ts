import { z } from '@casual-memory/core/backend';

/** Duck-typed, so a signal from another realm or a polyfill is accepted too. */
function isAbortSignal(value: unknown): value is AbortSignal {
  if (typeof value !== 'object' || value === null) return false;
  const signal = value as { aborted?: unknown; addEventListener?: unknown; removeEventListener?: unknown };
  return (
    typeof signal.aborted === 'boolean' && typeof signal.addEventListener === 'function' && typeof signal.removeEventListener === 'function'
  );
}

/** The `signal` call option every provider method takes. */
export const SignalOptionSchema = z.custom<AbortSignal>(isAbortSignal, 'must be an AbortSignal').optional();
