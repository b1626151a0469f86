import { AsyncLocalStorage } from 'node:async_hooks';

/** Provider calls made for one operation (one `add`, say). */
export interface CallCounts {
  embedding: number;
  nli: number;
  llm: number;
}

// Classifiers and verifiers are shared by concurrent adds; the async context tells each call which
// add it belongs to, so counts never mix between adds running at the same time.
const scope = new AsyncLocalStorage<CallCounts>();

/** Counts one provider call against the operation running in the current async context, if any. */
export function countCall(kind: keyof CallCounts): void {
  const counts = scope.getStore();
  if (counts !== undefined) counts[kind] += 1;
}

/** Runs `operation` with `counts` receiving every `countCall` made inside it. */
export function withCallCounts<T>(counts: CallCounts, operation: () => Promise<T>): Promise<T> {
  return scope.run(counts, operation);
}

export function emptyCallCounts(): CallCounts {
  return { embedding: 0, nli: 0, llm: 0 };
}

/** The counts of the operation running in the current async context (`undefined` outside one). */
export function currentCallCounts(): Readonly<CallCounts> | undefined {
  return scope.getStore();
}
