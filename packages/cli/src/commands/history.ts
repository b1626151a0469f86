import { memoryFactToJson } from '@casual-memory/core/backend';
import { archivedAs } from '../archived-as';
import { type CommandResult, minute, quote, shortId } from '../output';
import type { Session } from '../session';

/** `history`: archived memories, most recent first, with what superseded them. */
export async function history(session: Session, userId: string, limit?: number): Promise<CommandResult> {
  const c = session.colors;
  const entries = await session.service.history(userId, limit === undefined ? {} : { limit });
  const lines = entries.map((entry) => {
    const when = entry.archivedAt === null ? '' : c.dim(` (${minute(entry.archivedAt)})`);
    const successor = entry.supersededByMemory ?? undefined;
    const by = archivedAs(
      entry.reason,
      entry.supersededBy ?? undefined,
      successor === undefined ? undefined : { id: successor.id, text: successor.memory.text },
    );
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
