import { memoryConflictToJson } from '@casual-memory/core/backend';
import { type CommandResult, oneLine, quote, shortId } from '../output';
import { memoryText, type Session } from '../session';

/** `conflicts`: the user's unresolved contradictions, most important first, with the question to ask. */
export async function listConflicts(session: Session, userId: string): Promise<CommandResult> {
  const c = session.colors;
  const pending = await session.service.getPendingConflicts(userId);
  const conflicts = [];
  const lines: string[] = [];
  for (const conflict of pending) {
    const a = await memoryText(session, userId, conflict.memoryAId);
    const b = await memoryText(session, userId, conflict.memoryBId);
    conflicts.push({ ...memoryConflictToJson(conflict), memoryAText: a, memoryBText: b });
    lines.push(
      `${c.red(`#${shortId(conflict.id)}`)}  a: ${quote(a)}  b: ${quote(b)}  ${c.dim(`(${conflict.category}, ${conflict.status})`)}`,
    );
    lines.push(`  ask the user: ${c.bold(oneLine(conflict.clarificationHint))}`);
  }
  if (lines.length === 0) lines.push(c.dim('no pending conflicts'));
  return { data: { user: userId, conflicts }, lines };
}
