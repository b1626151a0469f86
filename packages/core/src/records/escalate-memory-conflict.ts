import type { MemoryConflict } from '../models/memory-conflict';

/** Returns `conflict` escalated: status `escalated`, one more resolution attempt counted. */
export function escalateMemoryConflict(conflict: MemoryConflict): MemoryConflict {
  return { ...conflict, status: 'escalated', resolutionAttempts: conflict.resolutionAttempts + 1 };
}
