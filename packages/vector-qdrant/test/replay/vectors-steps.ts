import { basicCollectionSetup } from './basic-collection';
import { collectionSetup } from './collection-setup';
import type { Answer, ReplayStep } from './replay-step';

type Step = ReplayStep;
type Vectors = Record<string, number[] | undefined>;
const OPTIONAL = 'tests/openapi/test_optional_vectors.py';
const V = 'replay_optional_vectors';
const P = `/collections/${V}/points`;

const repeat = (vector: number[]) => [...vector, ...vector];
/** Qdrant's `multivec_collection_setup` with distance Dot, as test_optional_vectors.py uses it: `image` (4) and `text` (8) dense, two sparse vectors, eight points. */
function multivecCollectionSetup(from: string): Step[] {
  const dense = (id: number, image: number[], payload?: Record<string, unknown>) => ({
    id,
    vector: { image, text: repeat(image) },
    ...(payload ? { payload } : {}),
  });
  return collectionSetup(
    from,
    V,
    {
      vectors: { image: { size: 4, distance: 'Dot', on_disk: false }, text: { size: 8, distance: 'Dot', on_disk: false } },
      sparse_vectors: { 'sparse-image': {}, 'sparse-text': {} },
      on_disk_payload: true,
    },
    [
      dense(1, [0.05, 0.61, 0.76, 0.74], { city: 'Berlin' }),
      dense(2, [0.19, 0.81, 0.75, 0.11], { city: ['Berlin', 'London'] }),
      dense(3, [0.36, 0.55, 0.47, 0.94], { city: ['Berlin', 'Moscow'] }),
      dense(4, [0.18, 0.01, 0.85, 0.8], { city: ['London', 'Moscow'] }),
      dense(5, [0.24, 0.18, 0.22, 0.44], { count: 0 }),
      dense(6, [0.35, 0.08, 0.11, 0.44]),
      {
        id: 7,
        vector: {
          'sparse-image': { indices: [1, 2, 4, 8], values: [1.5, 1.5, 1.5, 1.5] },
          'sparse-text': { indices: [66, 12], values: [0.5, 0.5] },
        },
      },
      {
        id: 8,
        vector: { 'sparse-image': { indices: [2, 8], values: [2.5, 2.5] }, 'sparse-text': { indices: [1, 2, 3], values: [0.1, 0.2, 0.3] } },
        payload: { count: 0 },
      },
    ],
  );
}

const deleteVectors = (from: string, points: number[], vector: string[]): Step => ({
  from,
  method: 'POST',
  path: `${P}/vectors/delete`,
  query: { wait: 'true' },
  body: { points, vector },
  status: 200,
});
const updateVectors = (from: string, points: { id: number; vector: Vectors }[], status = 200, check?: Step['check']): Step => ({
  from,
  method: 'PUT',
  path: `${P}/vectors`,
  query: { wait: 'true' },
  body: { points },
  status,
  ...(check ? { check } : {}),
});
const getVectors = (from: string, id: number, check: (vector: Vectors, answer: Answer) => void): Step => ({
  from,
  method: 'GET',
  path: `${P}/${id}`,
  status: 200,
  check: (answer) => check(answer.result.vector as Vectors, answer),
});
const close = (actual: number[] | undefined, expected: number[]) => {
  expect(actual).toHaveLength(expected.length);
  for (const [i, x] of actual!.entries()) expect(Math.abs(x - expected[i]!)).toBeLessThanOrEqual(1e-5);
};
const TEXT_1 = [0.34035879, 0.344099, 0.3478392, 0.35157941, 0.35531961, 0.35905982, 0.36280003, 0.36654023];
const TEXT_2 = [0.07902951, 0.22391693, 0.36880436, 0.51369179, 0.59272129, 0.07902951, 0.22391693, 0.36880436];
const IMAGE = [0.19, 0.28, 0.37, 0.46];
const SAME_POINT = `${OPTIONAL} test_update_vectors_same_point_in_batch`;

const LIMITS = 'tests/openapi/test_limits.py test_vector_dimension_limit';
const L = 'replay_limits';
const METADATA = 'tests/openapi/test_collection_metadata.py test_collection_exists';
const OVERWRITE = 'tests/openapi/test_payload_operations.py test_payload_index_overwrite';
const O = 'replay_index_overwrite';
const matchCount = (key: string, count: number): Step => ({
  from: OVERWRITE,
  method: 'POST',
  path: `/collections/${O}/points/scroll`,
  body: { with_payload: true, filter: { must: [{ key, match: { value: 1 } }] } },
  status: 200,
  check: (answer) => expect(answer.result.points).toHaveLength(count),
});

export const VECTORS_STEPS: Step[] = [
  ...multivecCollectionSetup(`${OPTIONAL} setup (test_delete_and_search)`),
  deleteVectors(`${OPTIONAL} test_delete_and_search`, [2, 3], ['text']),
  {
    // /points/search with a named vector is, in 1.19, a query `using` that vector.
    from: `${OPTIONAL} test_delete_and_search`,
    method: 'POST',
    path: `${P}/query`,
    body: { query: [0.0, 0.0, 1.0, 1.0], using: 'image', limit: 10, with_payload: true, with_vector: ['text'] },
    status: 200,
  },
  ...multivecCollectionSetup(`${OPTIONAL} setup (test_retrieve_deleted_vector)`),
  deleteVectors(`${OPTIONAL} test_retrieve_deleted_vector`, [1, 3], ['text']),
  {
    from: `${OPTIONAL} test_retrieve_deleted_vector`,
    method: 'POST',
    path: P,
    body: { ids: [1, 2, 3, 4], with_vectors: ['text', 'image'], with_payload: true },
    status: 200,
    check: (answer) => {
      const byId = new Map((answer.result as { id: number; vector: Vectors }[]).map((record) => [record.id, record.vector]));
      expect(byId.size).toBe(4);
      for (const id of [1, 2, 3, 4]) expect(byId.get(id)?.['image']).toBeDefined();
      expect(byId.get(1)?.['text']).toBeUndefined();
      expect(byId.get(2)?.['text']).toBeDefined();
      expect(byId.get(3)?.['text']).toBeUndefined();
      expect(byId.get(4)?.['text']).toBeDefined();
    },
  },
  ...multivecCollectionSetup(`${OPTIONAL} setup (test_upsert_partial_vectors)`),
  {
    from: `${OPTIONAL} test_upsert_partial_vectors`,
    method: 'PUT',
    path: P,
    query: { wait: 'true' },
    body: {
      points: [
        { id: 101, vector: { text: [0.05, 0.61, 0.76, 0.74, 0.05, 0.61, 0.76, 0.74] }, payload: { city: 'Berlin' } },
        { id: 102, vector: { image: [0.19, 0.81, 0.75, 0.11] }, payload: { city: ['Berlin', 'London'] } },
        { id: 103, vector: {}, payload: { city: ['Berlin', 'Moscow'] } },
      ],
    },
    status: 200,
  },
  getVectors(`${OPTIONAL} test_upsert_partial_vectors`, 101, (vector) => expect(Object.keys(vector)).toEqual(['text'])),
  getVectors(`${OPTIONAL} test_upsert_partial_vectors`, 102, (vector) => expect(Object.keys(vector)).toEqual(['image'])),
  getVectors(`${OPTIONAL} test_upsert_partial_vectors`, 103, (vector) => expect(Object.keys(vector)).toEqual([])),
  ...multivecCollectionSetup(`${OPTIONAL} setup (test_update_vectors)`),
  {
    from: `${OPTIONAL} test_update_vectors`,
    method: 'PUT',
    path: P,
    query: { wait: 'true' },
    body: { points: [{ id: 1000, vector: {}, payload: { city: 'Berlin' } }] },
    status: 200,
  },
  getVectors(`${OPTIONAL} test_update_vectors`, 1000, (vector) => expect(vector['text']).toBeUndefined()),
  updateVectors(`${OPTIONAL} test_update_vectors`, [{ id: 1000, vector: { text: TEXT_1 } }]),
  getVectors(`${OPTIONAL} test_update_vectors`, 1000, (vector, answer) => {
    close(vector['text'], TEXT_1);
    expect(answer.result.payload.city).toBe('Berlin');
  }),
  updateVectors(`${OPTIONAL} test_update_vectors`, [{ id: 1000, vector: { text: TEXT_2, image: IMAGE } }]),
  getVectors(`${OPTIONAL} test_update_vectors`, 1000, (vector) => {
    close(vector['image'], IMAGE);
    close(vector['text'], TEXT_2);
  }),
  updateVectors(`${OPTIONAL} test_update_vectors`, [{ id: 1000, vector: { image: [0.0, 0.01, 0.0, 0.01] } }]),
  getVectors(`${OPTIONAL} test_update_vectors`, 1000, (vector) => {
    close(vector['image'], [0.0, 0.01, 0.0, 0.01]);
    close(vector['text'], TEXT_2);
  }),
  ...multivecCollectionSetup(`${OPTIONAL} setup (test_update_empty_vectors)`),
  deleteVectors(`${OPTIONAL} test_update_empty_vectors`, [1], ['image', 'text']),
  getVectors(`${OPTIONAL} test_update_empty_vectors`, 1, (vector) => expect(Object.keys(vector)).toEqual([])),
  updateVectors(`${OPTIONAL} test_update_empty_vectors`, [{ id: 1, vector: { text: TEXT_1 } }]),
  getVectors(`${OPTIONAL} test_update_empty_vectors`, 1, (vector) => {
    close(vector['text'], TEXT_1);
    expect(vector['image']).toBeUndefined();
  }),
  updateVectors(`${OPTIONAL} test_update_empty_vectors`, [{ id: 1, vector: { image: IMAGE } }]),
  getVectors(`${OPTIONAL} test_update_empty_vectors`, 1, (vector) => {
    close(vector['image'], IMAGE);
    close(vector['text'], TEXT_1);
  }),
  ...multivecCollectionSetup(`${OPTIONAL} setup (test_update_vectors_unknown_point)`),
  // Qdrant's test names point 424242424242424242, beyond JavaScript's exact integers: a smaller unknown id here.
  updateVectors(
    `${OPTIONAL} test_update_vectors_unknown_point`,
    [
      { id: 1, vector: { text: [0.05, 0.61, 0.76, 0.74, 0.05, 0.61, 0.76, 0.74] } },
      { id: 424242424242424, vector: { image: [0.19, 0.81, 0.75, 0.11] } },
    ],
    404,
    (answer) => expect((answer.status as { error: string }).error).toBe('Not found: No point with id 424242424242424 found'),
  ),
  ...multivecCollectionSetup(`${SAME_POINT} setup`),
  {
    from: SAME_POINT,
    method: 'PUT',
    path: P,
    query: { wait: 'true' },
    body: { points: [{ id: 1000, vector: { text: [0.1, 0.3, 0.2, 0.9, 0.9, 0.1, 0.4, 0.9], image: [0.8, 0.6, 0.3, 0.0] } }] },
    status: 200,
  },
  getVectors(SAME_POINT, 1000, (vector) =>
    expect(vector).toEqual({ image: [0.8, 0.6, 0.3, 0.0], text: [0.1, 0.3, 0.2, 0.9, 0.9, 0.1, 0.4, 0.9] }),
  ),
  updateVectors(SAME_POINT, [
    { id: 1000, vector: { text: [0.8, 0.8, 0.9, 0.2, 0.7, 0.5, 0.2, 0.6] } },
    { id: 1000, vector: { image: [0.3, 0.6, 0.4, 0.4] } },
  ]),
  getVectors(SAME_POINT, 1000, (vector) =>
    expect(vector).toEqual({ image: [0.3, 0.6, 0.4, 0.4], text: [0.8, 0.8, 0.9, 0.2, 0.7, 0.5, 0.2, 0.6] }),
  ),

  { from: LIMITS, method: 'DELETE', path: `/collections/${L}`, status: 200 },
  { from: LIMITS, method: 'PUT', path: `/collections/${L}`, body: { vectors: { size: 65536, distance: 'Dot' } }, status: 200 },
  { from: LIMITS, method: 'DELETE', path: `/collections/${L}`, status: 200 },
  {
    from: `${LIMITS} (sent raw, past the client-side schema check)`,
    method: 'PUT',
    path: `/collections/${L}`,
    body: { vectors: { size: 65537, distance: 'Dot' } },
    status: 422,
    check: (answer) =>
      expect((answer.status as { error: string }).error).toBe(
        'Validation error in JSON body: [vectors.size: value 65537 invalid, must be from 1 to 65536]',
      ),
  },
  { from: LIMITS, method: 'DELETE', path: `/collections/${L}`, status: 200 },
  { from: LIMITS, method: 'PUT', path: `/collections/${L}`, body: { vectors: { size: 1, distance: 'Dot' } }, status: 200 },
  { from: LIMITS, method: 'DELETE', path: `/collections/${L}`, status: 200 },

  ...basicCollectionSetup('replay_metadata', `${METADATA} setup`),
  ...[{ new_meta: 'value' }, { new_meta_2: 'value2' }, { new_meta: 'value3' }].map(
    (metadata): Step => ({ from: METADATA, method: 'PATCH', path: '/collections/replay_metadata', body: { metadata }, status: 200 }),
  ),
  {
    from: METADATA,
    method: 'GET',
    path: '/collections/replay_metadata',
    status: 200,
    check: (answer) => expect(answer.result.config.metadata).toEqual({ new_meta: 'value3', new_meta_2: 'value2' }),
  },

  { from: OVERWRITE, method: 'DELETE', path: `/collections/${O}`, status: 200 },
  { from: OVERWRITE, method: 'PUT', path: `/collections/${O}`, body: { vectors: { size: 4, distance: 'Dot' } }, status: 200 },
  ...['a.x', 'a.y', 'b', 'nested.a.x', 'nested.a.y', 'nested.b'].map(
    (field): Step => ({
      from: OVERWRITE,
      method: 'PUT',
      path: `/collections/${O}/index`,
      query: { wait: 'true' },
      body: { field_name: field, field_schema: 'integer' },
      status: 200,
    }),
  ),
  {
    from: OVERWRITE,
    method: 'PUT',
    path: `/collections/${O}/points`,
    query: { wait: 'true' },
    body: { points: [{ id: 1, vector: [1, 2, 3, 4], payload: { a: { x: 1 }, b: 1, nested: { a: { x: 1 }, b: 1 } } }] },
    status: 200,
  },
  {
    from: OVERWRITE,
    method: 'POST',
    path: `/collections/${O}/points/payload`,
    body: { payload: { a: { y: 1 } }, points: [1] },
    status: 200,
  },
  matchCount('a.x', 0),
  matchCount('a.y', 1),
  {
    from: OVERWRITE,
    method: 'POST',
    path: `/collections/${O}/points/payload`,
    body: { payload: { a: { y: 1 } }, points: [1], key: 'nested' },
    status: 200,
  },
  matchCount('nested.a.x', 0),
  matchCount('nested.a.y', 1),
];
