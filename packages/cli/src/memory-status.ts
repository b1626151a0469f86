import type { MemoryFact } from '@casual-memory/core';
import { PENDING_CONFLICT_TAG, REJECTED_TAG } from '@casual-memory/service';

/**
 * Where a stored memory stands: `current` (what recall answers from), `expired` (past its `validUntil`),
 * `superseded` or `rejected` (archived by a later statement or by the user's answer), or `held` (a new
 * statement waiting for the answer to its conflict). `stats` counts them; `list --all` marks them.
 */
export type MemoryStatus = 'current' | 'expired' | 'superseded' | 'rejected' | 'held';

export function memoryStatus(memory: MemoryFact, now: number): MemoryStatus {
  if (memory.tags.includes(PENDING_CONFLICT_TAG)) return 'held';
  if (memory.tags.includes(REJECTED_TAG)) return 'rejected';
  if (memory.archived) return 'superseded';
  if (memory.validUntil !== undefined && memory.validUntil.getTime() < now) return 'expired';
  return 'current';
}
