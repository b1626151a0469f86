import type { MemoryConflict } from '@casual-memory/core';
import type { Session } from './session';

/** Every conflict of the user, resolved ones too, in `listConflicts` order (oldest first, then by id), a page at a time. */
export async function allConflicts(session: Session, userId: string): Promise<MemoryConflict[]> {
  const conflicts: MemoryConflict[] = [];
  let cursor: string | undefined;
  do {
    const page = await session.stores.conflictStore.listConflicts(userId, { limit: 1000, ...(cursor === undefined ? {} : { cursor }) });
    conflicts.push(...page.conflicts);
    cursor = page.nextCursor;
  } while (cursor !== undefined);
  return conflicts;
}
