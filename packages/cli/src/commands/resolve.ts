import type { MemoryConflict, ResolutionDecision } from '@casual-memory/core';
import { REJECTED_TAG } from '@casual-memory/service';
import { CliError } from '../cli-error';
import { EXIT_CODES } from '../exit-codes';
import { type CommandResult, quote, shortId } from '../output';
import { howResolved, named, type SettledSide, sideOf, whatItLeft } from '../resolved-conflict';
import { findConflict, findMemoryId, type Session } from '../session';
import { cutAmountWarnings } from '../shell-cut-amount';
import { requireLetterOrDigit, requireText } from '../text-limits';

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
  // The conflict first: one already resolved is said to be, whatever the decision and options (a merge without
  // --text included), so nobody writes a text for a conflict that is settled. Not found waits for the checks below.
  const found = await findConflict(session, userId, options.conflictId).then(
    (conflict) => ({ conflict, error: undefined }),
    (error: unknown) => ({ conflict: undefined, error }),
  );
  if (found.conflict !== undefined && isApplied(found.conflict)) throw await alreadyResolved(session, userId, found.conflict);
  // One recorded but not fully applied is finished with its recorded decision and text, whatever is asked now: a
  // merge asks for no --text again (`resolve <id> merge`, as the warning of the failed run says).
  const recorded = found.conflict?.status === 'resolved';
  if (!recorded) checkText(options);
  if (found.conflict === undefined) throw await memoryIdHint(session, userId, options.conflictId, found.error);
  const conflict = found.conflict;
  const text = recorded ? conflict.mergedText : options.text;
  const result = await session.service.resolveConflict(userId, conflict.id, {
    decision: recorded ? (conflict.resolutionDecision ?? decision) : decision,
    ...(text === undefined ? {} : { confirmingMemoryText: text }),
    ...(options.notes === undefined ? {} : { notes: options.notes }),
  });
  if (!result.applied) {
    // Read again: it may have been resolved since it was looked up, by another command.
    throw await alreadyResolved(session, userId, (await session.stores.conflictStore.getConflict(userId, conflict.id)) ?? conflict);
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
  const settled = await settledBy(session, userId, result.settledConflictIds ?? []);
  for (const each of settled) {
    lines.push(`  ${c.green('also settles conflict')} #${shortId(each.id)}: keeps ${named(each.kept)}, archives ${named(each.archived)}`);
  }
  for (const failure of result.failures) lines.push(`  ${c.yellow('warning')}: ${failure.message}`);
  const data = { user: userId, ...result, settledConflictIds: result.settledConflictIds ?? [], memories, settled };
  const warnings = options.text === undefined || result.resumed ? [] : cutAmountWarnings(options.text, '--text');
  if (!result.complete) {
    // Recorded, not finished: a store failed midway. The same command again (or `casual-memory repair`) finishes it.
    lines.push(
      `  ${c.yellow('warning')}: the decision is recorded but not fully applied (a store failed); run \`casual-memory resolve ${shortId(conflict.id)} ${result.decision}\` again to finish it`,
    );
    return { data, lines, warnings, exitCode: EXIT_CODES.unavailable };
  }
  return { data, lines, warnings };
}

/** What `--text` must be: given for a merge (the one statement that replaces both), only for a merge, and a text. */
function checkText({ decision, text }: ResolveOptions): void {
  if (decision === 'merge' && text === undefined) {
    throw new CliError('merge needs --text with the one statement that replaces both', EXIT_CODES.usage, 'USAGE');
  }
  if (decision !== 'merge' && text !== undefined) {
    throw new CliError('--text is only for merge', EXIT_CODES.usage, 'USAGE');
  }
  if (text !== undefined) {
    requireText(text, 'nothing to merge: --text is empty');
    requireLetterOrDigit(text, 'nothing to merge: --text has no letters or digits');
  }
}

/**
 * A conflict id not found that is a memory's (the `#id` of `remember` or `list`, taken for the conflict's):
 * the error says so, with the memory's text and the conflict it is held for, and where conflict ids are.
 */
async function memoryIdHint(session: Session, userId: string, given: string, error: unknown): Promise<unknown> {
  if (!(error instanceof CliError) || error.code !== 'NOT_FOUND') return error;
  const memoryId = await findMemoryId(session, userId, given).catch(() => undefined);
  const memory = memoryId === undefined ? null : await session.stores.vectorStore.getById(userId, memoryId);
  if (memoryId === undefined || memory === null) return error;
  const heldFor = (await session.service.getPendingConflicts(userId)).find(
    (conflict) => conflict.memoryAId === memoryId || conflict.memoryBId === memoryId,
  );
  const conflict = heldFor === undefined ? '' : `, one side of conflict #${shortId(heldFor.id)}`;
  return new CliError(
    `${error.message}: ${given} is the id of a memory, ${quote(memory.memory.text)}${conflict}; conflict ids are listed by \`casual-memory conflicts\``,
    error.exitCode,
    error.code,
  );
}

/**
 * The other pending conflicts the decision answered, each with the memory kept and the one archived, as
 * `remember` prints those it settles. Each had the memory just archived as its current side: a keep_a/keep_b
 * names its winner; a merge archived the held side into the memory that replaced it.
 */
async function settledBy(
  session: Session,
  userId: string,
  conflictIds: readonly string[],
): Promise<{ id: string; kept: SettledSide; archived: SettledSide }[]> {
  const side = (id: string) => sideOf(session, userId, id);
  const settled = [];
  for (const conflictId of conflictIds) {
    const conflict = await session.stores.conflictStore.getConflict(userId, conflictId);
    if (conflict === null) continue;
    const { memoryAId, memoryBId, winningMemoryId } = conflict;
    if (winningMemoryId !== undefined) {
      const archivedId = winningMemoryId === memoryAId ? memoryBId : memoryAId;
      settled.push({ id: conflictId, kept: await side(winningMemoryId), archived: await side(archivedId) });
    } else {
      const archived = await session.stores.vectorStore.getById(userId, memoryBId);
      const keptId = archived?.memory.supersededBy ?? memoryAId;
      settled.push({ id: conflictId, kept: await side(keptId), archived: await side(memoryBId) });
    }
  }
  return settled;
}

/** A conflict whose decision is recorded and fully applied: `resolve` has nothing left to do with it. */
function isApplied(conflict: MemoryConflict): boolean {
  return conflict.status === 'resolved' && conflict.resolutionAppliedAt !== undefined;
}

/**
 * Exit 3, saying what the conflict left (as `remember` and `resolve` print a conflict they settle: the memory
 * kept and the one archived), then how and when it was settled: `conflict … is already resolved: keeps
 * #1a2b3c4d "I live in Paris", archives #5e6f7a8b "I live in London" (keep_b on 2026-12-06)`.
 */
async function alreadyResolved(session: Session, userId: string, conflict: MemoryConflict): Promise<CliError> {
  const left = await whatItLeft(session, userId, conflict);
  return new CliError(
    `conflict ${conflict.id} is already resolved: ${left === '' ? '' : `${left} `}(${howResolved(conflict)})`,
    EXIT_CODES.conflictState,
    'CONFLICT_STATE',
  );
}
