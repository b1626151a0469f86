import type { MemoryConflict, StoredMemoryWithVector } from '@casual-memory/core';
import { allMemories, MemoryService } from '@casual-memory/service';
import { allConflicts } from './all-conflicts';
import { CliError } from './cli-error';
import { type DataDir, isWritable } from './data-dir';
import { EXIT_CODES } from './exit-codes';
import { openFolderLock, withFolderLock } from './folder-lock';
import { type OpenedStores, openStores, type StoreFiles } from './open-stores';
import type { Colors } from './output';
import { ReadOnlyCopy } from './read-only-copy';
import type { Settings } from './settings';
import { requireText } from './text-limits';

/** Everything a command works with, opened for one run of the command. */
export interface Session {
  service: MemoryService;
  stores: OpenedStores;
  dataDir: DataDir;
  colors: Colors;
  errors: Colors;
  stderr: NodeJS.WritableStream & { isTTY?: boolean; columns?: number };
}

/** What a command needs of the data folder: `read` commands never create or change it. */
export type Access = 'read' | 'write';

export async function openSession(
  settings: Settings,
  colors: Colors,
  errors: Colors,
  stderr: Session['stderr'],
  access: Access = 'write',
): Promise<Session> {
  settings.dataDir.prepare(access);
  // Every file of the folder is read before anything is written: a corrupt one stops any command unchanged.
  settings.dataDir.users();
  settings.dataDir.importedLines();
  const lock = await openFolderLock(settings, access);
  let stores: OpenedStores;
  let copy: ReadOnlyCopy | undefined;
  try {
    // Opening runs schema checks and the conflict table's migrations: one process at a time per folder.
    stores = await withFolderLock(lock, () => {
      settings.dataDir.checkStoreFiles();
      // A folder the command may not write (only a read command gets this far): SQLite reads copies.
      if (!isWritable(settings.dataDir.path)) copy = ReadOnlyCopy.of(settings.dataDir);
      const underOpeningLock = <T>(body: () => Promise<T>) => withFolderLock(lock, body);
      const files: StoreFiles =
        copy === undefined
          ? { access, file: (name) => settings.dataDir.file(name), underOpeningLock }
          : { access, file: (name) => (copy as ReadOnlyCopy).file(name), note: ', read-only: a copy is read', underOpeningLock };
      return openStores(settings, files);
    });
  } catch (error) {
    copy?.remove();
    await lock?.close();
    throw error;
  }
  try {
    const service = new MemoryService({
      vectorStore: stores.vectorStore,
      conflictStore: stores.conflictStore,
      ...(stores.embedding === undefined ? {} : { embedding: stores.embedding }),
      ...(stores.chat === undefined ? {} : { chat: stores.chat }),
      ...(lock === undefined ? {} : { lock }),
    });
    const close = stores.close;
    return {
      service,
      stores: {
        ...stores,
        close: () =>
          close().finally(() => {
            copy?.remove();
            return lock?.close();
          }),
      },
      dataDir: settings.dataDir,
      colors,
      errors,
      stderr,
    };
  } catch (error) {
    await stores.close();
    copy?.remove();
    await lock?.close();
    throw error;
  }
}

/**
 * Every memory of a user, current and archived (only the ones not archived with `includeArchived: false`), in
 * the store's order (`listMemories`, a page at a time); with `includeVectors`, each with its vector.
 */
export async function listMemories(
  session: Session,
  userId: string,
  { includeVectors = false, includeArchived = true }: { includeVectors?: boolean; includeArchived?: boolean } = {},
): Promise<StoredMemoryWithVector[]> {
  return allMemories(session.stores.vectorStore, userId, { includeArchived, limit: 1000, includeVectors });
}

/** The fewest first characters of an id that commands take for the whole id (`shortId` prints 8). */
export const MIN_ID_PREFIX_LENGTH = 4;

/** A memory id, or a unique prefix of one (`shortId` prints 8 characters). */
export async function findMemoryId(session: Session, userId: string, given: string): Promise<string> {
  requireText(given, `no id given: an id needs at least ${MIN_ID_PREFIX_LENGTH} characters`);
  if ((await session.stores.vectorStore.getById(userId, given)) !== null) return given;
  checkPrefixLength(given);
  const matches = (await listMemories(session, userId)).filter((stored) => stored.id.startsWith(given));
  return unique(
    given,
    'memory',
    matches.map((stored) => stored.id),
  );
}

/**
 * A conflict id, or a unique prefix of one: of a pending one first (what `conflicts` prints), else of
 * any conflict of the user, so a resolved one is found by the short id too (and `resolve` says it is
 * already resolved, as with the full id).
 */
export async function findConflict(session: Session, userId: string, given: string): Promise<MemoryConflict> {
  requireText(given, `no id given: an id needs at least ${MIN_ID_PREFIX_LENGTH} characters`);
  const exact = await session.stores.conflictStore.getConflict(userId, given);
  if (exact !== null) return exact;
  checkPrefixLength(given);
  let matches = (await session.service.getPendingConflicts(userId)).filter((conflict) => conflict.id.startsWith(given));
  if (matches.length === 0) matches = await conflictsStartingWith(session, userId, given);
  const id = unique(
    given,
    'conflict',
    matches.map((conflict) => conflict.id),
  );
  return matches.find((conflict) => conflict.id === id) as MemoryConflict;
}

/** Every conflict of the user (resolved ones too) whose id starts with `prefix`. */
async function conflictsStartingWith(session: Session, userId: string, prefix: string): Promise<MemoryConflict[]> {
  return (await allConflicts(session, userId)).filter((conflict) => conflict.id.startsWith(prefix));
}

/** A shorter start of an id would match too much to be meant: it is bad input, not an id that is missing. */
function checkPrefixLength(given: string): void {
  if (given.length < MIN_ID_PREFIX_LENGTH)
    throw new CliError(
      `an id needs at least ${MIN_ID_PREFIX_LENGTH} characters; ${given} is too short`,
      EXIT_CODES.usage,
      'VALIDATION_ERROR',
    );
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
