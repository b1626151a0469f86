/** A request the stand-in does not implement (it covers what the store sends); answered with an error and recorded. */
export class UnsupportedByStandIn extends Error {}

/** A request real Qdrant would refuse with 400 (e.g. a wrong vector size); answered with 400. */
export class BadInput extends Error {}

type Payload = Record<string, unknown>;
type Condition = Record<string, unknown>;

/** A point as the filter sees it: its canonical id and payload. */
export interface FilterablePoint {
  id: string;
  payload: Payload;
}

/**
 * Qdrant's filter semantics, from its filtering documentation (concepts/filtering):
 * - `must`: every condition holds (an empty list holds); `must_not`: none holds;
 *   `should`: at least one holds (so an empty list never holds); `min_should`: at least
 *   `min_count` of its conditions hold. Each clause takes one condition or a list; a condition may
 *   itself be a filter (nesting).
 * - A field condition reads every value of the key: an array field's elements each count, a
 *   missing or null field has no values. `match.value` holds when one value equals it (same JSON
 *   type); `match.any` when one value is in the list; `match.except` when a value is not in it.
 *   `range` holds when one value lies within every bound: numbers for a number range, and for a
 *   range with string bounds (`datetime_range`) values that parse as RFC 3339 datetimes, compared
 *   to the microsecond (Qdrant's precision); values of another type never match.
 * - `is_empty`: the key is missing, null or an empty array; `is_null`: the key holds null.
 * - `has_id`: the point's id is listed (UUIDs compared in canonical form).
 */
export function matchesQdrantFilter(point: FilterablePoint, filter: unknown): boolean {
  if (filter === undefined || filter === null) return true;
  const { must, should, must_not: mustNot, min_should: minShould } = filter as Record<string, unknown>;
  const list = (clause: unknown): unknown[] => (clause === undefined || clause === null ? [] : Array.isArray(clause) ? clause : [clause]);
  if (!list(must).every((condition) => holds(point, condition))) return false;
  if (list(mustNot).some((condition) => holds(point, condition))) return false;
  if (should !== undefined && should !== null && !list(should).some((condition) => holds(point, condition))) return false;
  if (minShould !== undefined && minShould !== null) {
    const { conditions, min_count: minCount } = minShould as { conditions: unknown[]; min_count: number };
    if (conditions.filter((condition) => holds(point, condition)).length < minCount) return false;
  }
  return true;
}

function holds(point: FilterablePoint, raw: unknown): boolean {
  const condition = raw as Condition;
  if ('has_id' in condition) return (condition['has_id'] as unknown[]).some((id) => canonicalId(id) === point.id);
  if ('is_empty' in condition) return valuesOf(point.payload, keyOf(condition['is_empty'])).length === 0;
  if ('is_null' in condition) return isNull(point.payload, keyOf(condition['is_null']));
  if ('key' in condition) return fieldHolds(point.payload, condition);
  if ('must' in condition || 'should' in condition || 'must_not' in condition || 'min_should' in condition) {
    return matchesQdrantFilter(point, condition);
  }
  throw new UnsupportedByStandIn(`condition ${JSON.stringify(condition)} is not implemented by the stand-in`);
}

function fieldHolds(payload: Payload, condition: Condition): boolean {
  const key = condition['key'] as string;
  const values = valuesOf(payload, key);
  const checks: boolean[] = [];
  for (const [kind, spec] of Object.entries(condition)) {
    if (kind === 'key' || spec === null || spec === undefined) continue;
    if (kind === 'match') checks.push(matchHolds(values, spec as Record<string, unknown>));
    else if (kind === 'range') checks.push(rangeHolds(values, spec as Record<string, unknown>));
    else if (kind === 'is_empty') checks.push((values.length === 0) === spec);
    else if (kind === 'is_null') checks.push(isNull(payload, key) === spec);
    else throw new UnsupportedByStandIn(`field condition "${kind}" is not implemented by the stand-in`);
  }
  if (checks.length === 0) throw new BadInput(`Wrong input: field condition on "${key}" has no condition`);
  return checks.every(Boolean);
}

function matchHolds(values: unknown[], match: Record<string, unknown>): boolean {
  if ('value' in match) return values.some((value) => value === match['value']);
  if ('any' in match) return values.some((value) => (match['any'] as unknown[]).includes(value));
  if ('except' in match) return values.some((value) => !(match['except'] as unknown[]).includes(value));
  throw new UnsupportedByStandIn(`match ${JSON.stringify(match)} is not implemented by the stand-in`);
}

function rangeHolds(values: unknown[], range: Record<string, unknown>): boolean {
  const bounds = Object.entries(range).filter(([, bound]) => bound !== null && bound !== undefined);
  const datetime = bounds.some(([, bound]) => typeof bound === 'string');
  if (datetime) {
    const limits = bounds.map(([op, bound]): [string, bigint] => {
      const micros = typeof bound === 'string' ? parseDatetimeMicros(bound) : undefined;
      if (micros === undefined) throw new BadInput(`Wrong input: ${op} ${JSON.stringify(bound)} is not a datetime`);
      return [op, micros];
    });
    return values.some((value) => {
      const micros = typeof value === 'string' ? parseDatetimeMicros(value) : undefined;
      return micros !== undefined && limits.every(([op, limit]) => compare(op, micros, limit));
    });
  }
  return values.some((value) => typeof value === 'number' && bounds.every(([op, bound]) => compare(op, value, bound as number)));
}

function compare<T extends number | bigint>(op: string, value: T, bound: T): boolean {
  if (op === 'gte') return value >= bound;
  if (op === 'gt') return value > bound;
  if (op === 'lte') return value <= bound;
  if (op === 'lt') return value < bound;
  throw new BadInput(`Wrong input: unknown range bound ${op}`);
}

/** RFC 3339 and the shorter forms Qdrant documents for datetime payloads (UTC when no offset), in microseconds. */
export function parseDatetimeMicros(text: string): bigint | undefined {
  const found = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.(\d{1,9}))?)?)?(Z|z|[+-]\d{2}:?\d{2})?$/.exec(text);
  if (found === null) return undefined;
  const [, year, month, day, hour = '00', minute = '00', second = '00', fraction = '', zone = 'Z'] = found;
  const ms = Date.parse(`${year}-${month}-${day}T${hour}:${minute}:${second}.000${zone.toUpperCase() === 'Z' ? 'Z' : zone}`);
  if (Number.isNaN(ms)) return undefined;
  return BigInt(ms) * 1000n + BigInt(`${fraction}000000`.slice(0, 6));
}

function keyOf(field: unknown): string {
  return typeof field === 'string' ? field : ((field as { key: string }).key as string);
}

/** Every value of `key` (a dotted path; `a[]` reads the array's elements): array elements each, null and missing none. */
function valuesOf(payload: Payload, key: string): unknown[] {
  let current: unknown[] = [payload];
  for (const part of key.split('.')) {
    const name = part.endsWith('[]') ? part.slice(0, -2) : part;
    const next: unknown[] = [];
    for (const value of current) {
      if (typeof value !== 'object' || value === null || Array.isArray(value)) continue;
      const field = Object.hasOwn(value, name) ? (value as Payload)[name] : undefined;
      if (Array.isArray(field)) next.push(...field);
      else if (field !== undefined) next.push(field);
    }
    current = next;
  }
  return current.filter((value) => value !== null);
}

function isNull(payload: Payload, key: string): boolean {
  return Object.hasOwn(payload, key) && payload[key] === null;
}

/** A UUID in Qdrant's canonical form (lowercase, hyphenated); integers as their decimal text. */
export function canonicalId(id: unknown): string | undefined {
  if (typeof id === 'number') return String(id);
  if (typeof id !== 'string') return undefined;
  const hex = id
    .replace(/^urn:uuid:/i, '')
    .replace(/^\{(.*)\}$/, '$1')
    .replace(/-/g, '')
    .toLowerCase();
  if (!/^[0-9a-f]{32}$/.test(hex)) return undefined;
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}
