import { basicCollectionSetup } from './basic-collection';
import { type Answer, idsOf, type ReplayStep, type Saved } from './replay-step';

type Step = ReplayStep;
const FILE = 'tests/openapi/test_order_by.py';
const C = 'replay_order_by';
const TOTAL = 300;
const LIMIT = 23;

/**
 * Qdrant's `upsert_points` for this test: 300 points with an id, a price, a two-value `multi_id`, a
 * descending float that repeats, and two dates that advance by a day now and then. Qdrant draws the
 * repeats and the advances with random(); here a fixed pattern does, so the replay is the same every run.
 */
function orderByPoints(): Record<string, unknown>[] {
  let repeated = TOTAL;
  let day = Date.parse('2026-03-01T10:20:30.123456Z');
  let step = 0;
  const nextDate = () => {
    if ((step++ * 7) % 3 === 0) day += 86_400_000;
    return `${new Date(day).toISOString().slice(0, 23)}456Z`;
  };
  return Array.from({ length: TOTAL }, (_, i) => {
    if ((i * 5) % 3 === 1) repeated -= 1;
    return {
      id: i,
      vector: [0.1 * i, 0.1 * i, 0.1 * i, 0.1 * i],
      payload: {
        city: i % 3 === 0 ? 'London' : 'Moscow',
        is_middle_split: i > TOTAL * 0.25 && i < TOTAL * 0.75,
        price: TOTAL - i,
        payload_id: i,
        multi_id: [i, TOTAL - i + 1],
        maybe_repeated_float: repeated,
        date_rfc3339: nextDate(),
        date_simple: nextDate().split('T')[0],
      },
    };
  });
}

const POINTS = orderByPoints();
const INDEXES: [string, string][] = [
  ['city', 'keyword'],
  ['is_middle_split', 'bool'],
  ['price', 'float'],
  ['maybe_repeated_float', 'float'],
  ['payload_id', 'integer'],
  ['multi_id', 'integer'],
  ['date_rfc3339', 'datetime'],
  ['date_simple', 'datetime'],
];

const scroll = (from: string, body: Step['body'], check: Step['check'], status: Step['status'] = 200): Step => ({
  from: `${FILE} ${from}`,
  method: 'POST',
  path: `/collections/${C}/points/scroll`,
  body,
  status,
  ...(check ? { check } : {}),
});

interface Pagination {
  startFrom: unknown;
  lastIds: unknown[];
  seen: Set<unknown>;
  count: number;
}

/**
 * `paginate_whole_collection`: pages of 23 by `order_by` with `start_from` at the last value seen
 * and the ids already seen at that value excluded, until a short page; no point may come twice,
 * and the pages must be `ceil(expected / 23)` and hold every matching point.
 */
function paginate(from: string, key: string, direction: 'asc' | 'desc', must: unknown[] | null): Step[] {
  const expected = POINTS.filter((point) => must === null || matchesMust(point, must)).length;
  const pages = Math.ceil(expected / LIMIT);
  const state = `pagination ${key} ${direction} ${JSON.stringify(must)}`;
  const read = (saved: Saved): Pagination => {
    saved[state] ??= { startFrom: null, lastIds: [], seen: new Set(), count: 0 };
    return saved[state] as Pagination;
  };
  return Array.from({ length: pages }, (_, page) =>
    scroll(
      `${from} (${key} ${direction}${must ? ' filtered' : ''}, page ${page + 1} of ${pages})`,
      (saved: Saved) => {
        const { startFrom, lastIds } = read(saved);
        return { order_by: { key, direction, start_from: startFrom }, limit: LIMIT, filter: { must, must_not: [{ has_id: lastIds }] } };
      },
      (answer: Answer, saved: Saved) => {
        const pagination = read(saved);
        const points = answer.result.points as { id: unknown; payload: Record<string, unknown> }[];
        const lastValue = points.length > 0 ? points[points.length - 1]!.payload[key] : pagination.startFrom;
        if (pagination.startFrom !== lastValue) {
          pagination.lastIds = [];
          pagination.startFrom = lastValue;
        }
        pagination.lastIds.push(...points.filter((point) => point.payload[key] === lastValue).map((point) => point.id));
        for (const id of idsOf(points)) {
          expect(pagination.seen.has(id)).toBe(false);
          pagination.seen.add(id);
        }
        pagination.count += points.length;
        if (page < pages - 1) expect(points).toHaveLength(LIMIT);
        else {
          expect(points.length).toBeLessThan(LIMIT);
          expect(pagination.count).toBe(expected);
        }
      },
    ),
  );
}

/** The two filters of `test_order_by_pagination_with_filters`, read on the generated points to know how many pages to expect. */
function matchesMust(point: Record<string, unknown>, must: unknown[]): boolean {
  const payload = point['payload'] as Record<string, unknown>;
  return (must as { key: string; match: { value: unknown } }[]).every(({ key, match }) => payload[key] === match.value);
}

export const ORDER_BY_STEPS: Step[] = [
  ...basicCollectionSetup(C, `${FILE} setup`),
  ...Array.from(
    { length: TOTAL / 50 },
    (_, batch): Step => ({
      from: `${FILE} setup (upsert_points)`,
      method: 'PUT',
      path: `/collections/${C}/points`,
      query: { wait: 'true' },
      body: { points: POINTS.slice(batch * 50, batch * 50 + 50) },
      status: 200,
    }),
  ),
  ...INDEXES.map(
    ([field, schema]): Step => ({
      from: `${FILE} setup (create_payload_index)`,
      method: 'PUT',
      path: `/collections/${C}/index`,
      query: { wait: 'true' },
      body: { field_name: field, field_schema: schema },
      status: 200,
    }),
  ),
  scroll('test_order_by_int_ascending', { order_by: { key: 'payload_id', direction: 'asc' }, limit: 5 }, (answer) => {
    expect(idsOf(answer.result.points)).toEqual([0, 1, 2, 3, 4]);
    expect(answer.result.next_page_offset).toBeNull();
  }),
  scroll('test_order_by_int_descending', { order_by: { key: 'payload_id', direction: 'desc' }, limit: 5 }, (answer) => {
    expect(idsOf(answer.result.points)).toEqual([299, 298, 297, 296, 295]);
    expect(answer.result.next_page_offset).toBeNull();
  }),
  ...paginate('test_paginate_whole_collection', 'payload_id', 'desc', null),
  ...paginate('test_paginate_whole_collection', 'price', 'asc', null),
  ...paginate('test_paginate_whole_collection', 'maybe_repeated_float', 'asc', null),
  ...paginate('test_paginate_whole_collection', 'date_rfc3339', 'desc', null),
  ...paginate('test_paginate_whole_collection', 'date_simple', 'asc', null),
  ...paginate('test_order_by_pagination_with_filters', 'maybe_repeated_float', 'desc', [{ key: 'city', match: { value: 'London' } }]),
  ...paginate('test_order_by_pagination_with_filters', 'date_simple', 'desc', [{ key: 'is_middle_split', match: { value: false } }]),
  scroll('test_multi_values_appear_multiple_times', { order_by: 'multi_id', limit: TOTAL * 2 }, (answer) => {
    const ids = idsOf(answer.result.points);
    expect(ids).toHaveLength(TOTAL * 2);
    const counts = new Map<unknown, number>();
    for (const id of ids) counts.set(id, (counts.get(id) ?? 0) + 1);
    expect([...counts.values()].every((count) => count === 2)).toBe(true);
  }),
  scroll('test_cannot_use_offset_with_order_by', { order_by: 'payload_id', offset: 10, limit: 10 }, undefined, 400),
];
