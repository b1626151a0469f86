import type { ConflictStatus, MemoryConflict } from '../models/memory-conflict';

/** A place in `listConflicts` order: the `createdAt` and id of the last conflict a page returned. */
export interface ConflictListPosition {
  createdAt: Date;
  id: string;
}

/** What `listUserConflicts` is asked for: one page of the user's conflicts in `compareListedConflicts` order. */
export interface ConflictListQuery {
  /** Return only conflicts after this one (already checked by `isConflictListPosition`); absent for the first page. */
  after?: ConflictListPosition;
  /** 1 to 1000: return at most this many. */
  limit: number;
  /** Keep only conflicts of these statuses (one or two, no repeats); absent for every status. */
  statuses?: readonly ConflictStatus[];
}

/** A page from `listUserConflicts`: `next` is the position of its last conflict when more follow, absent when none do. */
export interface ConflictListPage {
  conflicts: readonly MemoryConflict[];
  next?: ConflictListPosition;
}

/** A position as the text `encodeListCursor` wraps: `[createdAt ISO, id]` as JSON. */
export function encodeConflictListPosition({ createdAt, id }: ConflictListPosition): string {
  return JSON.stringify([createdAt.toISOString(), id]);
}

/** The position in `text`, or undefined when `encodeConflictListPosition` could not have made it. */
export function decodeConflictListPosition(text: string): ConflictListPosition | undefined {
  let decoded: unknown;
  try {
    decoded = JSON.parse(text);
  } catch {
    return undefined;
  }
  if (!Array.isArray(decoded) || decoded.length !== 2) return undefined;
  const [iso, id] = decoded as unknown[];
  if (typeof iso !== 'string' || typeof id !== 'string' || id.trim().length === 0) return undefined;
  const createdAt = new Date(iso);
  if (Number.isNaN(createdAt.getTime()) || createdAt.toISOString() !== iso) return undefined;
  return { createdAt, id };
}
