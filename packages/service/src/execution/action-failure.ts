/** One store operation on one memory that did not happen; the rest of the action went on. */
export interface ActionFailure {
  memoryId: string;
  /** `archive` (a superseded memory), `update` (a duplicate's counters, a conflict's memory), `add`. */
  operation: 'archive' | 'update' | 'add';
  /** `not_found`: the memory is gone (deleted meanwhile); `error`: the store failed. */
  reason: 'not_found' | 'error';
  message: string;
  /** What the store threw, for `error`. */
  error?: unknown;
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
    failures.push({ memoryId, operation, reason: 'not_found', message: `memory "${memoryId}" no longer exists` });
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    failures.push({ memoryId, operation, reason: 'error', message, error });
  }
  return false;
}
