import type { ConflictStore } from '@casual-memory/core';

/**
 * The conflicts of a data folder without `conflicts.sqlite` (no conflict was recorded there yet), for a
 * read command: it reads none, and opening the SQLite store would create the file. Nothing may be written.
 */
export function noConflictsYet(): ConflictStore {
  const write = () => Promise.reject(new Error('a read command records no conflict'));
  return {
    addConflict: write,
    getConflict: async () => null,
    getPendingConflicts: async () => [],
    listConflicts: async () => ({ conflicts: [] }),
    resolveConflict: write,
    markResolutionApplied: write,
    getUnappliedResolutions: async () => [],
    escalateConflict: write,
    getConflictCount: async () => 0,
    clearUserConflicts: write,
    close: async () => {},
  };
}
