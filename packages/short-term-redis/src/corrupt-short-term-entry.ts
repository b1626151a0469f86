import type { CorruptDataError } from '@casual-memory/core';

/** A list entry that is not a valid stored message, as reported to `onCorruptEntry`. */
export interface CorruptShortTermEntry {
  /** Whose list it is in. */
  userId: string;
  /** The Redis key of that list. */
  key: string;
  /** Its position counted from the end of the list, as `LRANGE` counts: -1 is the newest entry. */
  index: number;
  /** The entry as stored, cut to its first 1 000 characters. */
  raw: string;
  /** What is wrong with it. */
  error: CorruptDataError;
}

/** `onCorruptEntry` when none is given: a process warning (`CASUAL_MEMORY_CORRUPT_ENTRY`), once per entry read. */
export function warnCorruptEntry(entry: CorruptShortTermEntry): void {
  process.emitWarning(`${entry.error.message}; skipped`, { type: 'CasualMemoryWarning', code: 'CASUAL_MEMORY_CORRUPT_ENTRY' });
}
