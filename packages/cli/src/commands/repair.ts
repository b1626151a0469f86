import { EXIT_CODES } from '../exit-codes';
import { type CommandResult, quote, shortId } from '../output';
import type { Session } from '../session';

/**
 * `repair`: finishes what failures left unfinished for the user, through `MemoryService.repair`:
 * resolutions recorded but not fully applied, held memories no conflict points at, and pending conflicts
 * whose current side a later statement replaced (answered as that statement's `remember` would answer
 * them now). Safe to run any time, and again; a store that fails leaves exit 4 and the rest for next time.
 */
export async function repair(session: Session, userId: string): Promise<CommandResult> {
  const c = session.colors;
  const result = await session.service.repair(userId);
  const lines: string[] = [];
  for (const resolution of result.resolutions) {
    const state = resolution.complete ? c.green('finished') : c.yellow('not finished');
    lines.push(`${state} conflict #${shortId(resolution.conflictId)}: ${resolution.decision}`);
  }
  for (const conflictId of result.settledConflictIds) {
    const conflict = await session.stores.conflictStore.getConflict(userId, conflictId);
    const kept = conflict?.resolutionDecision === 'merge' ? conflict.mergedText : undefined;
    const detail = kept === undefined ? (conflict?.resolutionDecision ?? '') : `a later statement replaces both sides: ${quote(kept)}`;
    lines.push(`${c.green('settled')} conflict #${shortId(conflictId)}: ${detail}`);
  }
  for (const id of result.removedHeldIds) lines.push(`${c.green('removed')} #${shortId(id)}, held for a conflict that was never recorded`);
  for (const failure of result.failures) {
    lines.push(`${c.yellow('warning')}: ${failure.operation} #${shortId(failure.memoryId)} failed: ${failure.message}; run repair again`);
  }
  if (lines.length === 0) lines.push(c.dim('nothing to repair'));
  const unfinished = result.failures.length > 0 || result.resolutions.some((resolution) => !resolution.complete);
  const data = {
    user: userId,
    resolutions: result.resolutions.map(({ conflictId, decision, complete }) => ({ conflictId, decision, complete })),
    settledConflictIds: result.settledConflictIds,
    removedHeldIds: result.removedHeldIds,
    failures: result.failures.map(({ memoryId, operation, reason, message }) => ({ memoryId, operation, reason, message })),
  };
  return unfinished ? { data, lines, exitCode: EXIT_CODES.unavailable } : { data, lines };
}
