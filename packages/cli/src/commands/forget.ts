import { CliError } from '../cli-error';
import { EXIT_CODES } from '../exit-codes';
import { type CommandResult, quote, shortId } from '../output';
import { findMemoryId, memoryText, type Session } from '../session';

/** `forget`: deletes one memory for good (archived ones too). */
export async function forget(session: Session, userId: string, given: string): Promise<CommandResult> {
  const id = await findMemoryId(session, userId, given);
  const text = await memoryText(session, userId, id);
  if (!(await session.stores.vectorStore.deleteMemory(userId, id))) {
    throw new CliError(`no memory ${given} for this user`, EXIT_CODES.notFound, 'NOT_FOUND');
  }
  return { data: { user: userId, id, text, forgotten: true }, lines: [`${session.colors.green('forgot')} #${shortId(id)} ${quote(text)}`] };
}
