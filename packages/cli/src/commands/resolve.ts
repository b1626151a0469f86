import type { ResolutionDecision } from '@casual-memory/core';
import { CliError } from '../cli-error';
import { EXIT_CODES } from '../exit-codes';
import { type CommandResult, quote, shortId } from '../output';
import { findConflict, memoryText, type Session } from '../session';

export const DECISIONS = ['keep_a', 'keep_b', 'merge', 'both_valid'] as const;

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
  const conflict = await findConflict(session, userId, options.conflictId);
  const result = await session.service.resolveConflict(userId, conflict.id, {
    decision,
    ...(options.text === undefined ? {} : { confirmingMemoryText: options.text }),
    ...(options.notes === undefined ? {} : { notes: options.notes }),
  });
  if (!result.applied) {
    throw new CliError(`conflict ${conflict.id} is already resolved`, EXIT_CODES.conflictState, 'CONFLICT_STATE');
  }
  const lines = [`${c.green('resolved')} ${c.bold(`#${shortId(conflict.id)}`)}: ${decision}`];
  for (const id of result.currentIds)
    lines.push(`  ${c.green('current')}  #${shortId(id)} ${quote(await memoryText(session, userId, id))}`);
  for (const id of result.archivedIds) lines.push(`  ${c.dim('archived')} #${shortId(id)} ${quote(await memoryText(session, userId, id))}`);
  for (const failure of result.failures) lines.push(`  ${c.yellow('warning')}: ${failure.message}`);
  return { data: { user: userId, ...result }, lines };
}
