import type { StoredMemory } from '@casual-memory/core';
import { memoryConflictToJson, memoryFactToJson } from '@casual-memory/core/backend';
import { allConflicts } from '../all-conflicts';
import { CliError } from '../cli-error';
import { EXIT_CODES } from '../exit-codes';
import { EXPORT_FORMAT, EXPORT_VERSION, type ExportHeader, VECTORS_EXPORT_VERSION } from '../export-format';
import type { CommandResult } from '../output';
import { listMemories, type Session } from '../session';
import { encodeVector, VECTOR_ENCODING } from '../vector-encoding';

/** One line of an export: the header, a memory (with its id and every field), or a conflict. */
export type ExportRecord =
  | ExportHeader
  | ({ kind: 'memory'; id: string } & Record<string, unknown>)
  | ({ kind: 'conflict' } & Record<string, unknown>);

/**
 * `export`: everything of the user, one JSON object per line: a header, then every memory (current,
 * superseded with its link, rejected, held for a conflict) in id order, each after the memory that
 * superseded it, then every conflict (pending, escalated, resolved with its resolution), oldest
 * first. The order depends only on the records, not on the store, so an export imported anywhere
 * exports back byte for byte after the header. `import` restores it as it was, ids included.
 * `withVectors` adds each memory's stored vector (version 4), which an import into a folder of the
 * same embedder stores instead of embedding the text again.
 */
export async function exportMemories(
  session: Session,
  userId: string,
  { withVectors = false }: { withVectors?: boolean } = {},
): Promise<CommandResult & { jsonl: string }> {
  const header: ExportHeader = {
    kind: 'header',
    format: EXPORT_FORMAT,
    version: withVectors ? VECTORS_EXPORT_VERSION : EXPORT_VERSION,
    user: userId,
    embedder: session.dataDir.recordedEmbedder() ?? null,
    ...(withVectors ? { dimensions: session.stores.vectorStore.dimensions, vectorEncoding: VECTOR_ENCODING } : {}),
  };
  const records: ExportRecord[] = [header];
  const memories = (await listMemories(session, userId, { includeVectors: withVectors })).sort((a, b) => byCodePoint(a.id, b.id));
  for (const { id, memory, vector } of successorsFirst(memories)) {
    if (withVectors && vector === undefined)
      throw new CliError(
        `the vector store gave no vector for memory ${id}: export without --with-vectors`,
        EXIT_CODES.failure,
        'NO_VECTOR',
      );
    records.push({ kind: 'memory', id, ...memoryFactToJson(memory), ...(vector === undefined ? {} : { vector: encodeVector(vector) }) });
  }
  for (const conflict of await allConflicts(session, userId)) records.push({ kind: 'conflict', ...memoryConflictToJson(conflict) });
  const jsonl = records.map((record) => `${JSON.stringify(record)}\n`).join('');
  return { data: { user: userId, records }, lines: [], jsonl };
}

function byCodePoint(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/**
 * The memories ordered so that each comes after the one that superseded it (links point from old to
 * new, so a file read top to bottom always knows a link's target); otherwise in the order given.
 */
function successorsFirst<T extends StoredMemory>(memories: readonly T[]): T[] {
  const byId = new Map(memories.map((stored) => [stored.id, stored]));
  const ordered: T[] = [];
  const placed = new Set<string>();
  const place = (stored: T, depth: number): void => {
    if (placed.has(stored.id)) return;
    const successor = stored.memory.supersededBy === undefined ? undefined : byId.get(stored.memory.supersededBy);
    // The depth bound stops a (corrupt) cycle of links.
    if (successor !== undefined && depth < memories.length) place(successor, depth + 1);
    if (placed.has(stored.id)) return;
    placed.add(stored.id);
    ordered.push(stored);
  };
  for (const stored of memories) place(stored, 0);
  return ordered;
}
