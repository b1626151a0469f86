import { basicCollectionSetup } from './basic-collection';
import { collectionSetup } from './collection-setup';
import { type Answer, idsOf, type ReplayStep } from './replay-step';

type Step = ReplayStep;
const vector = [0.2, 0.1, 0.9, 0.7];

const MIN_SHOULD = 'tests/openapi/test_filter_min_should.py';
const M = 'replay_min_should';
/** Qdrant's `multipayload_collection_setup` (tests/openapi/helpers/collection_setup.py): eight points with city, color, count and price. */
function multipayloadCollectionSetup(collection: string, from: string): Step[] {
  const points = [
    [1, [0.05, 0.61, 0.76, 0.74], { city: 'Berlin', color: 'red' }],
    [2, [0.19, 0.81, 0.75, 0.11], { city: ['Berlin', 'London'], color: 'green' }],
    [3, [0.36, 0.55, 0.47, 0.94], { city: ['Berlin', 'Moscow'], color: 'blue' }],
    [4, [0.18, 0.01, 0.85, 0.8], { city: ['London', 'Moscow'], color: 'red' }],
    [5, [0.24, 0.18, 0.22, 0.44], { city: 'Seoul', color: 'red', count: 0 }],
    [6, [0.35, 0.08, 0.11, 0.44], { city: 'Berlin', color: 'red', count: 1, price: 10.0 }],
    [7, [0.25, 0.98, 0.14, 0.43], { city: 'London', color: 'red', count: 0, price: 50.0 }],
    [8, [0.19, 0.53, 0.72, 0.15], { city: 'Moscow', color: 'red', count: 1, price: 100.0 }],
  ].map(([id, vector, payload]) => ({ id, vector, payload }));
  return collectionSetup(
    from,
    collection,
    { vectors: { size: 4, distance: 'Dot', on_disk: false }, sparse_vectors: { 'sparse-text': {} }, on_disk_payload: true },
    points,
  );
}
const minShould = {
  conditions: [
    { key: 'city', match: { any: ['Berlin', 'Moscow'] } },
    { key: 'color', match: { value: 'red' } },
    { key: 'count', match: { value: 0 } },
  ],
  min_count: 2,
};
// Qdrant 1.19 has no /points/search (not in its OpenAPI paths): search steps are replayed as the equivalent query.
const search = (
  from: string,
  collection: string,
  body: Record<string, unknown>,
  check: (ids: unknown[]) => void,
  status: Step['status'] = 200,
): Step => ({
  from,
  method: 'POST',
  path: `/collections/${collection}/points/query`,
  body: { query: vector, ...body },
  status,
  ...(status === 200 ? { check: (answer: Answer) => check(idsOf(answer.result.points)) } : {}),
});
const contains = (count: number, ids: number[]) => (found: unknown[]) => {
  expect(found).toHaveLength(count);
  expect(found).toEqual(expect.arrayContaining(ids));
};

const VALUES_COUNT = 'tests/openapi/test_filter_values_count.py test_filter_values_count';
const cityCount = (range: Record<string, number>) => ({ must: [{ key: 'city', values_count: range }] });

const EUCLID = 'tests/openapi/test_euclid_dist.py test_search_with_threshold';
const MANHATTAN = 'tests/openapi/test_manhattan_dist.py (as test_euclid_dist.py, Manhattan distance)';
function distanceSetup(collection: string, distance: string, from: string): Step[] {
  return collectionSetup(from, collection, { vectors: { size: 2, distance, on_disk: false } }, [
    { id: 1, vector: [0.0, 0.0], payload: { city: 'Berlin' } },
    { id: 2, vector: [0.0, 1.0], payload: { city: ['Berlin', 'London'] } },
    { id: 3, vector: [-1, -1], payload: { city: ['Berlin', 'Moscow'] } },
  ]);
}
const scored = (from: string, collection: string, body: Record<string, unknown>, expected: [number, number][]): Step => ({
  from,
  method: 'POST',
  path: `/collections/${collection}/points/query`,
  body: { query: [1, 1], limit: 3, ...body },
  status: 200,
  check: (answer) => {
    const points = answer.result.points as { id: number; score: number }[];
    expect(points.map((p) => p.id)).toEqual(expected.map(([id]) => id));
    for (const [i, point] of points.entries()) expect(point.score).toBeCloseTo(expected[i]![1], 4);
  },
});

const FILTERED_DELETE = 'tests/openapi/test_filtered_delete.py test_delete_by_payload_filter';
const D = 'replay_filtered_delete';
// 3000 points in batches of 100 with five keywords, as Qdrant's setup; vectors from a fixed sequence instead of random().
const bigPoints = Array.from({ length: 3000 }, (_, i) => ({
  id: i,
  vector: [0, 1, 2, 3].map((j) => ((i * 7 + j * 13) % 97) / 97),
  payload: { a: `keyword_${i % 5}` },
}));

const UUID = 'tests/openapi/test_uuid_ops.py test_uuid_operations';

export const MORE_FILTER_STEPS: Step[] = [
  ...multipayloadCollectionSetup(M, `${MIN_SHOULD} setup`),
  {
    from: `${MIN_SHOULD} test_min_should_never`,
    method: 'POST',
    path: `/collections/${M}/points/query`,
    body: {
      filter: { min_should: { conditions: [{ has_id: [1, 2] }, { has_id: [4, 5, 6] }, { has_id: [7, 8, 9, 10] }], min_count: 2 } },
      limit: 100,
    },
    status: 200,
    check: (answer) => expect(answer.result.points).toHaveLength(0),
  },
  search(
    `${MIN_SHOULD} test_min_should`,
    M,
    { with_payload: ['city', 'color', 'count', 'price'], limit: 6, filter: { min_should: minShould } },
    contains(6, [1, 4, 5, 6, 7, 8]),
  ),
  search(
    `${MIN_SHOULD} test_min_should_combined_with_must`,
    M,
    {
      with_payload: ['city', 'color', 'count', 'price'],
      limit: 2,
      filter: { min_should: minShould, must: [{ key: 'price', range: { gt: null, gte: 50.0, lt: null, lte: 200.0 } }] },
    },
    contains(2, [7, 8]),
  ),
  search(
    `${MIN_SHOULD} test_nested_min_should`,
    M,
    { with_payload: ['city', 'color', 'count', 'price'], limit: 2, filter: { must_not: [{ min_should: minShould }] } },
    contains(2, [2, 3]),
  ),
  search(
    `${MIN_SHOULD} test_missing_min_count`,
    M,
    { limit: 3, filter: { min_should: { conditions: [{ key: 'city', match: { any: ['London', 'Moscow'] } }] } } },
    () => undefined,
    400,
  ),

  ...basicCollectionSetup('replay_values_count', `${VALUES_COUNT} setup`),
  search(VALUES_COUNT, 'replay_values_count', { limit: 3, filter: cityCount({ gt: 2 }) }, (ids) => expect(ids).toHaveLength(0)),
  search(VALUES_COUNT, 'replay_values_count', { limit: 3, filter: cityCount({ gte: 2 }) }, contains(3, [2, 3, 4])),
  search(VALUES_COUNT, 'replay_values_count', { limit: 3, filter: cityCount({ lt: 2 }) }, (ids) => {
    expect(ids).toHaveLength(3);
    expect(ids[0]).toBe(1);
  }),

  ...distanceSetup('replay_euclid', 'Euclid', `${EUCLID} setup`),
  scored(EUCLID, 'replay_euclid', {}, [
    [2, 1.0],
    [1, Math.SQRT2],
    [3, 2.828427],
  ]),
  scored(EUCLID, 'replay_euclid', { score_threshold: 1.5 }, [
    [2, 1.0],
    [1, Math.SQRT2],
  ]),
  ...distanceSetup('replay_manhattan', 'Manhattan', `${MANHATTAN} setup`),
  scored(MANHATTAN, 'replay_manhattan', {}, [
    [2, 1.0],
    [1, 2.0],
    [3, 4.0],
  ]),
  scored(MANHATTAN, 'replay_manhattan', { score_threshold: 1.5 }, [[2, 1.0]]),

  { from: `${FILTERED_DELETE} setup`, method: 'DELETE', path: `/collections/${D}`, status: 200 },
  {
    from: `${FILTERED_DELETE} setup`,
    method: 'PUT',
    path: `/collections/${D}`,
    body: {
      vectors: { size: 4, distance: 'Dot', on_disk: false },
      optimizers_config: { default_segment_number: 4, indexing_threshold: 10 },
    },
    status: 200,
  },
  {
    from: `${FILTERED_DELETE} setup`,
    method: 'GET',
    path: `/collections/${D}`,
    status: 200,
    check: (answer) => expect(answer.result.status).toBe('green'),
  },
  {
    from: `${FILTERED_DELETE} setup`,
    method: 'PUT',
    path: `/collections/${D}/index`,
    query: { wait: 'true' },
    body: { field_name: 'a', field_schema: 'keyword' },
    status: 200,
  },
  ...Array.from(
    { length: 30 },
    (_, batch): Step => ({
      from: `${FILTERED_DELETE} setup`,
      method: 'PUT',
      path: `/collections/${D}/points`,
      query: { wait: 'true' },
      body: { points: bigPoints.slice(batch * 100, batch * 100 + 100) },
      status: 200,
    }),
  ),
  ...[0, 1, 2, 3, 4].map(
    (k): Step => ({
      from: FILTERED_DELETE,
      method: 'POST',
      path: `/collections/${D}/points/delete`,
      query: { wait: 'true' },
      body: { filter: { must: [{ key: 'a', match: { value: `keyword_${k}` } }] } },
      status: 200,
    }),
  ),
  {
    from: FILTERED_DELETE,
    method: 'POST',
    path: `/collections/${D}/points/query`,
    body: { limit: 1000 },
    status: 200,
    check: (answer) => expect(answer.result.points).toHaveLength(0),
  },

  ...basicCollectionSetup('replay_uuid', `${UUID} setup`),
  {
    from: UUID,
    method: 'PUT',
    path: '/collections/replay_uuid/points',
    query: { wait: 'true' },
    body: {
      points: [
        { id: 'b524a3c4-c568-4383-8019-c9ca08243d6a', vector: [0.15, 0.21, 0.96, 0.04], payload: { city: 'Berlin' } },
        { id: '1d675313-d3dd-4646-8b98-8052364872da', vector: [0.19, 0.81, 0.75, 0.11], payload: { city: ['Berlin', 'London'] } },
      ],
    },
    status: 200,
  },
  {
    from: UUID,
    method: 'GET',
    path: '/collections/replay_uuid/points/b524a3c4-c568-4383-8019-c9ca08243d6a',
    status: 200,
    check: (answer) => expect(answer.result).toMatchObject({ id: 'b524a3c4-c568-4383-8019-c9ca08243d6a', payload: { city: 'Berlin' } }),
  },
];
