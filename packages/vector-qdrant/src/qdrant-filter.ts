import type { ParsedMemoryFilter } from '@casual-memory/core/backend';
import type { Schemas } from '@qdrant/js-client-rest';
import { hasLoneSurrogate } from './lone-surrogates';
import { DATETIME_MAX, DATETIME_MIN } from './qdrant-datetime';

export type QdrantFilter = Schemas['Filter'];
export type QdrantCondition = Schemas['Condition'];

/** The condition every request carries: the point belongs to this user (the `userId` tenant index). */
export function userCondition(userId: string): QdrantCondition {
  return { key: 'userId', match: { value: userId } };
}

/** The user's point with this id, and nothing else: ids alone would reach other users' points. */
export function pointOfUserFilter(userId: string, id: string): QdrantFilter {
  return { must: [{ has_id: [id] }, userCondition(userId)] };
}

/** Every point of the user. */
export function userFilter(userId: string): QdrantFilter {
  return { must: [userCondition(userId)] };
}

/**
 * `MemoryFilter` as a Qdrant filter with exactly the meaning of core's `matchesFilter`, so Qdrant
 * does all the filtering (the indexes then narrow the search before scoring):
 * - archived: `must_not archived = true` (a missing `archived` reads as false, as `memoryFactFromJson` does);
 * - expiry at `validAt` (default `now`): `validUntil` empty (never expires) OR `validUntil >= validAt`
 *   (inclusive: a memory valid until exactly `validAt` is still valid);
 * - `types`: any of; `tags`: any of (a point matches when one of its tags is listed);
 * - `minImportance`: `importance >= minImportance`.
 * Returns null when no stored memory can match (every listed tag holds a lone surrogate, which
 * this store never stores), so the caller skips the request.
 */
export function memoryFilter(userId: string, filter: ParsedMemoryFilter, now: Date): QdrantFilter | null {
  const must: QdrantCondition[] = [userCondition(userId)];
  if (filter.types !== undefined) must.push({ key: 'type', match: { any: [...filter.types] } });
  if (filter.tags !== undefined) {
    const storable = filter.tags.filter((tag) => !hasLoneSurrogate(tag));
    if (storable.length === 0) return null;
    must.push({ key: 'tags', match: { any: storable } });
  }
  if (filter.minImportance !== undefined) must.push({ key: 'importance', range: { gte: filter.minImportance } });
  if (filter.includeExpired !== true) {
    const expiry = unexpiredAt(filter.validAt ?? now);
    if (expiry !== null) must.push(expiry);
  }
  return filter.includeArchived === true ? { must } : { must, must_not: [{ key: 'archived', match: { value: true } }] };
}

/**
 * Not expired at `validAt`: no `validUntil`, or `validUntil >= validAt`. Stored `validUntil`s lie in
 * Qdrant's datetime range (years 0000 to 9999, checked on write), so an instant outside it needs no
 * range: before it, nothing has expired (null: no condition); after it, everything with a `validUntil` has.
 */
function unexpiredAt(validAt: Date): QdrantCondition | null {
  const time = validAt.getTime();
  if (time <= DATETIME_MIN) return null;
  const never: QdrantCondition = { is_empty: { key: 'validUntil' } };
  if (time > DATETIME_MAX) return never;
  return { should: [never, { key: 'validUntil', range: { gte: validAt.toISOString() } }] };
}
