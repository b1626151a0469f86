/** The ids this store gives: `crypto.randomUUID()`'s lowercase, hyphenated form, as Qdrant also returns them. */
const POINT_ID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

/**
 * True for an id this store can have given. Anything else is an unknown id, answered without a
 * request: Qdrant would refuse a non-UUID string, and would read an upper-case or brace-wrapped
 * UUID as the same point, while ids here are matched exactly.
 */
export function isPointId(id: string): boolean {
  return POINT_ID.test(id);
}
