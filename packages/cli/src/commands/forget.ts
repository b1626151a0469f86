import { CliError } from '../cli-error';
import { EXIT_CODES } from '../exit-codes';
import { type CommandResult, quote, shortId } from '../output';
import { findMemoryId, memoryText, type Session } from '../session';

/**
 * `forget`: deletes one memory for good (archived ones too), through `MemoryService.forget`: a
 * pending or escalated conflict that names it is closed first, resolved in favour of its other memory
 * (`keep_a` or `keep_b`), so that memory is current again instead of held for a question nobody can answer.
 */
export async function forget(session: Session, userId: string, given: string): Promise<CommandResult> {
  const c = session.colors;
  const id = await findMemoryId(session, userId, given);
  const result = await session.service.forget(userId, id);
  if (!result.forgotten) throw new CliError(`no memory ${given} for this user`, EXIT_CODES.notFound, 'NOT_FOUND');
  const text = result.memory?.memory.text ?? '';
  const closed = result.closedConflicts.map((closing) => ({ conflictId: closing.conflictId, kept: closing.currentIds[0] ?? null }));
  const lines = [`${c.green('forgot')} #${shortId(id)} ${quote(text)}`];
  for (const { conflictId, kept } of closed) {
    const keptText = kept === null ? '' : ` ${quote(await memoryText(session, userId, kept))}`;
    lines.push(`  ${c.dim('closed')} conflict #${shortId(conflictId)}: kept #${kept === null ? '?' : shortId(kept)}${keptText}`);
  }
  return { data: { user: userId, id, text, forgotten: true, closedConflicts: closed }, lines };
}
