import { basicCollectionSetup } from './basic-collection';
import { collectionSetup } from './collection-setup';
import { type Answer, idsOf, type ReplayStep } from './replay-step';

type Step = ReplayStep;

function createCollection(from: string, collection: string, size: number, points: unknown[], indexes: [string, string][] = []): Step[] {
  return collectionSetup(from, collection, { vectors: { size, distance: 'Dot' } }, points, { readBack: false, indexes });
}

function createIndex(from: string, collection: string, field: string, schema: string): Step {
  return {
    from,
    method: 'PUT',
    path: `/collections/${collection}/index`,
    query: { wait: 'true' },
    body: { field_name: field, field_schema: schema },
    status: 200,
  };
}

/** A scroll (limit 10, with payload) whose sorted ids must be `expected`, as the tests' `_scroll_ids` helpers check. */
function scrollIds(from: string, collection: string, filter: unknown, expected: unknown[], limit = 10): Step {
  return {
    from,
    method: 'POST',
    path: `/collections/${collection}/points/scroll`,
    body: { filter, limit, with_payload: true },
    status: 200,
    check: (answer: Answer) => expect([...idsOf(answer.result.points)].sort()).toEqual(expected),
  };
}

const IS_EMPTY = 'tests/openapi/test_filter_is_empty.py test_filter_is_empty';
const IS_NULL = 'tests/openapi/test_is_null_array_consistency.py test_is_null_array_consistent_indexed_and_unindexed';
const NULL_POINTS = [
  { id: 1, payload: { s: [null, 'a'] }, vector: [0.2, 0.3] },
  { id: 2, payload: { s: null }, vector: [0.2, 0.4] },
  { id: 3, payload: { s: ['a'] }, vector: [0.1, 0.4] },
  { id: 4, payload: { s: [null] }, vector: [0.1, 0.5] },
];
const ANY = 'tests/openapi/test_match_any_empty.py';
const ANY_POINTS = [
  { id: 1, vector: [1.0, 0.0], payload: { n: 1, tag: 'a', uid: '550e8400-e29b-41d4-a716-446655440001' } },
  { id: 2, vector: [0.0, 1.0], payload: { n: 2, tag: 'b', uid: '550e8400-e29b-41d4-a716-446655440002' } },
  { id: 3, vector: [1.0, 1.0], payload: { n: 3, tag: 'c', uid: '550e8400-e29b-41d4-a716-446655440003' } },
];
const anyOf = (key: string, values: unknown[]) => ({ must: [{ key, match: { any: values } }] });
const strictMode = (config: Record<string, unknown>): Step => ({
  from: `${ANY} _set_strict_mode`,
  method: 'PATCH',
  path: '/collections/replay_match_any',
  body: { strict_mode_config: config },
  status: 200,
});
const EXCEPT = 'tests/openapi/test_match_except_empty.py';
const COUNT = 'tests/openapi/test_count.py';
const londonOrBerlin = {
  should: [
    { key: 'city', match: { value: 'London' } },
    { key: 'city', match: { value: 'Berlin' } },
  ],
};

export const FILTER_STEPS: Step[] = [
  ...createCollection(
    IS_EMPTY,
    'replay_is_empty',
    3,
    [
      { id: 1, vector: [0.05, 0.61, 0.76] },
      { id: 2, vector: [0.19, 0.81, 0.75] },
      { id: 3, vector: [0.36, 0.55, 0.47] },
    ],
    [['a', 'keyword']],
  ),
  {
    from: IS_EMPTY,
    method: 'POST',
    path: '/collections/replay_is_empty/points/query',
    body: { filter: { must: [{ is_empty: { key: 'a' } }] }, query: [0.1, 0.1, 0.1], limit: 2 },
    status: 200,
    check: (answer) => expect(answer.result.points).toHaveLength(2),
  },
  ...createCollection(IS_NULL, 'replay_null_indexed', 2, NULL_POINTS, [['s', 'keyword']]),
  ...createCollection(IS_NULL, 'replay_null_unindexed', 2, NULL_POINTS),
  ...['replay_null_indexed', 'replay_null_unindexed'].flatMap((collection) => [
    scrollIds(IS_NULL, collection, { must: [{ is_null: { key: 's' } }] }, [1, 2, 4], 100),
    scrollIds(IS_NULL, collection, { must: [{ key: 's', is_null: true }] }, [1, 2, 4], 100),
  ]),
  ...createCollection(`${ANY} setup`, 'replay_match_any', 2, ANY_POINTS),
  scrollIds(`${ANY} test_match_any_empty_integer_no_index`, 'replay_match_any', anyOf('n', []), []),
  scrollIds(`${ANY} test_match_any_empty_keyword_no_index`, 'replay_match_any', anyOf('tag', []), []),
  scrollIds(`${ANY} test_match_any_empty_uuid_no_index`, 'replay_match_any', anyOf('uid', []), []),
  scrollIds(`${ANY} test_match_any_integers_no_index`, 'replay_match_any', anyOf('n', [1]), [1]),
  scrollIds(`${ANY} test_match_any_strings_no_index`, 'replay_match_any', anyOf('tag', ['a']), [1]),
  createIndex(`${ANY} test_create_indexes`, 'replay_match_any', 'n', 'integer'),
  createIndex(`${ANY} test_create_indexes`, 'replay_match_any', 'tag', 'keyword'),
  createIndex(`${ANY} test_create_indexes`, 'replay_match_any', 'uid', 'uuid'),
  scrollIds(`${ANY} test_match_any_empty_integer_with_index`, 'replay_match_any', anyOf('n', []), []),
  scrollIds(`${ANY} test_match_any_empty_keyword_with_index`, 'replay_match_any', anyOf('tag', []), []),
  scrollIds(`${ANY} test_match_any_empty_uuid_with_index`, 'replay_match_any', anyOf('uid', []), []),
  scrollIds(`${ANY} test_match_any_integers_with_index`, 'replay_match_any', anyOf('n', [1, 2]), [1, 2]),
  scrollIds(`${ANY} test_match_any_strings_with_index`, 'replay_match_any', anyOf('tag', ['a', 'b']), [1, 2]),
  strictMode({ enabled: true, unindexed_filtering_retrieve: false }),
  scrollIds(`${ANY} test_match_any_empty_with_strict_mode_integer_index`, 'replay_match_any', anyOf('n', [1]), [1]),
  scrollIds(`${ANY} test_match_any_empty_with_strict_mode_integer_index`, 'replay_match_any', anyOf('n', []), []),
  scrollIds(`${ANY} test_match_any_empty_with_strict_mode_uuid_index`, 'replay_match_any', anyOf('uid', []), []),
  scrollIds(
    `${ANY} test_match_any_empty_with_strict_mode_in_must_not`,
    'replay_match_any',
    { must_not: [{ key: 'n', match: { any: [] } }] },
    [1, 2, 3],
  ),
  strictMode({ enabled: false }),
  ...createCollection(`${EXCEPT} setup`, 'replay_match_except', 2, [
    { id: 1, vector: [1.0, 0.0], payload: { n: 1, tag: 'a' } },
    { id: 2, vector: [0.0, 1.0], payload: { n: 2, tag: 'b' } },
    { id: 3, vector: [1.0, 1.0], payload: { n: 3, tag: 'c' } },
  ]),
  scrollIds(
    `${EXCEPT} test_match_except_empty_integer_no_index`,
    'replay_match_except',
    { must: [{ key: 'n', match: { except: [] } }] },
    [1, 2, 3],
  ),
  scrollIds(
    `${EXCEPT} test_match_except_empty_keyword_no_index`,
    'replay_match_except',
    { must: [{ key: 'tag', match: { except: [] } }] },
    [1, 2, 3],
  ),
  createIndex(`${EXCEPT} test_match_except_empty_integer_with_index`, 'replay_match_except', 'n', 'integer'),
  scrollIds(
    `${EXCEPT} test_match_except_empty_integer_with_index`,
    'replay_match_except',
    { must: [{ key: 'n', match: { except: [] } }] },
    [1, 2, 3],
  ),
  createIndex(`${EXCEPT} test_match_except_empty_keyword_with_index`, 'replay_match_except', 'tag', 'keyword'),
  scrollIds(
    `${EXCEPT} test_match_except_empty_keyword_with_index`,
    'replay_match_except',
    { must: [{ key: 'tag', match: { except: [] } }] },
    [1, 2, 3],
  ),
  ...basicCollectionSetup('replay_count', `${COUNT} setup`),
  {
    from: `${COUNT} test_exact_count_search`,
    method: 'POST',
    path: '/collections/replay_count/points/count',
    body: { filter: londonOrBerlin },
    status: 200,
    check: (answer) => expect(answer.result.count).toBe(4),
  },
  {
    from: `${COUNT} test_approx_count_search`,
    method: 'POST',
    path: '/collections/replay_count/points/count',
    body: { filter: londonOrBerlin, exact: false },
    status: 200,
    check: (answer) => {
      expect(answer.result.count).toBeGreaterThan(0);
      expect(answer.result.count).toBeLessThan(10);
    },
  },
];
