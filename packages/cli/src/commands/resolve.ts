import type { MemoryConflict, ResolutionDecision } from '@casual-memory/core';
import { REJECTED_TAG } from '@casual-memory/service';
import { CliError } from '../cli-error';
import { EXIT_CODES } from '../exit-codes';
import { type CommandResult, oneLine, quote, shortId } from '../output';
import { findConflict, type Session } from '../session';
import { requireText } from '../text-limits';

export interface ResolveOptions {
  userId: string;
  conflictId: string;
  decision: ResolutionDecision;
  text?: string;
  notes?: string;
}

/** `resolve`: settles a conflict with the user's answer and applies it to the memories, once. */
export async function resolve(session: Session, options: ResolveOptions): Promise<CommandResult> {
  const c = session.colors;
  const { userId, decision } = options;
  if (decision === 'merge' && options.text === undefined) {
    throw new CliError('merge needs --text with the one statement that replaces both', EXIT_CODES.usage, 'USAGE');
  }
  if (decision !== 'merge' && options.text !== undefined) {
    throw new CliError('--text is only for merge', EXIT_CODES.usage, 'USAGE');
  }
  if (options.text !== undefined) requireText(options.text, 'nothing to merge: --text is empty');
  const conflict = await findConflict(session, userId, options.conflictId);
  const result = await session.service.resolveConflict(userId, conflict.id, {
    decision,
    ...(options.text === undefined ? {} : { confirmingMemoryText: options.text }),
    ...(options.notes === undefined ? {} : { notes: options.notes }),
  });
  if (!result.applied) {
    // Read again: it may have been resolved since it was looked up, by another command.
    const resolved = (await session.stores.conflictStore.getConflict(userId, conflict.id)) ?? conflict;
    throw new CliError(`conflict ${conflict.id} is already resolved: ${howResolved(resolved)}`, EXIT_CODES.conflictState, 'CONFLICT_STATE');
  }
  // What was stored, read back: a memory reported current may since have been superseded or deleted.
  // A resumed resolution finishes the decision stored earlier, whatever was asked now.
  const resumed = result.resumed ? ` (finishing the ${result.decision} recorded earlier)` : '';
  const lines = [`${c.green('resolved')} ${c.bold(`#${shortId(conflict.id)}`)}: ${result.decision}${resumed}`];
  const memories = [];
  for (const id of [...result.currentIds, ...result.archivedIds]) {
    const stored = await session.stores.vectorStore.getById(userId, id);
    const state = stored === null ? 'deleted' : stored.memory.archived ? 'archived' : 'current';
    memories.push({ id, state, text: stored?.memory.text ?? null, supersededBy: stored?.memory.supersededBy ?? null });
    const label = state === 'current' ? c.green('current ') : c.dim(state.padEnd(8));
    // As `history` says it: a side the user turned down (keep_a) was rejected for the kept one; the rest were superseded.
    const by = stored?.memory.tags.includes(REJECTED_TAG) === true ? 'rejected for' : 'superseded by';
    const successor = stored?.memory.supersededBy === undefined ? '' : ` (${by} #${shortId(stored.memory.supersededBy)})`;
    lines.push(`  ${label} #${shortId(id)}${stored === null ? '' : ` ${quote(stored.memory.text)}`}${successor}`);
  }
  for (const failure of result.failures) lines.push(`  ${c.yellow('warning')}: ${failure.message}`);
  if (!result.complete) {
    // Recorded, not finished: a store failed midway. The same command again (or `casual-memory repair`) finishes it.
    lines.push(
      `  ${c.yellow('warning')}: the decision is recorded but not fully applied (a store failed); run \`casual-memory resolve ${shortId(conflict.id)} ${result.decision}\` again to finish it`,
    );
    return { data: { user: userId, ...result, memories }, lines, exitCode: EXIT_CODES.unavailable };
  }
  return { data: { user: userId, ...result, memories }, lines };
}

/** How and when a conflict was settled, with the note that says by what when there is one: `keep_b on 2026-12-06 (closed by forget: …)`. */
function howResolved(conflict: MemoryConflict): string {
  const when = conflict.resolvedAt === undefined ? '' : ` on ${conflict.resolvedAt.toISOString().slice(0, 10)}`;
  const notes =
    conflict.resolutionNotes === undefined || conflict.resolutionNotes.trim() === '' ? '' : ` (${oneLine(conflict.resolutionNotes)})`;
  return `${conflict.resolutionDecision ?? conflict.status}${when}${notes}`;
}
