import type { ConflictStore } from '@casual-memory/core';

/** Every call of the contract but `close`; a method added to `ConflictStore` and not here fails to compile below. */
const CALLS = [
  'addConflict',
  'getConflict',
  'getPendingConflicts',
  'listConflicts',
  'resolveConflict',
  'markResolutionApplied',
  'getUnappliedResolutions',
  'escalateConflict',
  'getConflictCount',
  'clearUserConflicts',
] as const satisfies readonly (keyof ConflictStore)[];
true satisfies [Exclude<keyof ConflictStore, (typeof CALLS)[number] | 'close'>] extends [never] ? true : false;

/**
 * A conflict store opened on its first call. The SQLite one comes through TypeORM, whose import alone
 * is the largest part of the command's startup, and most runs of `remember` and every `recall` never
 * touch a conflict. A failed opening fails every call with the same error; `close` closes the store
 * only if it was opened.
 */
export function lazyConflictStore(open: () => Promise<ConflictStore>): ConflictStore {
  let opening: Promise<ConflictStore> | undefined;
  const store = () => {
    opening ??= open();
    return opening;
  };
  const calls: Record<string, unknown> = {};
  for (const name of CALLS) {
    calls[name] = async (...args: unknown[]) => {
      const opened = await store();
      return (opened[name] as (...args: unknown[]) => unknown).apply(opened, args);
    };
  }
  const close = async () => {
    if (opening === undefined) return;
    const opened = await opening.catch(() => undefined);
    await opened?.close();
  };
  return { ...calls, close } as unknown as ConflictStore;
}
