/**
 * The instants Qdrant's datetime payload index and `datetime_range` can read: RFC 3339 has
 * four-digit years, so 0000-01-01 to 9999-12-31. `Date.toISOString()` writes other years with a
 * sign and six digits, which Qdrant would not parse, so a `validUntil` outside is refused on write.
 */
export const DATETIME_MIN = Date.parse('0000-01-01T00:00:00.000Z');
export const DATETIME_MAX = Date.parse('9999-12-31T23:59:59.999Z');

/** True when Qdrant's datetime filters can compare this instant. */
export function isQdrantDatetime(date: Date): boolean {
  const time = date.getTime();
  return time >= DATETIME_MIN && time <= DATETIME_MAX;
}
