import { CliError } from '../cli-error';
import { EXIT_CODES } from '../exit-codes';
import { type CommandResult, quote, shortId } from '../output';
import { findMemoryId, memoryText, type Session } from '../session';

/**
 * `restore`: makes an archived memory current again, through `MemoryService.restore`: one an update archived wrongly
 * (`history` lists them), or one `resolve` turned down. What superseded it stays current too (`forget` it if it is
 * wrong). A memory held for a pending conflict is settled by `resolve`, not here.
 */
export async function restore(session: Session, userId: string, given: string): Promise<CommandResult> {
  const c = session.colors;
  const id = await findMemoryId(session, userId, given);
  const result = await session.service.restore(userId, id);
  const text = result.memory?.memory.text ?? '';
  if (result.reason === 'not-found') throw new CliError(`no memory ${given} for this user`, EXIT_CODES.notFound, 'NOT_FOUND');
  if (result.reason === 'held')
    throw new CliError(
      `#${shortId(id)} ${quote(text)} is held for a pending conflict: \`casual-memory conflicts\` lists it, and \`resolve\` settles it`,
      EXIT_CODES.conflictState,
      'CONFLICT_STATE',
    );
  const data = { user: userId, id, text, restored: result.restored, supersededBy: result.supersededBy };
  if (!result.restored) return { data, lines: [`#${shortId(id)} ${quote(text)} is current already`] };
  const lines = [`${c.green('restored')} #${shortId(id)} ${quote(text)}`];
  if (result.supersededBy !== null) {
    const successor = await memoryText(session, userId, result.supersededBy);
    lines.push(`  ${c.dim('still current too:')} #${shortId(result.supersededBy)} ${quote(successor)} (\`forget\` it if it is wrong)`);
  }
  return { data, lines };
}
