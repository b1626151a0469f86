import type { MemoryConflict } from '@casual-memory/core';
import { memoryConflictToJson } from '@casual-memory/core/backend';
import { allConflicts } from '../all-conflicts';
import { type CommandResult, oneLine, quote, shortId } from '../output';
import { notesOf, whatItLeft, whenResolved } from '../resolved-conflict';
import { memoryText, type Session } from '../session';

export interface ListConflictsOptions {
  userId: string;
  /** Also the settled ones, most recently resolved first: what each kept, and the notes given with it. */
  resolved?: boolean;
}

/** `conflicts`: the user's unresolved contradictions, most important first, with the question to ask. */
export async function listConflicts(session: Session, { userId, resolved = false }: ListConflictsOptions): Promise<CommandResult> {
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
  if (!resolved) return { data: { user: userId, conflicts }, lines };

  const settled = (await allConflicts(session, userId)).filter((conflict) => conflict.status === 'resolved').sort(byLatestResolution);
  const resolvedData = [];
  lines.push('', settled.length === 0 ? c.dim('no resolved conflicts') : c.bold('resolved:'));
  for (const conflict of settled) {
    const left = await whatItLeft(session, userId, conflict);
    resolvedData.push({ ...memoryConflictToJson(conflict), outcome: left });
    // Settled by what the user said next, not by `resolve`: the decision is what that statement did.
    const by = conflict.resolutionType === 'conversational' ? ', settled by a later statement' : '';
    lines.push(`${c.green(`#${shortId(conflict.id)}`)}  ${c.dim(`(${conflict.category}, ${whenResolved(conflict)}${by})`)}`);
    if (left !== '') lines.push(`  ${left}`);
    const notes = notesOf(conflict);
    if (notes !== undefined) lines.push(`  notes: ${notes}`);
  }
  return { data: { user: userId, conflicts, resolved: resolvedData }, lines };
}

/** Most recently resolved first; one resolved at the same moment (or with no date) by id, so the order is stable. */
function byLatestResolution(a: MemoryConflict, b: MemoryConflict): number {
  const at = (conflict: MemoryConflict) => conflict.resolvedAt?.getTime() ?? 0;
  return at(b) - at(a) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}
