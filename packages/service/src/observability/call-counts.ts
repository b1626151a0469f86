/** Provider calls made for one operation (one `add`, say). */
export interface CallCounts {
  embedding: number;
  nli: number;
  llm: number;
}

/**
 * Given to a judge, verifier or detector with each pair: `calls` is the running operation's counters,
 * and an implementation that calls a provider adds one per call. Counters travel with the call (not in
 * an async context) because classifiers are shared by concurrent adds, and an `AsyncLocalStorage` would
 * turn on promise hooks for the whole process in Node 20.
 */
export interface CountingOptions {
  calls?: CallCounts;
}

export function emptyCallCounts(): CallCounts {
  return { embedding: 0, nli: 0, llm: 0 };
}

/** Adds one `kind` call to `calls`, when there are counters to add to. */
export function countCall(calls: CallCounts | undefined, kind: keyof CallCounts): void {
  if (calls !== undefined) calls[kind] += 1;
}
