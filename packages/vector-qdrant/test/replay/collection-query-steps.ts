import { basicCollectionSetup } from './basic-collection';
import { type Answer, idsOf, type ReplayStep, type Saved } from './replay-step';

type Step = ReplayStep;
const UPDATE = 'tests/openapi/test_collection_update.py';
const U = 'replay_update';
const getConfig = (from: string, check: (config: Answer['result']) => void): Step => ({
  from,
  method: 'GET',
  path: `/collections/${U}`,
  status: 200,
  check: (answer) => check(answer.result.config),
});
const EDIT = `${UPDATE} test_edit_collection_params`;

const QUERY_FILE = 'tests/openapi/test_query.py';
const Q = 'replay_query';
const QUERY = `/collections/${Q}/points/query`;
const query = (from: string, body: unknown, check?: Step['check'], status: Step['status'] = 200): Step => ({
  from: `${QUERY_FILE} ${from}`,
  method: 'POST',
  path: QUERY,
  body,
  status,
  ...(check ? { check } : {}),
});
const refusedWith = (message: string) => (answer: Answer) => expect((answer.status as { error: string }).error).toBe(message);
const keep = (key: string, read: (answer: Answer) => unknown) => (answer: Answer, saved: Saved) => {
  saved[key] = read(answer);
};
const sameAs = (key: string, read: (answer: Answer) => unknown) => (answer: Answer, saved: Saved) =>
  expect(read(answer)).toEqual(saved[key]);
const records = (points: { id: unknown; payload?: unknown }[]) => points.map(({ id, payload }) => ({ id, payload }));
const scroll = (from: string, body: unknown, check: Step['check']): Step => ({
  from: `${QUERY_FILE} ${from}`,
  method: 'POST',
  path: `/collections/${Q}/points/scroll`,
  body,
  status: 200,
  check,
});

type Ranked = { id: unknown; score: number };
/** Qdrant's test helper `reciprocal_rank_fusion` (tests/openapi/helpers/helpers.py): 1 / (2 + rank) summed, top 10. */
function reciprocalRankFusion(lists: Ranked[][]): Ranked[] {
  const scores = new Map<unknown, number>();
  for (const list of lists) for (const [rank, { id }] of list.entries()) scores.set(id, (scores.get(id) ?? 0) + 1 / (2 + rank));
  return [...scores]
    .map(([id, score]) => ({ id, score }))
    .sort((a, b) => b.score - a.score)
    .slice(0, 10);
}
/** Qdrant's test helper `distribution_based_score_fusion`: scores mapped from mean ± 3 sample σ to [0, 1], summed, top 10. */
function distributionFusion(lists: Ranked[][]): Ranked[] {
  const scores = new Map<unknown, number>();
  for (const list of lists) {
    const mean = list.reduce((sum, p) => sum + p.score, 0) / list.length;
    const deviation = Math.sqrt(list.reduce((sum, p) => sum + (p.score - mean) ** 2, 0) / (list.length - 1));
    for (const { id, score } of list) scores.set(id, (scores.get(id) ?? 0) + (score - (mean - 3 * deviation)) / (6 * deviation));
  }
  return [...scores]
    .map(([id, score]) => ({ id, score }))
    .sort((a, b) => b.score - a.score)
    .slice(0, 10);
}

const THRESHOLD = 'tests/openapi/test_score_threshold.py test_search_with_threshold';
const secondScore = (saved: Saved) => saved['second score'] as number;
const vector = [0.2, 0.1, 0.9, 0.7];

export const COLLECTION_QUERY_STEPS: Step[] = [
  {
    from: 'tests/openapi/test_collection_exists.py',
    method: 'GET',
    path: `/collections/${U}/exists`,
    status: 200,
    check: (a) => expect(a.result.exists).toBe(false),
  },
  ...basicCollectionSetup(U, `${UPDATE} setup`),
  {
    from: 'tests/openapi/test_collection_exists.py',
    method: 'GET',
    path: `/collections/${U}/exists`,
    status: 200,
    check: (a) => expect(a.result.exists).toBe(true),
  },
  {
    from: `${UPDATE} test_collection_update`,
    method: 'PATCH',
    path: `/collections/${U}`,
    body: {
      vectors: { '': { hnsw_config: { m: 32, ef_construct: 123 }, quantization_config: { scalar: { type: 'int8', quantile: 0.8 } } } },
      sparse_vectors: { 'sparse-text': { index: { on_disk: true } } },
      optimizers_config: { default_segment_number: 6, indexing_threshold: 10000 },
    },
    status: 200,
  },
  {
    from: `${UPDATE} test_collection_update`,
    method: 'PUT',
    path: `/collections/${U}/points`,
    query: { wait: 'true' },
    body: { points: [{ id: 7, vector: [0.15, 0.31, 0.76, 0.74], payload: { city: 'Rome' } }] },
    status: 200,
  },
  { from: `${UPDATE} test_collection_update`, method: 'GET', path: `/collections/${U}/points/7`, status: 200 },
  ...basicCollectionSetup(U, `${EDIT} setup (a fresh collection per test)`),
  getConfig(EDIT, (config) => {
    expect(config.params.vectors).not.toHaveProperty('hnsw_config');
    expect(config.params.vectors).not.toHaveProperty('quantization_config');
    expect(config.params.vectors.on_disk).toBe(false);
    expect(config.hnsw_config).toMatchObject({ m: 16, ef_construct: 100 });
    expect(config.quantization_config).toBeNull();
  }),
  {
    from: EDIT,
    method: 'PATCH',
    path: `/collections/${U}`,
    body: {
      vectors: { '': { hnsw_config: { m: 32 }, quantization_config: { scalar: { type: 'int8', quantile: 0.8 } }, on_disk: true } },
      hnsw_config: { ef_construct: 123 },
      quantization_config: { scalar: { type: 'int8', quantile: 0.99, always_ram: true } },
      params: { on_disk_payload: false },
    },
    status: 200,
  },
  getConfig(EDIT, (config) => {
    expect(config.params.vectors.hnsw_config.m).toBe(32);
    expect(config.params.vectors.quantization_config.scalar).toEqual({ type: 'int8', quantile: 0.8 });
    expect(config.params.vectors.on_disk).toBe(true);
    expect(config.params.on_disk_payload).toBe(false);
    expect(config.hnsw_config).toMatchObject({ m: 16, ef_construct: 123 });
    expect(config.quantization_config.scalar).toEqual({ type: 'int8', quantile: 0.99, always_ram: true });
  }),
  {
    from: EDIT,
    method: 'PATCH',
    path: `/collections/${U}`,
    body: {
      vectors: {
        '': {
          hnsw_config: { m: 10, ef_construct: 100 },
          quantization_config: { product: { compression: 'x32', always_ram: true } },
          on_disk: false,
        },
      },
      params: { on_disk_payload: false },
    },
    status: 200,
  },
  getConfig(EDIT, (config) => {
    expect(config.params.vectors.hnsw_config).toMatchObject({ m: 10, ef_construct: 100 });
    expect(config.params.vectors.quantization_config.product).toEqual({ compression: 'x32', always_ram: true });
    expect(config.params.vectors.on_disk).toBe(false);
    expect(config.quantization_config.scalar).toEqual({ type: 'int8', quantile: 0.99, always_ram: true });
  }),

  ...basicCollectionSetup(Q, `${QUERY_FILE} setup`),
  {
    from: `${QUERY_FILE} setup`,
    method: 'PUT',
    path: `/collections/${Q}/index`,
    body: { field_name: 'price', field_schema: 'float' },
    status: 200,
  },
  query(
    'test_query_validation',
    { prefetch: [{ query: { recommend: { positive: [1] } } }] },
    refusedWith("Bad request: A query is needed to merge the prefetches. Can't have prefetches without defining a query."),
    400,
  ),
  query(
    'test_query_validation',
    { score_threshold: 10 },
    refusedWith("Bad request: A query is needed to use the score_threshold. Can't have score_threshold without defining a query."),
    400,
  ),
  query(
    'test_query_validation',
    { score_threshold: 10, query: { order_by: { key: 'price' } } },
    refusedWith("Bad request: Can't use score_threshold with an order_by query."),
    400,
  ),
  query(
    'test_query_validation (sent raw, past the client-side schema check)',
    { query: { recommend: { positive: [1] } }, limit: 0 },
    (answer) => expect((answer.status as { error: string }).error).toMatch(/^Validation error in JSON body: \[.*limit/),
    422,
  ),
  query(
    'test_basic_search',
    { query: [0.1, 0.2, 0.3, 0.4] },
    keep('nearest', (a) => a.result.points),
  ),
  query(
    'test_basic_search',
    { query: { nearest: [0.1, 0.2, 0.3, 0.4] } },
    sameAs('nearest', (a) => a.result.points),
  ),
  query(
    'test_basic_search (rescored through a prefetch)',
    { prefetch: { limit: 1000 }, query: [0.1, 0.2, 0.3, 0.4] },
    sameAs('nearest', (a) => a.result.points),
  ),
  scroll(
    'test_basic_scroll',
    {},
    keep('scroll', (a) => records(a.result.points)),
  ),
  query(
    'test_basic_scroll',
    { with_payload: true },
    sameAs('scroll', (a) => records(a.result.points)),
  ),
  scroll(
    'test_basic_scroll_offset',
    { offset: 2 },
    keep('scroll from 2', (a) => records(a.result.points)),
  ),
  query(
    'test_basic_scroll_offset',
    { with_payload: true, offset: 1 },
    sameAs('scroll from 2', (a) => records(a.result.points)),
  ),
  scroll(
    'test_basic_order_by',
    { order_by: 'price' },
    keep('by price', (a) => records(a.result.points)),
  ),
  query(
    'test_basic_order_by',
    { query: { order_by: 'price' }, with_payload: true },
    sameAs('by price', (a) => records(a.result.points)),
  ),
  query('test_basic_random_query', { query: { sample: 'random' } }, (answer) => {
    expect(answer.result.points).toHaveLength(10);
    expect([...idsOf(answer.result.points)].sort((a, b) => Number(a) - Number(b))).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
  }),
  query('test_basic_recommend_avg', { query: { recommend: { positive: [1, 2, 3, 4], negative: [3] } } }, (answer) =>
    expect(answer.result.points.length).toBeGreaterThan(0),
  ),
  ...(['rrf', 'dbsf'] as const).flatMap((fusion): Step[] => [
    query(
      `test_basic_${fusion}`,
      { query: [0.1, 0.2, 0.3, 0.4], limit: 10 },
      keep(`${fusion} 1`, (a) => a.result.points),
    ),
    query(
      `test_basic_${fusion}`,
      { query: [0.5, 0.6, 0.7, 0.8], limit: 10 },
      keep(`${fusion} 2`, (a) => a.result.points),
    ),
    query(
      `test_basic_${fusion}`,
      { prefetch: [{ query: [0.1, 0.2, 0.3, 0.4] }, { query: [0.5, 0.6, 0.7, 0.8] }], query: { fusion } },
      (answer, saved) => {
        const lists = [saved[`${fusion} 1`], saved[`${fusion} 2`]] as Ranked[][];
        const expected = fusion === 'rrf' ? reciprocalRankFusion(lists) : distributionFusion(lists);
        const got = answer.result.points as Ranked[];
        // rrf order is not deterministic between equal scores (Qdrant's test sorts both by id); dbsf is compared in order.
        const order = (points: Ranked[]) => (fusion === 'rrf' ? [...points].sort((a, b) => Number(a.id) - Number(b.id)) : points);
        expect(order(got).map((p) => p.id)).toEqual(order(expected).map((p) => p.id));
        for (const [i, point] of order(got).entries()) {
          expect(Math.abs(point.score - order(expected)[i]!.score)).toBeLessThanOrEqual(1e-5 * Math.abs(point.score));
        }
      },
    ),
  ]),

  ...basicCollectionSetup('replay_threshold', `${THRESHOLD} setup`),
  {
    from: THRESHOLD,
    method: 'POST',
    path: '/collections/replay_threshold/points/query',
    body: { query: vector, limit: 3 },
    status: 200,
    check: (answer, saved) => {
      expect(answer.result.points).toHaveLength(3);
      saved['second score'] = answer.result.points[1].score;
    },
  },
  {
    from: THRESHOLD,
    method: 'POST',
    path: '/collections/replay_threshold/points/query',
    body: (saved: Saved) => ({ query: vector, limit: 3, score_threshold: secondScore(saved) + 0.0001 }),
    status: 200,
    check: (answer) => expect(answer.result.points).toHaveLength(1),
  },
  {
    from: THRESHOLD,
    method: 'POST',
    path: '/collections/replay_threshold/points/query',
    body: (saved: Saved) => ({ query: vector, limit: 3, score_threshold: secondScore(saved) - 0.0001 }),
    status: 200,
    check: (answer) => expect(answer.result.points).toHaveLength(2),
  },
];
