import { CasualMemoryError, ProviderError, StoreUnavailableError } from '@casual-memory/core';
import { thrownMessage, z } from '@casual-memory/core/backend';
import type { CallCounts } from '../observability/call-counts';

/** Per-call options every `MemoryService` method takes: a deadline, a cancel signal, or both. */
export interface CallOptions {
  /** Ends the call with a retryable error after this many ms (the service's `timeoutMs` when absent). */
  timeoutMs?: number;
  /** Aborting it ends the call with a retryable error; the signal is passed on to the chat provider. */
  signal?: AbortSignal;
}

const isSignal = (value: unknown): value is AbortSignal =>
  typeof value === 'object' && value !== null && typeof (value as AbortSignal).aborted === 'boolean' && 'addEventListener' in value;

/** Zod fields of `CallOptions`, spread into each method's options schema. */
export const CALL_OPTION_FIELDS = {
  timeoutMs: z.number().int().positive().max(2_147_483_647).optional(),
  signal: z.custom<AbortSignal>(isSignal, { error: 'expected an AbortSignal' }).optional(),
};

/** What a guarded call is: a store's, or a model provider's (they fail with different error classes). */
export type CallKind = 'store' | 'provider';

/** The deadline of one service call, handed to what runs under it. */
export interface Deadline {
  /** `MemoryService.<method>`. */
  readonly operation: string;
  readonly signal: AbortSignal;
  readonly timeoutMs: number | undefined;
  /** True when the timer fired (not the caller's signal). */
  timedOut: boolean;
}

// The deadline travels with the call: the service's per-call store views carry it, and the operation's
// call counters (which every classifier passes on) and its signal lead back to it. No AsyncLocalStorage:
// in Node 20 one would turn on promise hooks for the whole process, slowing every promise of the host.
const deadlineOfSignals = new WeakMap<AbortSignal, Deadline>();
const deadlineOfCounters = new WeakMap<CallCounts, Deadline>();

/** Ties an operation's call counters to its deadline, so the provider calls counted in them race it. */
export function bindDeadline(calls: CallCounts, deadline: Deadline | undefined): CallCounts {
  if (deadline !== undefined) deadlineOfCounters.set(calls, deadline);
  return calls;
}

/** The deadline an operation's counters or signal belong to, if any. */
export function deadlineOf(from: CallCounts | AbortSignal | undefined): Deadline | undefined {
  if (from === undefined) return undefined;
  return from instanceof AbortSignal ? deadlineOfSignals.get(from) : deadlineOfCounters.get(from);
}

/**
 * Runs `task` under a deadline: `timeoutMs` (or `defaultTimeoutMs`) and the caller's `signal`.
 * `task` receives the deadline (`undefined` when there is neither a timeout nor a signal); store and
 * provider calls guarded with it race it, so a hung call ends as a retryable typed error and the
 * call's user lock is released, and a call not yet started when it passed is not started at all.
 */
export async function withDeadline<T>(
  operation: string,
  options: CallOptions,
  defaultTimeoutMs: number | undefined,
  task: (deadline: Deadline | undefined) => Promise<T>,
): Promise<T> {
  const timeoutMs = options.timeoutMs ?? defaultTimeoutMs;
  // No deadline and nothing to cancel by: no timer, controller or context to set up (the common case, on
  // the hot path of every add). Raw errors are still typed on the way out.
  if (timeoutMs === undefined && options.signal === undefined) {
    try {
      return await task(undefined);
    } catch (thrown) {
      throw unexpectedError(operation, thrown);
    }
  }
  const controller = new AbortController();
  const deadline: Deadline = { operation, signal: controller.signal, timeoutMs, timedOut: false };
  deadlineOfSignals.set(controller.signal, deadline);
  const caller = options.signal;
  if (caller?.aborted) throw deadlineError(deadline, 'store', operation);
  const onCallerAbort = () => controller.abort(caller?.reason);
  caller?.addEventListener('abort', onCallerAbort, { once: true });
  const timer =
    timeoutMs === undefined
      ? undefined
      : setTimeout(() => {
          deadline.timedOut = true;
          controller.abort();
        }, timeoutMs);
  try {
    const running = task(deadline);
    return await new Promise<T>((resolve, reject) => {
      // Nothing raw leaves a public call: anything not typed by now is unexpected, and says so.
      running.then(resolve, (thrown: unknown) => reject(unexpectedError(operation, thrown)));
      // A guarded call rejects with its own, more precise error first; this catches any other wait.
      controller.signal.addEventListener('abort', () => setImmediate(() => reject(deadlineError(deadline, 'store', operation))), {
        once: true,
      });
    });
  } finally {
    if (timer !== undefined) clearTimeout(timer);
    caller?.removeEventListener('abort', onCallerAbort);
  }
}

function unexpectedError(operation: string, thrown: unknown): CasualMemoryError {
  if (CasualMemoryError.isInstance(thrown)) return thrown;
  return new CasualMemoryError({ message: `${operation} failed unexpectedly: ${thrownMessage(thrown)}`, cause: thrown });
}

/**
 * Runs one store or provider call: under a deadline it races it (and does not start it once the
 * deadline passed); anything it throws that is not one of core's typed errors is wrapped in one
 * (`StoreUnavailableError` for a store, `ProviderError` `PROVIDER_UNAVAILABLE` for a provider).
 */
export async function guardedCall<T>(kind: CallKind, label: string, call: () => T | Promise<T>, deadline?: Deadline): Promise<T> {
  if (deadline?.signal.aborted) throw deadlineError(deadline, kind, label);
  let running: Promise<T>;
  try {
    running = Promise.resolve(call());
  } catch (thrown) {
    running = Promise.reject(thrown);
  }
  const typed = running.catch((thrown: unknown) => {
    throw typedError(kind, label, thrown);
  });
  if (deadline === undefined) return typed;
  const { signal } = deadline;
  let onAbort: (() => void) | undefined;
  const aborted = new Promise<never>((_, reject) => {
    onAbort = () => reject(deadlineError(deadline, kind, label));
    signal.addEventListener('abort', onAbort, { once: true });
  });
  // The losing side's rejection is handled here, so it never surfaces as unhandled.
  typed.catch(() => undefined);
  aborted.catch(() => undefined);
  try {
    return await Promise.race([typed, aborted]);
  } finally {
    if (onAbort !== undefined) signal.removeEventListener('abort', onAbort);
  }
}

/** Our own errors as they are; anything else thrown by a store or provider as a typed, retryable one keeping it as `cause`. */
export function typedError(kind: CallKind, label: string, thrown: unknown): CasualMemoryError {
  if (CasualMemoryError.isInstance(thrown)) return thrown;
  const message = `${label} failed: ${thrownMessage(thrown)}`;
  return kind === 'store'
    ? new StoreUnavailableError({ message, cause: thrown })
    : new ProviderError({ code: 'PROVIDER_UNAVAILABLE', provider: label.split('.')[0] ?? label, message, cause: thrown });
}

function deadlineError(deadline: Deadline, kind: CallKind, label: string): CasualMemoryError {
  const why = deadline.timedOut ? `did not finish within ${deadline.timeoutMs} ms (timeoutMs)` : "was cancelled by the caller's signal";
  const message = label === deadline.operation ? `${deadline.operation} ${why}` : `${deadline.operation} ${why}: waiting for ${label}`;
  const cause = deadline.timedOut ? undefined : deadline.signal.reason;
  return kind === 'store'
    ? new StoreUnavailableError({ message, cause })
    : new ProviderError({ code: 'PROVIDER_UNAVAILABLE', provider: label.split('.')[0] ?? label, message, cause });
}
