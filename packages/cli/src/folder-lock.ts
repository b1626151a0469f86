import { existsSync } from 'node:fs';
import type { UserLock } from '@casual-memory/core';
import { isWritable } from './data-dir';
import { loadOptional } from './load-optional';
import type { Access } from './session';
import type { Settings } from './settings';

/** The lock's key for opening the stores (schema checks, the conflict table's migrations); no user id is this. */
const OPEN_STORES_KEY = '\u0000casual-memory:open-stores';
/** Opening waits this long for another process to finish opening the same folder. */
const OPEN_WAIT_MS = 60_000;

/**
 * A lock shared by every `casual-memory` process on one data folder (`locks.sqlite` in it, through
 * `SqliteUserLock`): the service takes it per user around each write, so parallel commands decide as
 * if run one after another, and the session takes it while opening the stores. A folder the command
 * may not write (a read command on a read-only or missing folder) gets none: reads need no lock.
 */
export async function openFolderLock(settings: Settings, access: Access): Promise<(UserLock & { close(): Promise<void> }) | undefined> {
  const folder = settings.dataDir.path;
  if (access === 'read' && (!existsSync(folder) || !isWritable(folder))) return undefined;
  const { SqliteUserLock } = await loadOptional(() => import('@casual-memory/vector-sqlite'), 'the data folder lock', 'better-sqlite3');
  return SqliteUserLock.open({ path: settings.dataDir.file('locks.sqlite'), busyTimeout: settings.connectTimeoutMs });
}

/** Runs `body` holding the folder's opening lock (when there is one). */
export async function withFolderLock<T>(lock: UserLock | undefined, body: () => Promise<T>): Promise<T> {
  if (lock === undefined) return body();
  const lease = await lock.acquire(OPEN_STORES_KEY, { waitMs: OPEN_WAIT_MS });
  try {
    return await body();
  } finally {
    await lease.release();
  }
}
