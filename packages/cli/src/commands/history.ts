import { memoryFactToJson } from '@casual-memory/core/backend';
import { type CommandResult, quote, shortId } from '../output';
import type { Session } from '../session';

/** `history`: archived memories, most recent first, with what superseded them. */
export async function history(session: Session, userId: string, limit?: number): Promise<CommandResult> {
  const c = session.colors;
  const entries = await session.service.history(userId, limit === undefined ? {} : { limit });
  const lines = entries.map((entry) => {
    const when = entry.archivedAt === null ? '' : c.dim(` (${entry.archivedAt.toISOString().slice(0, 16).replace('T', ' ')})`);
    const verb = entry.reason === 'rejected' ? 'rejected for' : 'superseded by';
    // What replaced it may have been forgotten since: say so rather than print a bare "superseded".
    const by =
      entry.supersededByMemory !== null
        ? `${verb} #${shortId(entry.supersededByMemory.id)} ${quote(entry.supersededByMemory.memory.text)}`
        : entry.supersededBy !== null
          ? `${verb} #${shortId(entry.supersededBy)} (since forgotten)`
          : entry.reason;
    return `${c.dim(`#${shortId(entry.id)}`)} ${quote(entry.memory.text)} ${c.yellow('->')} ${by}${when}`;
  });
  if (lines.length === 0) lines.push(c.dim('nothing archived'));
  return {
    data: {
      user: userId,
      entries: entries.map((entry) => ({
        id: entry.id,
        reason: entry.reason,
        archivedAt: entry.archivedAt?.toISOString() ?? null,
        supersededBy: entry.supersededBy,
        supersededByText: entry.supersededByMemory?.memory.text ?? null,
        memory: memoryFactToJson(entry.memory),
      })),
    },
    lines,
  };
}
