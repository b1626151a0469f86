import type { CasualMemoryError } from '@casual-memory/core';
import { thrownMessage } from '@casual-memory/core/backend';
import { typedError } from '../service/call-deadline';

/** One store operation on one memory that did not happen; the rest of the action went on. */
export interface ActionFailure {
  /** The memory; for `mark_applied` and `resolve`, and for a merged memory that could not be added, the conflict's id. */
  memoryId: string;
  /**
   * `archive` (a superseded memory), `update` (a duplicate's counters, a conflict's memory), `add`
   * (a merged memory), `delete` (a held memory left without its conflict), `mark_applied` (recording a
   * resolution as applied), `resolve` (a pending conflict an add settled: see `AddResult.resolvedConflictIds`).
   */
  operation: 'archive' | 'update' | 'add' | 'delete' | 'mark_applied' | 'resolve';
  /** `not_found`: the memory is gone (deleted meanwhile), for good; `error`: the store failed, and a retry may succeed. */
  reason: 'not_found' | 'error';
  message: string;
  /** What failed, for `error`: always one of core's typed errors (a store's own error is its `cause`). */
  error?: CasualMemoryError;
}

/** Runs one per-memory store operation, turning `false` and errors into a failure record instead of aborting. */
export async function attempt(
  failures: ActionFailure[],
  memoryId: string,
  operation: ActionFailure['operation'],
  run: () => Promise<boolean>,
): Promise<boolean> {
  try {
    if (await run()) return true;
    failures.push(notFoundFailure(memoryId, operation));
  } catch (thrown) {
    failures.push(errorFailure(memoryId, operation, thrown));
  }
  return false;
}

/** A failure record for `thrown`, typed. */
export function errorFailure(memoryId: string, operation: ActionFailure['operation'], thrown: unknown): ActionFailure {
  const error = typedError('store', `VectorMemoryStore (${operation})`, thrown);
  return { memoryId, operation, reason: 'error', message: thrownMessage(thrown), error };
}

/** A failure record for a memory that no longer exists. */
export function notFoundFailure(memoryId: string, operation: ActionFailure['operation']): ActionFailure {
  return { memoryId, operation, reason: 'not_found', message: `memory "${memoryId}" no longer exists` };
}
