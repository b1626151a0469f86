import type { MemoryConflict } from '../models/memory-conflict';

/** The two fields `listConflicts` orders by (a conflict, or a cursor's position). */
export type ListedConflictKey = Pick<MemoryConflict, 'createdAt' | 'id'>;

/**
 * Order of `ConflictStore.listConflicts`: oldest `createdAt` first, then by id in code point order.
 * Code point order is the byte order of UTF-8, which is how the SQL backends compare ids (binary
 * collations), so every backend lists in the same order. Neither key ever changes, so the order
 * holds while conflicts are added, resolved or deleted between pages.
 */
export function compareListedConflicts(a: ListedConflictKey, b: ListedConflictKey): number {
  const byTime = a.createdAt.getTime() - b.createdAt.getTime();
  if (byTime !== 0) return byTime;
  return compareCodePoints(a.id, b.id);
}

/** Compares strings by code point (UTF-16 code unit order differs only past U+D7FF). */
export function compareCodePoints(a: string, b: string): number {
  const length = Math.min(a.length, b.length);
  for (let index = 0; index < length; index++) {
    const x = a.charCodeAt(index);
    const y = b.charCodeAt(index);
    if (x !== y) return codePointRank(x) - codePointRank(y);
  }
  return a.length - b.length;
}

/** Surrogates (U+D800-U+DFFF) stand for code points above U+FFFF, so they rank above U+E000-U+FFFF. */
function codePointRank(unit: number): number {
  if (unit >= 0xd800 && unit <= 0xdfff) return unit + 0x2000;
  return unit >= 0xe000 ? unit - 0x800 : unit;
}
