import type { StoredMemory } from '@casual-memory/core';
import { memoryFactToJson } from '@casual-memory/core/backend';
import { userTags } from '@casual-memory/service';
import { archivedAs } from '../archived-as';
import { type MemoryStatus, memoryStatus } from '../memory-status';
import { type CommandResult, count, minute, oneLine, quote, shortId } from '../output';
import { listMemories, type Session } from '../session';

export interface ListOptions {
  userId: string;
  limit?: number;
  /** Also the archived memories (superseded, rejected), the expired ones and those held for a pending conflict. */
  all: boolean;
}

interface Listed extends StoredMemory {
  status: MemoryStatus;
}

/**
 * `list`: what is remembered about the user, most recently said first, one memory a line as the other
 * commands print them; with `all`, the memories recall no longer answers from too, each marked as `history`
 * words it, and those held for a conflict with its short id. Reads only: nothing is embedded or written.
 */
export async function list(session: Session, options: ListOptions): Promise<CommandResult> {
  const c = session.colors;
  const { userId } = options;
  const now = Date.now();
  const stored = await listMemories(session, userId, { includeArchived: options.all });
  const shown = stored
    .map((entry): Listed => ({ ...entry, status: memoryStatus(entry.memory, now) }))
    .filter((entry) => options.all || entry.status === 'current')
    .sort(mostRecentlySaidFirst)
    .slice(0, options.limit);
  // A held memory names its conflict (the conflict store opens only then).
  const conflictOf = shown.some((entry) => entry.status === 'held') ? await pendingConflictOf(session, userId) : new Map<string, string>();
  const byId = new Map(stored.map((entry) => [entry.id, entry]));

  const lines = shown.map((entry) => {
    const { memory } = entry;
    const tags = userTags(memory.tags);
    const said = lastSaid(memory);
    const about = [
      memory.type,
      ...(memory.mentionCount > 1 ? [`mentioned ${memory.mentionCount} times`] : []),
      ...(said === undefined ? [] : [`last said ${minute(said)}`]),
    ].join(', ');
    const mark = statusMark(entry, byId, conflictOf);
    return (
      `${c.dim(`#${shortId(entry.id)}`)} ${quote(memory.text)}${tags.length === 0 ? '' : c.dim(` [${oneLine(tags.join(', '))}]`)}` +
      `  ${c.dim(`(${about})`)}${mark === '' ? '' : ` ${c.yellow('->')} ${mark}`}`
    );
  });
  if (lines.length === 0) lines.push(c.dim(await nothingListed(session, options)));
  return {
    data: {
      user: userId,
      memories: shown.map((entry) => ({
        id: entry.id,
        status: entry.status,
        ...(entry.status === 'held' ? { conflictId: conflictOf.get(entry.id) ?? null } : {}),
        ...memoryFactToJson({ ...entry.memory, tags: userTags(entry.memory.tags) }),
      })),
    },
    lines,
  };
}

/** Nothing to list: nothing at all, or (without `all`) nothing recall answers from, and how many others there are. */
async function nothingListed(session: Session, { userId, all }: ListOptions): Promise<string> {
  const others = all ? 0 : (await listMemories(session, userId)).length;
  if (others === 0) return 'nothing remembered yet';
  return `nothing current remembered (list --all shows ${count(others, 'other memory', 'other memories')})`;
}

/** When it was last said: its last mention, else when it was first seen. */
function lastSaid(memory: StoredMemory['memory']): Date | undefined {
  return memory.lastSeen ?? memory.firstSeen;
}

/** The most recently said first; one never dated last; then by id, so the order is the same on every run. */
function mostRecentlySaidFirst(a: Listed, b: Listed): number {
  const when = (entry: Listed) => lastSaid(entry.memory)?.getTime() ?? Number.NEGATIVE_INFINITY;
  return when(b) - when(a) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}

/** What stands after a memory recall does not answer from: why it is archived, expired or held. */
function statusMark(entry: Listed, byId: Map<string, StoredMemory>, conflictOf: Map<string, string>): string {
  const { memory } = entry;
  switch (entry.status) {
    case 'current':
      return '';
    case 'expired':
      return `expired ${minute(memory.validUntil as Date)}`;
    case 'held': {
      const conflictId = conflictOf.get(entry.id);
      return conflictId === undefined ? 'held for a conflict' : `held for conflict #${shortId(conflictId)}`;
    }
    default: {
      const successor = memory.supersededBy === undefined ? undefined : byId.get(memory.supersededBy);
      return archivedAs(
        entry.status,
        memory.supersededBy,
        successor === undefined ? undefined : { id: successor.id, text: successor.memory.text },
      );
    }
  }
}

/** The pending (or escalated) conflict each held memory waits on, by the memory's id. */
async function pendingConflictOf(session: Session, userId: string): Promise<Map<string, string>> {
  const conflictOf = new Map<string, string>();
  for (const conflict of await session.service.getPendingConflicts(userId)) {
    conflictOf.set(conflict.memoryBId, conflict.id);
    if (!conflictOf.has(conflict.memoryAId)) conflictOf.set(conflict.memoryAId, conflict.id);
  }
  return conflictOf;
}
