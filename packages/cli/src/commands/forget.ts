import { CliError } from '../cli-error';
import { EXIT_CODES } from '../exit-codes';
import { type CommandResult, quote, shortId } from '../output';
import { findMemoryId, memoryText, type Session } from '../session';

/**
 * `forget`: deletes one memory for good (archived ones too). A pending or escalated conflict that
 * names it is closed first: resolved in favour of its other memory (`keep_a` or `keep_b`, with a
 * note), so that memory is current again instead of being held for a question nobody can answer.
 */
export async function forget(session: Session, userId: string, given: string): Promise<CommandResult> {
  const c = session.colors;
  const id = await findMemoryId(session, userId, given);
  const text = await memoryText(session, userId, id);
  const closed: { conflictId: string; kept: string }[] = [];
  for (const conflict of await session.service.getPendingConflicts(userId)) {
    if (conflict.memoryAId !== id && conflict.memoryBId !== id) continue;
    const decision = conflict.memoryAId === id ? 'keep_b' : 'keep_a';
    const kept = decision === 'keep_b' ? conflict.memoryBId : conflict.memoryAId;
    await session.service.resolveConflict(userId, conflict.id, { decision, notes: `closed by forget: memory ${id} was deleted` });
    closed.push({ conflictId: conflict.id, kept });
  }
  if (!(await session.stores.vectorStore.deleteMemory(userId, id))) {
    throw new CliError(`no memory ${given} for this user`, EXIT_CODES.notFound, 'NOT_FOUND');
  }
  const lines = [`${c.green('forgot')} #${shortId(id)} ${quote(text)}`];
  for (const { conflictId, kept } of closed)
    lines.push(
      `  ${c.dim('closed')} conflict #${shortId(conflictId)}: kept #${shortId(kept)} ${quote(await memoryText(session, userId, kept))}`,
    );
  return { data: { user: userId, id, text, forgotten: true, closedConflicts: closed }, lines };
}
