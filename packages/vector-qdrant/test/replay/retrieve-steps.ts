import { basicCollectionSetup } from './basic-collection';
import { type Answer, idsOf, type ReplayStep } from './replay-step';

const FILE = 'tests/openapi/test_basic_retrieve_api.py';
const C = 'replay_retrieve';
const QUERY = `/collections/${C}/points/query`;
const london = { should: [{ key: 'city', match: { value: 'London' } }] };
const vector = [0.2, 0.1, 0.9, 0.7];
// Qdrant 1.19 has no /points/search any more (not in its OpenAPI paths): the search steps of this
// file are replayed as the equivalent query (test_query.py `test_basic_search` asserts they agree).
const search = (from: string, body: Record<string, unknown>, check: ReplayStep['check']): ReplayStep => ({
  from: from.startsWith('tests/') ? from : `${FILE} ${from}`,
  method: 'POST',
  path: QUERY,
  body: { query: vector, ...body },
  status: 200,
  check,
});
const idsAre = (expected: unknown[]) => (answer: Answer) => expect(idsOf(answer.result.points)).toEqual(expected);
const sameIdsAs = (key: string) => (answer: Answer, saved: Record<string, unknown>) =>
  expect(idsOf(answer.result.points)).toEqual(saved[key]);
const keepIds = (key: string, check: (ids: unknown[]) => void) => (answer: Answer, saved: Record<string, unknown>) => {
  const ids = idsOf(answer.result.points);
  check(ids);
  saved[key] = ids;
};
const notNullIds = (ids: unknown[]) => {
  expect(ids).toHaveLength(5);
  for (const id of [5, 6, 7]) expect(ids).not.toContain(id);
  for (const id of [1, 2]) expect(ids).toContain(id);
};

export const RETRIEVE_STEPS: ReplayStep[] = [
  ...basicCollectionSetup(C, `${FILE} setup`),
  {
    from: `${FILE} test_points_retrieve`,
    method: 'GET',
    path: `/collections/${C}/points/2`,
    status: 200,
    check: (answer) => expect(answer.result).toMatchObject({ id: 2, payload: { city: ['Berlin', 'London'], price: 11 } }),
  },
  {
    from: `${FILE} test_points_retrieve`,
    method: 'POST',
    path: `/collections/${C}/points`,
    body: { ids: [1, 2] },
    status: 200,
    check: (answer) => expect(idsOf(answer.result)).toEqual([1, 2]),
  },
  {
    from: `${FILE} test_points_retrieve`,
    method: 'GET',
    path: `/collections/${C}`,
    status: 200,
    check: (answer) => expect(answer.result.points_count).toBe(10),
  },
  search('test_points_retrieve', { limit: 3 }, (answer) => expect(answer.result.points).toHaveLength(3)),
  search('test_points_retrieve', { filter: london, limit: 3 }, (answer) => expect(answer.result.points).toHaveLength(2)),
  {
    from: `${FILE} test_points_retrieve`,
    method: 'POST',
    path: `/collections/${C}/points/scroll`,
    body: { offset: 2, limit: 2, with_vector: true },
    status: 200,
    check: (answer) => {
      expect(idsOf(answer.result.points)).toEqual([2, 3]);
      expect(answer.result.points[0].vector).toEqual([0.19, 0.81, 0.75, 0.11]);
    },
  },
  search('test_exclude_payload', { limit: 5, filter: london, with_payload: { exclude: ['city'] } }, (answer) => {
    expect(answer.result.points.length).toBeGreaterThan(0);
    for (const point of answer.result.points) expect(point.payload).not.toHaveProperty('city');
  }),
  {
    from: `${FILE} test_batch_search`,
    method: 'POST',
    path: `${QUERY}/batch`,
    body: {
      searches: [
        { query: vector, limit: 3 },
        { query: vector, filter: london, limit: 3 },
      ],
    },
    status: 200,
    check: (answer) => expect(answer.result.map((r: { points: unknown[] }) => r.points.length)).toEqual([3, 2]),
  },
  {
    from: `${FILE} test_batch_search`,
    method: 'POST',
    path: `${QUERY}/batch`,
    body: { searches: [] },
    status: 200,
    check: (answer) => expect(answer.result).toEqual([]),
  },
  search(
    'test_is_empty_condition',
    { limit: 5, filter: { should: [{ is_empty: { key: 'city' } }] }, with_payload: true },
    keepIds('empty', (ids) => expect([...ids].sort()).toEqual([5, 6, 7, 8])),
  ),
  search(
    'test_is_empty_condition',
    { limit: 5, filter: { should: [{ key: 'city', is_empty: true }] }, with_payload: true },
    sameIdsAs('empty'),
  ),
  search('test_is_null_condition', { limit: 5, filter: { should: [{ is_null: { key: 'city' } }] }, with_payload: true }, idsAre([7])),
  search('test_is_null_condition', { limit: 5, filter: { should: [{ key: 'city', is_null: true }] }, with_payload: true }, idsAre([7])),
  ...['city', 'city[]'].flatMap((key) => [
    search(
      'test_is_null_condition',
      { limit: 5, filter: { must_not: [{ is_null: { key } }] }, with_payload: true },
      keepIds(`not-null ${key}`, notNullIds),
    ),
    search(
      'test_is_null_condition',
      { limit: 5, filter: { must: [{ key, is_null: false }] }, with_payload: true },
      sameIdsAs(`not-null ${key}`),
    ),
  ]),
  {
    from: `${FILE} test_recommendation`,
    method: 'POST',
    path: QUERY,
    body: { query: { recommend: { positive: [1], negative: [] } }, limit: 3, with_vector: false, with_payload: true },
    status: 200,
    check: (answer) => {
      expect(answer.result.points).toHaveLength(3);
      expect(answer.result.points[0].payload).not.toBeNull();
    },
  },
  search('test_query_single_condition', { filter: { must: { key: 'city', match: { value: 'London' } } }, limit: 3 }, (answer) =>
    expect(answer.result.points).toHaveLength(2),
  ),
  {
    from: `${FILE} test_query_nested`,
    method: 'PUT',
    path: `/collections/${C}/points`,
    query: { wait: 'true' },
    body: {
      points: [
        {
          id: 8,
          vector: [0.15, 0.31, 0.76, 0.74],
          payload: { database_id: { type: 'keyword', value: '8594ff5d-265f-4785-a9f5-b3b4b9665506' } },
        },
      ],
    },
    status: 200,
  },
  {
    from: `${FILE} test_query_nested`,
    method: 'POST',
    path: `/collections/${C}/points/scroll`,
    body: {
      offset: null,
      limit: 10,
      with_vector: true,
      filter: { must: [{ key: 'database_id.value', match: { value: '8594ff5d-265f-4785-a9f5-b3b4b9665506' } }] },
    },
    status: 200,
    check: (answer) => expect(answer.result.points).toHaveLength(1),
  },
  {
    from: `${FILE} test_with_vectors_alias_of_with_vector`,
    method: 'PUT',
    path: `/collections/${C}/points`,
    query: { wait: 'true' },
    body: { points: [{ id: 8, vector: [0.15, 0.31, 0.76, 0.74], payload: { database_id: '8594ff5d-265f-adfh-a9f5-b3b4b9665506' } }] },
    status: 200,
  },
  ...['with_vector', 'with_vectors'].map(
    (keyword): ReplayStep => ({
      from: `${FILE} test_with_vectors_alias_of_with_vector`,
      method: 'POST',
      path: `/collections/${C}/points/scroll`,
      body: {
        [keyword]: true,
        filter: { must: [{ key: 'database_id', match: { value: '8594ff5d-265f-adfh-a9f5-b3b4b9665506' } }] },
        limit: 1,
      },
      status: 200,
      check: (answer) => expect(answer.result.points[0].vector).toEqual([0.15, 0.31, 0.76, 0.74]),
    }),
  ),
  search(
    'tests/openapi/test_filter.py test_match_any',
    { limit: 3, filter: { must: [{ key: 'city', match: { any: ['London', 'Moscow'] } }] } },
    (answer) => expect([...idsOf(answer.result.points)].sort()).toEqual([2, 3, 4]),
  ),
  {
    from: 'tests/openapi/test_filter.py test_just_key',
    method: 'POST',
    path: QUERY,
    body: { query: vector, limit: 3, filter: { must: [{ key: 'city' }] } },
    status: 422,
    check: (answer) => {
      const error = (answer.status as { error: string }).error;
      expect(error).toContain('Validation error in JSON body');
      expect(error).toContain('At least one field condition must be specified');
    },
  },
  { from: `${FILE} teardown`, method: 'DELETE', path: `/collections/${C}`, status: 200 },
];
