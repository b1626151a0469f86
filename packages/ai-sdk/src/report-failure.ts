import { CasualMemoryError } from '@casual-memory/core';
import type { MemoryEventHandler, MemoryOperation } from './memory-event';

/** What a tool answers when memory failed: the model is told, the turn goes on. */
export interface MemoryToolFailure {
  ok: false;
  error: string;
  /** True when the memory store may answer later (the model may say so, not retry in a loop). */
  retryable: boolean;
}

/** Sends an event to `onEvent` without letting a throwing handler break the caller. */
export function emitEvent(onEvent: MemoryEventHandler | undefined, event: Parameters<MemoryEventHandler>[0]): void {
  if (onEvent === undefined) return;
  try {
    onEvent(event);
  } catch {
    // An observer must never break a turn.
  }
}

/** Reports `error` as an `error` event and returns what a tool answers instead of throwing. */
export function reportFailure(
  onEvent: MemoryEventHandler | undefined,
  operation: MemoryOperation,
  userId: string,
  error: unknown,
): MemoryToolFailure {
  const message = error instanceof Error ? error.message : String(error);
  const retryable = CasualMemoryError.isInstance(error) ? error.retryable : false;
  emitEvent(onEvent, { type: 'error', operation, userId, message, retryable, error });
  return { ok: false, error: message, retryable };
}
