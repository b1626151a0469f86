import type { MemoryType } from '@casual-memory/core';
import type { AddResult } from '@casual-memory/service';
import { type CommandResult, quote, shortId } from '../output';
import { memoryText, type Session } from '../session';

export interface RememberOptions {
  userId: string;
  text: string;
  type: MemoryType;
  tags: string[];
  importance?: number;
}

/** `remember`: one `MemoryService.add`, and what it decided, with reasons. */
export async function remember(session: Session, options: RememberOptions): Promise<CommandResult> {
  const { userId } = options;
  const result = await session.service.add({
    text: options.text,
    type: options.type,
    tags: options.tags,
    userId,
    source: 'user',
    ...(options.importance === undefined ? {} : { importance: options.importance }),
  });
  session.dataDir.addUser(userId);
  const described = await describeAdd(session, userId, options.text, result);
  return { data: { user: userId, text: options.text, ...described.data }, lines: described.lines };
}

/** The add result as the transcript and JSON show it (also used by `import --verbose`). */
export async function describeAdd(
  session: Session,
  userId: string,
  text: string,
  result: AddResult,
): Promise<{ data: Record<string, unknown>; lines: string[] }> {
  const c = session.colors;
  const { timings: _timings, ...rest } = result;
  const lines: string[] = [];
  const conflicts = [];
  for (const conflictId of result.conflictIds) {
    const conflict = await session.stores.conflictStore.getConflict(userId, conflictId);
    if (conflict === null) continue;
    conflicts.push({
      id: conflict.id,
      question: conflict.clarificationHint,
      category: conflict.category,
      memoryA: { id: conflict.memoryAId, text: await memoryText(session, userId, conflict.memoryAId) },
      memoryB: { id: conflict.memoryBId, text },
    });
  }
  const reasonFor = (memoryId: string) => result.decisions.find((decision) => decision.memoryId === memoryId)?.reason;

  if (result.action === 'added') {
    lines.push(`${c.green('added')} ${c.bold(`#${shortId(result.memoryId)}`)} ${quote(text)}`);
    for (const id of result.supersededIds) {
      lines.push(`  ${c.yellow('supersedes')} #${shortId(id)} ${quote(await memoryText(session, userId, id))}: ${reasonFor(id) ?? ''}`);
    }
  } else if (result.action === 'duplicate') {
    const existing = await session.stores.vectorStore.getById(userId, result.memoryId);
    const mentions = existing === null ? '' : ` (mentioned ${existing.memory.mentionCount} times)`;
    lines.push(`${c.cyan('duplicate')} of ${c.bold(`#${shortId(result.memoryId)}`)} ${quote(existing?.memory.text ?? text)}${mentions}`);
    const reason = reasonFor(result.memoryId);
    if (reason !== undefined) lines.push(`  ${c.dim(reason)}`);
  } else {
    for (const conflict of conflicts) {
      lines.push(
        `${c.red('conflict')} ${c.bold(`#${shortId(conflict.id)}`)}: ${quote(text)} contradicts #${shortId(conflict.memoryA.id)} ${quote(conflict.memoryA.text)}`,
      );
      const reason = reasonFor(conflict.memoryA.id);
      if (reason !== undefined) lines.push(`  ${c.dim(reason)}`);
      lines.push(`  ask the user: ${c.bold(conflict.question)}`);
      lines.push(`  then: casual-memory resolve ${shortId(conflict.id)} keep_a|keep_b|merge|both_valid`);
    }
    lines.push(`  ${c.dim(`#${shortId(result.memoryId)} is kept out of recall until then`)}`);
  }
  for (const failure of result.failures) lines.push(`  ${c.yellow('warning')}: ${failure.message}`);
  return { data: { ...rest, conflicts }, lines };
}
