import type { MemoryType } from '@casual-memory/core';
import { type AddResult, describeAddResult } from '@casual-memory/service';
import { type CommandResult, oneLine, quote, shortId } from '../output';
import type { Session } from '../session';
import { cutAmountWarnings } from '../shell-cut-amount';

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
  return {
    data: { user: userId, text: options.text, ...described.data },
    lines: described.lines,
    warnings: cutAmountWarnings(options.text, 'the text'),
  };
}

/**
 * The add result as the transcript and JSON show it: the service's `describeAddResult` reads the texts
 * and reasons; the transcript prints them with short ids and colours.
 */
export async function describeAdd(
  session: Session,
  userId: string,
  text: string,
  result: AddResult,
): Promise<{ data: Record<string, unknown>; lines: string[] }> {
  const c = session.colors;
  const { timings: _timings, ...rest } = result;
  const described = await describeAddResult(result, text, {
    memory: (id) => session.stores.vectorStore.getById(userId, id),
    conflict: (id) => session.stores.conflictStore.getConflict(userId, id),
  });
  const lines: string[] = [];
  const id = (memoryId: string) => `#${shortId(memoryId)}`;
  // Pending conflicts the add answered: one side said again with "to be clear" and the like, or one side updated.
  const settledLines = () => {
    for (const settled of described.settled) {
      lines.push(
        `  ${c.green('settles conflict')} ${id(settled.id)}: keeps ${id(settled.kept.id)} ${quote(settled.kept.text)}, archives ${id(settled.archived.id)} ${quote(settled.archived.text)}`,
      );
    }
  };
  if (described.action === 'added') {
    lines.push(`${c.green('added')} ${c.bold(id(described.memoryId))} ${quote(text)}`);
    for (const old of described.supersedes)
      lines.push(`  ${c.yellow('supersedes')} ${id(old.id)} ${quote(old.text)}: ${oneLine(old.reason)}`);
    // The closest memory left current beside it: where a missed update or repeat shows.
    const beside = described.keptBeside;
    if (beside !== null)
      lines.push(
        c.dim(`  kept beside ${id(beside.id)} ${quote(beside.text)} (similarity ${beside.score.toFixed(2)}): ${oneLine(beside.reason)}`),
      );
    settledLines();
  } else if (described.duplicateOf !== null) {
    const { duplicateOf } = described;
    lines.push(
      `${c.cyan('duplicate')} of ${c.bold(id(duplicateOf.id))} ${quote(duplicateOf.text)} (mentioned ${duplicateOf.mentionCount} times)`,
    );
    if (duplicateOf.reason !== '') lines.push(`  ${c.dim(oneLine(duplicateOf.reason))}`);
    // Said again with "to be clear" and the like: what that settled.
    for (const old of described.supersedes)
      lines.push(`  ${c.yellow('replaces')} ${id(old.id)} ${quote(old.text)}: ${oneLine(old.reason)}`);
    settledLines();
  } else {
    for (const conflict of described.conflicts) {
      lines.push(
        `${c.red('conflict')} ${c.bold(id(conflict.id))}: ${quote(text)} contradicts ${id(conflict.memoryA.id)} ${quote(conflict.memoryA.text)}`,
      );
      if (conflict.reason !== '') lines.push(`  ${c.dim(oneLine(conflict.reason))}`);
      lines.push(`  ask the user: ${c.bold(oneLine(conflict.question))}`);
      lines.push(`  then: casual-memory resolve ${shortId(conflict.id)} keep_a|keep_b|merge|both_valid`);
      // Which is a and which is b, where the decision is written: a is the earlier memory, b this statement.
      lines.push(`  ${c.dim(`(keep_a keeps ${id(conflict.memoryA.id)}, the earlier; keep_b keeps ${id(described.memoryId)}, this one)`)}`);
    }
    lines.push(`  ${c.dim(`the new statement, ${id(described.memoryId)}, is kept out of recall until then`)}`);
  }
  for (const warning of described.warnings) lines.push(`  ${c.yellow('warning')}: ${warning}`);
  return { data: { ...rest, keptBeside: described.keptBeside, conflicts: described.conflicts, settled: described.settled }, lines };
}
