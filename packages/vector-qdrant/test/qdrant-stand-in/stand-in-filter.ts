import { flatValuesAtPath, isObject, valuesAtPath } from './payload-path';
import { type PointId, parsePointId } from './point-id';
import { parseQdrantDatetime } from './stand-in-datetime';
import { BadInput, InvalidBody, UnsupportedByStandIn } from './stand-in-errors';

type Payload = Record<string, unknown>;
type Condition = Record<string, unknown>;

/** A point as the filter sees it: its id, payload and the names of the vectors it has. */
export interface FilterablePoint {
  id: PointId;
  payload: Payload;
  vectors?: ReadonlyMap<string, unknown>;
}

/**
 * Qdrant's filter semantics, from its filtering documentation (concepts/filtering) and its tests:
 * - `must`: every condition holds (an empty list holds); `must_not`: none holds; `should`: at least
 *   one holds (an empty list never holds); `min_should`: at least `min_count` hold. A clause takes
 *   one condition or a list; a condition may itself be a filter.
 * - A condition with a `key` is a field condition, whatever else it holds (`{ key, is_empty }` and
 *   `{ key, is_null }` are field conditions: tests/openapi/test_basic_retrieve_api.py), and needs at
 *   least one check, else 422 "At least one field condition must be specified"
 *   (tests/openapi/test_validation.py); every check given must hold.
 * - A field condition reads every value under the key, an array's elements each; null and missing
 *   have none. `match.value`: one value equals it; `match.any`: one value is listed (`[]` matches
 *   nothing: test_match_any_empty.py); `match.except`: one value is not listed (`[]` matches every
 *   point having the field: test_match_except_empty.py); `match.text`: a string value contains it.
 *   `range`: one value within every bound, numbers for number bounds, datetimes (stand-in-datetime.ts)
 *   for string bounds; a bound that is not a datetime is a 400. `values_count`: the number of values.
 * - `is_empty`: no value (missing, null, `[]`); `is_null`: the value is null or an array holding a
 *   null (test_is_null_array_consistency.py). `has_id`: the id is listed; `has_vector`: the point has
 *   that vector; `nested`: one element of the array satisfies the whole inner filter.
 */
export function matchesQdrantFilter(point: FilterablePoint, filter: unknown): boolean {
  if (filter === undefined || filter === null) return true;
  const { must, should, must_not: mustNot, min_should: minShould } = filter as Record<string, unknown>;
  if (!list(must).every((condition) => holds(point, condition))) return false;
  if (list(mustNot).some((condition) => holds(point, condition))) return false;
  if (should !== undefined && should !== null && !list(should).some((condition) => holds(point, condition))) return false;
  if (minShould !== undefined && minShould !== null) {
    const { conditions, min_count: minCount } = minShould as { conditions: unknown[]; min_count: number };
    if (conditions.filter((condition) => holds(point, condition)).length < minCount) return false;
  }
  return true;
}

/** Checks a filter's conditions up front, so a request Qdrant refuses is refused even when no point is looked at. */
export function checkQdrantFilter(filter: unknown, where = 'filter'): void {
  if (filter === undefined || filter === null) return;
  const clauses = filter as Record<string, unknown>;
  for (const clause of ['must', 'should', 'must_not'] as const) {
    list(clauses[clause]).forEach((condition, i) => {
      checkCondition(condition as Condition, `${where}.${clause}[${i}]`);
    });
  }
  const minShould = clauses['min_should'] as { conditions?: unknown[] } | null | undefined;
  (minShould?.conditions ?? []).forEach((condition, i) => {
    checkCondition(condition as Condition, `${where}.min_should.conditions[${i}]`);
  });
}

function checkCondition(condition: Condition, where: string): void {
  if ('key' in condition) {
    const checks = FIELD_CHECKS.filter((kind) => condition[kind] !== undefined && condition[kind] !== null);
    if (checks.length === 0) throw new InvalidBody(`${where}.match`, 'At least one field condition must be specified');
    const range = condition['range'];
    if (isObject(range)) rangeBounds(range);
    return;
  }
  if ('nested' in condition) checkQdrantFilter((condition['nested'] as Condition)['filter'], `${where}.nested.filter`);
  else if (['must', 'should', 'must_not', 'min_should'].some((clause) => clause in condition)) checkQdrantFilter(condition, where);
}

const FIELD_CHECKS = ['match', 'range', 'geo_bounding_box', 'geo_radius', 'geo_polygon', 'values_count', 'is_empty', 'is_null'] as const;

function list(clause: unknown): unknown[] {
  return clause === undefined || clause === null ? [] : Array.isArray(clause) ? clause : [clause];
}

function holds(point: FilterablePoint, raw: unknown): boolean {
  const condition = raw as Condition;
  if ('key' in condition) return fieldHolds(point.payload, condition);
  if ('has_id' in condition) {
    const listed = new Set((condition['has_id'] as unknown[]).map(parsePointId));
    return listed.has(point.id);
  }
  if ('is_empty' in condition) return isEmpty(point.payload, keyOf(condition['is_empty']));
  if ('is_null' in condition) return isNull(point.payload, keyOf(condition['is_null']));
  if ('has_vector' in condition) return point.vectors?.has(condition['has_vector'] as string) ?? false;
  if ('nested' in condition) {
    const { key, filter } = condition['nested'] as { key: string; filter: unknown };
    const elements = valuesAtPath(point.payload, key).flatMap((value) => (Array.isArray(value) ? value : [value]));
    return elements.some((element) => isObject(element) && matchesQdrantFilter({ id: point.id, payload: element }, filter));
  }
  if (['must', 'should', 'must_not', 'min_should'].some((clause) => clause in condition)) return matchesQdrantFilter(point, condition);
  throw new UnsupportedByStandIn(`condition ${JSON.stringify(condition)} is not implemented by the stand-in`);
}

function fieldHolds(payload: Payload, condition: Condition): boolean {
  const key = condition['key'] as string;
  const values = valuesOf(payload, key);
  const checks: boolean[] = [];
  for (const kind of FIELD_CHECKS) {
    const spec = condition[kind];
    if (spec === null || spec === undefined) continue;
    if (kind === 'match') checks.push(matchHolds(values, spec as Record<string, unknown>));
    else if (kind === 'range') checks.push(rangeHolds(values, spec as Record<string, unknown>));
    else if (kind === 'values_count') checks.push(countHolds(values.length, spec as Record<string, number | null>));
    else if (kind === 'is_empty') checks.push(isEmpty(payload, key) === spec);
    else if (kind === 'is_null') checks.push(isNull(payload, key) === spec);
    else throw new UnsupportedByStandIn(`field condition "${kind}" is not implemented by the stand-in`);
  }
  if (checks.length === 0) throw new InvalidBody('filter.match', 'At least one field condition must be specified');
  return checks.every(Boolean);
}

function matchHolds(values: unknown[], match: Record<string, unknown>): boolean {
  if ('value' in match) return values.some((value) => value === match['value']);
  if ('any' in match) return values.some((value) => (match['any'] as unknown[]).includes(value));
  if ('except' in match) return values.some((value) => !(match['except'] as unknown[]).includes(value));
  if ('text' in match) return values.some((value) => typeof value === 'string' && value.includes(match['text'] as string));
  throw new UnsupportedByStandIn(`match ${JSON.stringify(match)} is not implemented by the stand-in`);
}

function rangeBounds(range: Record<string, unknown>): [string, number | bigint][] {
  return Object.entries(range)
    .filter(([, bound]) => bound !== null && bound !== undefined)
    .map(([op, bound]) => {
      if (typeof bound === 'number') return [op, bound];
      const micros = typeof bound === 'string' ? parseQdrantDatetime(bound) : undefined;
      if (micros === undefined)
        throw new BadInput(`Format error in JSON body: ${op}: ${JSON.stringify(bound)} is not a datetime Qdrant reads`);
      return [op, micros];
    });
}

function rangeHolds(values: unknown[], range: Record<string, unknown>): boolean {
  const bounds = rangeBounds(range);
  if (bounds.some(([, bound]) => typeof bound === 'bigint')) {
    return values.some((value) => {
      const micros = typeof value === 'string' ? parseQdrantDatetime(value) : undefined;
      return micros !== undefined && bounds.every(([op, bound]) => compare(op, micros, bound as bigint));
    });
  }
  return values.some((value) => typeof value === 'number' && bounds.every(([op, bound]) => compare(op, value, bound as number)));
}

function countHolds(count: number, spec: Record<string, number | null>): boolean {
  return Object.entries(spec).every(([op, bound]) => bound === null || compare(op, count, bound));
}

function compare<T extends number | bigint>(op: string, value: T, bound: T): boolean {
  if (op === 'gte') return value >= bound;
  if (op === 'gt') return value > bound;
  if (op === 'lte') return value <= bound;
  if (op === 'lt') return value < bound;
  throw new BadInput(`Wrong input: unknown range bound ${op}`);
}

function keyOf(field: unknown): string {
  return typeof field === 'string' ? field : (field as { key: string }).key;
}

/** Every value under `key` (what `match`, `range` and `values_count` read). */
const valuesOf = flatValuesAtPath;

function isEmpty(payload: Payload, key: string): boolean {
  return valuesOf(payload, key).length === 0;
}

function isNull(payload: Payload, key: string): boolean {
  return valuesAtPath(payload, key).some((value) => value === null || (Array.isArray(value) && value.includes(null)));
}
