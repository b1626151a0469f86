import type { MemoryConflict } from '@casual-memory/core';
import { oneLine, quote, shortId } from './output';
import type { Session } from './session';

export interface SettledSide {
  id: string;
  text: string | null;
}

/** A memory with its text, read now: `null` when it has been forgotten since. */
export async function sideOf(session: Session, userId: string, id: string): Promise<SettledSide> {
  return { id, text: (await session.stores.vectorStore.getById(userId, id))?.memory.text ?? null };
}

/** A memory as the lines about a settled conflict name it: `#1a2b3c4d "I live in Paris"`, or `#1a2b3c4d (since forgotten)`. */
export function named(side: SettledSide): string {
  return `#${shortId(side.id)} ${side.text === null ? '(since forgotten)' : quote(side.text)}`;
}

/**
 * The memories a resolved conflict kept and archived, read now: keep_a/keep_b keep the winner and archive the
 * other side; a merge keeps the memory that replaced both (the merged text, or the later statement that
 * answered it) and archives both sides; both_valid keeps both.
 */
export async function whatItLeft(session: Session, userId: string, conflict: MemoryConflict): Promise<string> {
  const { memoryAId, memoryBId, winningMemoryId, resolutionDecision } = conflict;
  const [a, b] = [await sideOf(session, userId, memoryAId), await sideOf(session, userId, memoryBId)];
  if (resolutionDecision === 'both_valid') return `keeps both ${named(a)} and ${named(b)}`;
  if (winningMemoryId !== undefined) {
    const [kept, archived] = winningMemoryId === memoryAId ? [a, b] : [b, a];
    return `keeps ${named(kept)}, archives ${named(archived)}`;
  }
  if (resolutionDecision !== 'merge') return '';
  // Both sides were archived superseded by the memory that replaced them.
  const by = async (id: string) => (await session.stores.vectorStore.getById(userId, id))?.memory.supersededBy;
  const keptId = (await by(memoryBId)) ?? (await by(memoryAId));
  const kept = keptId === undefined ? quote(conflict.mergedText ?? '') : named(await sideOf(session, userId, keptId));
  return `keeps ${kept}, archives ${named(a)} and ${named(b)}`;
}

/** How and when a conflict was settled, with the note that says by what when there is one: `keep_b on 2026-12-06, closed by forget: …`. */
export function howResolved(conflict: MemoryConflict): string {
  const notes = notesOf(conflict);
  return `${whenResolved(conflict)}${notes === undefined ? '' : `, ${notes}`}`;
}

/** The decision and the day it was taken: `keep_b on 2026-12-06`. */
export function whenResolved(conflict: MemoryConflict): string {
  const when = conflict.resolvedAt === undefined ? '' : ` on ${conflict.resolvedAt.toISOString().slice(0, 10)}`;
  return `${conflict.resolutionDecision ?? conflict.status}${when}`;
}

/** The notes stored with a resolution (`resolve --notes`, or what closed it), on one line; none when blank. */
export function notesOf(conflict: MemoryConflict): string | undefined {
  const notes = conflict.resolutionNotes;
  return notes === undefined || notes.trim() === '' ? undefined : oneLine(notes);
}
