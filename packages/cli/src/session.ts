import type { MemoryConflict, StoredMemory } from '@casual-memory/core';
import { MemoryService } from '@casual-memory/service';
import { CliError } from './cli-error';
import type { DataDir } from './data-dir';
import { EXIT_CODES } from './exit-codes';
import { type OpenedStores, openStores } from './open-stores';
import type { Colors } from './output';
import type { Settings } from './settings';

/** Everything a command works with, opened for one run of the command. */
export interface Session {
  service: MemoryService;
  stores: OpenedStores;
  dataDir: DataDir;
  colors: Colors;
  errors: Colors;
  stderr: NodeJS.WritableStream & { isTTY?: boolean; columns?: number };
}

export async function openSession(settings: Settings, colors: Colors, errors: Colors, stderr: Session['stderr']): Promise<Session> {
  settings.dataDir.ensure();
  // Every file of the folder is read before anything is written: a corrupt one stops any command unchanged.
  settings.dataDir.users();
  settings.dataDir.importedLines();
  const stores = await openStores(settings);
  try {
    const service = new MemoryService({
      vectorStore: stores.vectorStore,
      conflictStore: stores.conflictStore,
      ...(stores.embedding === undefined ? {} : { embedding: stores.embedding }),
      ...(stores.chat === undefined ? {} : { chat: stores.chat }),
    });
    return { service, stores, dataDir: settings.dataDir, colors, errors, stderr };
  } catch (error) {
    await stores.close();
    throw error;
  }
}

/** Every memory of a user, current and archived: a search that keeps all scores (the protocol has no listing). */
export async function listMemories(session: Session, userId: string): Promise<StoredMemory[]> {
  const { vectorStore } = session.stores;
  const probe = new Float32Array(vectorStore.dimensions);
  probe[0] = 1;
  const hits = await vectorStore.search(userId, probe, {
    topK: 1_000_000,
    minScore: -1,
    filter: { includeArchived: true, includeExpired: true },
  });
  return hits.map(({ id, memory }) => ({ id, memory })).sort((a, b) => a.id.localeCompare(b.id));
}

/** A memory id, or a unique prefix of one (`shortId` prints 8 characters). */
export async function findMemoryId(session: Session, userId: string, given: string): Promise<string> {
  if ((await session.stores.vectorStore.getById(userId, given)) !== null) return given;
  const matches = given.length >= 4 ? (await listMemories(session, userId)).filter((stored) => stored.id.startsWith(given)) : [];
  return unique(
    given,
    'memory',
    matches.map((stored) => stored.id),
  );
}

/** A conflict id, or a unique prefix of a pending one's. */
export async function findConflict(session: Session, userId: string, given: string): Promise<MemoryConflict> {
  const exact = await session.stores.conflictStore.getConflict(userId, given);
  if (exact !== null) return exact;
  const pending = given.length >= 4 ? await session.service.getPendingConflicts(userId) : [];
  const id = unique(
    given,
    'pending conflict',
    pending.filter((conflict) => conflict.id.startsWith(given)).map((conflict) => conflict.id),
  );
  return pending.find((conflict) => conflict.id === id) as MemoryConflict;
}

function unique(given: string, what: string, ids: string[]): string {
  if (ids.length === 1) return ids[0] as string;
  if (ids.length > 1)
    throw new CliError(`${given} is the start of ${ids.length} ${what} ids: give more of it`, EXIT_CODES.usage, 'AMBIGUOUS_ID');
  throw new CliError(`no ${what} with the id ${given} (or starting with it) for this user`, EXIT_CODES.notFound, 'NOT_FOUND');
}

/** The text of a memory, for the transcript (empty when it is gone). */
export async function memoryText(session: Session, userId: string, id: string): Promise<string> {
  return (await session.stores.vectorStore.getById(userId, id))?.memory.text ?? '';
}
