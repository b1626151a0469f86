/**
 * Qdrant's point ids (`ExtendedPointId`, OpenAPI `components.schemas.ExtendedPointId`): an unsigned
 * integer or a UUID. Integers stay JSON numbers in every response, and Qdrant orders ids with every
 * integer (numerically) before every UUID (lib/segment `ExtendedPointId`'s derived `Ord`).
 */
export type PointId = number | string;

/** The id as Qdrant reads it from a body (UUIDs in canonical lowercase hyphenated form), or undefined when it is not an id. */
export function parsePointId(raw: unknown): PointId | undefined {
  if (typeof raw === 'number') return Number.isSafeInteger(raw) && raw >= 0 ? raw : undefined;
  if (typeof raw !== 'string') return undefined;
  const hex = raw
    .replace(/^urn:uuid:/i, '')
    .replace(/^\{(.*)\}$/, '$1')
    .replace(/-/g, '')
    .toLowerCase();
  if (!/^[0-9a-f]{32}$/.test(hex)) return undefined;
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

/** An id from a URL path (`/points/{id}`), where an integer arrives as text. */
export function parsePathPointId(text: string): PointId | undefined {
  return /^\d+$/.test(text) ? parsePointId(Number(text)) : parsePointId(text);
}

/** The key of a point in the stand-in's map: an integer's decimal text, a UUID's canonical form (they cannot collide). */
export function pointKey(id: PointId): string {
  return String(id);
}

/** Qdrant's order of ids: integers ascending, then UUIDs (byte order, which is the canonical text's order). */
export function comparePointIds(a: PointId, b: PointId): number {
  if (typeof a === 'number' && typeof b === 'number') return a - b;
  if (typeof a === 'number') return -1;
  if (typeof b === 'number') return 1;
  return a < b ? -1 : a > b ? 1 : 0;
}
