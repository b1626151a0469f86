import { basicCollectionSetup } from './basic-collection';
import type { ReplayStep } from './replay-step';

type Step = ReplayStep;
type Expected = { id: number; payload: Record<string, unknown>; vector?: unknown };
const FILE = 'tests/openapi/test_batch_update.py';
const C = 'replay_batch_update';

const batch = (from: string, operations: unknown[], wait = true): Step => ({
  from: `${FILE} ${from}`,
  method: 'POST',
  path: `/collections/${C}/points/batch`,
  ...(wait ? { query: { wait: 'true' } } : {}),
  body: { operations },
  status: 200,
  check: (answer) => expect(answer.result).toHaveLength(operations.length),
});

/**
 * The test's `assert_points`: retrieve the points (and ids that must not exist) with payload, and
 * vectors when asked; each found point equals the expected id, payload and vector (no vector key
 * when vectors were not asked for).
 */
const assertPoints = (from: string, points: Expected[], missing: number[] = [], withVectors = false): Step => ({
  from: `${FILE} ${from} (assert_points)`,
  method: 'POST',
  path: `/collections/${C}/points`,
  body: { ids: [...points.map((point) => point.id), ...missing], with_vector: withVectors, with_payload: true },
  status: 200,
  check: (answer) => {
    const found = [...(answer.result as Expected[])].sort((a, b) => a.id - b.id);
    const expected = [...points].sort((a, b) => a.id - b.id);
    expect(found.map(({ id, payload, vector }) => ({ id, payload, vector }))).toEqual(
      expected.map(({ id, payload, vector }) => ({ id, payload, vector: withVectors ? vector : undefined })),
    );
  },
});
const upsert = (id: number, vector: unknown) => ({ upsert: { points: [{ id, vector, payload: {} }] } });
const sparse = { 'sparse-text': { indices: [123, 321], values: [5.5, 5.5] } };

export const BATCH_UPDATE_STEPS: Step[] = [
  ...basicCollectionSetup(C, `${FILE} setup (test_batch_update)`),
  batch('test_batch_update', [
    upsert(7, [1.0, 2.0, 3.0, 4.0]),
    upsert(8, [1.0, 2.0, 3.0, 4.0]),
    { delete: { points: [8] } },
    upsert(7, [2.0, 1.0, 3.0, 4.0]),
    upsert(9, sparse),
    { delete: { points: [10] } },
  ]),
  assertPoints('test_batch_update', [{ id: 7, vector: [2.0, 1.0, 3.0, 4.0], payload: {} }], [8], true),
  assertPoints('test_batch_update', [{ id: 9, vector: sparse, payload: {} }], [10], true),
  batch('test_batch_update', [
    { update_vectors: { points: [{ id: 7, vector: [1.0, 2.0, 3.0, 4.0] }] } },
    { update_vectors: { points: [{ id: 7, vector: [9.0, 2.0, 4.0, 2.0] }] } },
  ]),
  assertPoints('test_batch_update', [{ id: 7, vector: [9.0, 2.0, 4.0, 2.0], payload: {} }], [8], true),
  batch('test_batch_update', [upsert(9, [0.0, 5.0, 2.0, 1.0]), { delete_vectors: { points: [9], vector: [''] } }]),
  assertPoints(
    'test_batch_update',
    [
      { id: 7, vector: [9.0, 2.0, 4.0, 2.0], payload: {} },
      { id: 9, vector: {}, payload: {} },
    ],
    [8],
    true,
  ),
  ...basicCollectionSetup(C, `${FILE} setup (test_batch_update_payload)`),
  batch(
    'test_batch_update_payload',
    [
      { overwrite_payload: { payload: { test_payload: '1' }, points: [1] } },
      { overwrite_payload: { payload: { test_payload: '2' }, points: [2] } },
    ],
    false,
  ),
  assertPoints('test_batch_update_payload', [
    { id: 1, payload: { test_payload: '1' } },
    { id: 2, payload: { test_payload: '2' } },
  ]),
  batch('test_batch_update_payload', [{ clear_payload: { points: [1] } }, { clear_payload: { points: [2] } }]),
  assertPoints('test_batch_update_payload', [
    { id: 1, payload: {} },
    { id: 2, payload: {} },
  ]),
  batch('test_batch_update_payload', [
    { overwrite_payload: { payload: { test_payload_1: '1' }, points: [1] } },
    { set_payload: { payload: { test_payload_2: '2', test_payload_3: '3' }, points: [1] } },
    { delete_payload: { keys: ['test_payload_2'], points: [1] } },
  ]),
  assertPoints('test_batch_update_payload', [{ id: 1, payload: { test_payload_1: '1', test_payload_3: '3' } }]),
];
