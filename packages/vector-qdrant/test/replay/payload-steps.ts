import { basicCollectionSetup } from './basic-collection';
import { type Answer, idsOf, type ReplayStep } from './replay-step';

type Step = ReplayStep;
const OPS = 'tests/openapi/test_payload_operations.py test_payload_operations';
const C = 'replay_payload';
const P = `/collections/${C}/points`;

const setPayload = (from: string, body: Record<string, unknown>, method: 'POST' | 'PUT' = 'POST'): Step => ({
  from,
  method,
  path: `${P}/payload`,
  query: { wait: 'true' },
  body,
  status: 200,
});
const getPoint = (from: string, id: number, check: (payload: Record<string, unknown>) => void): Step => ({
  from,
  method: 'GET',
  path: `${P}/${id}`,
  status: 200,
  check: (answer: Answer) => check(answer.result.payload),
});
const scrollCount = (from: string, collection: string, key: string, value: string, count: number): Step => ({
  from,
  method: 'POST',
  path: `/collections/${collection}/points/scroll`,
  body: { filter: { must: [{ key, match: { value } }] } },
  status: 200,
  check: (answer) => expect(answer.result.points).toHaveLength(count),
});
const size = (n: number) => (payload: Record<string, unknown>) => expect(Object.keys(payload)).toHaveLength(n);

const INDEXING = 'tests/openapi/test_payload_indexing.py';
const I = 'replay_indexing';
const collectionInfo = (from: string, check?: (result: Answer['result']) => void): Step => ({
  from,
  method: 'GET',
  path: `/collections/${I}`,
  status: 200,
  ...(check ? { check: (answer: Answer) => check(answer.result) } : {}),
});
const index = (from: string, field: string, schema: unknown): Step => ({
  from,
  method: 'PUT',
  path: `/collections/${I}/index`,
  query: { wait: 'true' },
  body: { field_name: field, field_schema: schema },
  status: 200,
});
const dropIndex = (from: string, field: string): Step => ({
  from,
  method: 'DELETE',
  path: `/collections/${I}/index/${field}`,
  query: { wait: 'true' },
  status: 200,
});
const setIndexed = (from: string, payload: Record<string, unknown>, points: number[]): Step => ({
  from,
  method: 'POST',
  path: `/collections/${I}/points/payload`,
  query: { wait: 'true' },
  body: { payload, points },
  status: 200,
});
const datetimeScroll = (from: string, range: Record<string, string>, expected: number[] | 'refused'): Step => ({
  from,
  method: 'POST',
  path: `/collections/${I}/points/scroll`,
  body: { with_vector: false, filter: { must: [{ key: 'datetime_payload', range }] } },
  status: expected === 'refused' ? '4xx' : 200,
  ...(expected === 'refused'
    ? {}
    : { check: (answer: Answer) => expect(idsOf(answer.result.points)).toEqual(expect.arrayContaining(expected)) }),
});
const berlinIds = (from: string): Step => ({
  from,
  method: 'POST',
  path: `/collections/${I}/points/scroll`,
  body: { with_vector: false, filter: { must: [{ key: 'city', match: { value: 'Berlin' } }] } },
  status: 200,
  check: (answer) => expect(idsOf(answer.result.points)).toEqual([1, 2, 3]),
});
const DATETIME = `${INDEXING} test_datetime_indexing`;
const BOOL = `${INDEXING} test_boolean_index`;
const INDEXED_UPDATE = `${INDEXING} test_update_payload_on_indexed_field`;

const DELETE = 'tests/openapi/test_delete_points.py test_delete_points';
const pointsCount = (from: string, collection: string, count: number): Step => ({
  from,
  method: 'GET',
  path: `/collections/${collection}`,
  status: 200,
  check: (answer) => expect(answer.result.points_count).toBe(count),
});

export const PAYLOAD_STEPS: Step[] = [
  ...basicCollectionSetup(C, `${OPS} setup`),
  setPayload(OPS, { payload: { test_payload: 'keyword' }, points: [6] }),
  getPoint(OPS, 6, size(1)),
  {
    from: OPS,
    method: 'POST',
    path: `${P}/payload/clear`,
    query: { wait: 'true' },
    body: { filter: { must: [{ has_id: [6] }] } },
    status: 200,
  },
  getPoint(OPS, 6, size(0)),
  setPayload(OPS, { payload: { test_payload: 'keyword' }, points: [6] }),
  {
    from: OPS,
    method: 'POST',
    path: `${P}/payload/delete`,
    query: { wait: 'true' },
    body: { keys: ['test_payload'], points: [6] },
    status: 200,
  },
  getPoint(OPS, 6, size(0)),
  setPayload(OPS, { payload: { key1: 'aaa', key2: 'bbb' }, points: [6] }, 'PUT'),
  getPoint(OPS, 6, size(2)),
  setPayload(OPS, { payload: { key1: 'ccc' }, points: [6] }),
  getPoint(OPS, 6, (payload) => expect(payload).toEqual({ key1: 'ccc', key2: 'bbb' })),
  setPayload(OPS, { payload: { key2: 'eee' }, points: [6] }, 'PUT'),
  getPoint(OPS, 6, (payload) => expect(payload).toEqual({ key2: 'eee' })),
  setPayload(OPS, { payload: { key4: 'aaa' }, points: [1, 2, 3] }),
  scrollCount(OPS, C, 'key4', 'aaa', 3),
  setPayload(OPS, { payload: { key5: 'bbb' }, filter: { must: [{ key: 'key4', match: { value: 'aaa' } }] } }),
  scrollCount(OPS, C, 'key5', 'bbb', 3),
  setPayload(OPS, { payload: { key6: 'xxx' }, points: [1], key: null }),
  getPoint(OPS, 1, (payload) => {
    expect(Object.keys(payload)).toHaveLength(5);
    expect(payload['key6']).toBe('xxx');
  }),
  setPayload(OPS, {
    payload: { key6: { subkey: 'xxx', arraykey: [{ a1: { a1k: 'xxx' } }, { a2: { a2k: 'xxx' } }], subkey2: { subkey3: 'xxx' } } },
    points: [1],
  }),
  setPayload(OPS, { payload: { subkey: 'yyy' }, points: [1], key: 'key6' }),
  getPoint(OPS, 1, (payload) => expect(payload).toMatchObject({ key6: { subkey: 'yyy' } })),
  setPayload(OPS, { payload: { subkey3: 'yyy' }, points: [1], key: 'key6.subkey2' }),
  getPoint(OPS, 1, (payload) => expect(payload).toMatchObject({ key6: { subkey2: { subkey3: 'yyy' } } })),
  setPayload(OPS, { payload: { a1k: 'yyy' }, points: [1], key: 'key6.arraykey[0].a1' }),
  getPoint(OPS, 1, (payload) => expect((payload['key6'] as { arraykey: { a1: { a1k: string } }[] }).arraykey[0]!.a1.a1k).toBe('yyy')),
  setPayload(OPS, { payload: { a2k: 'yyy' }, points: [1], key: 'key6.arraykey[].a2' }),
  getPoint(OPS, 1, (payload) => expect((payload['key6'] as { arraykey: { a2: { a2k: string } }[] }).arraykey[1]!.a2.a2k).toBe('yyy')),
  setPayload(OPS, { payload: { key: 'xxx' }, points: [1], key: 'key6.subkey7' }),
  getPoint(OPS, 1, (payload) => {
    expect(Object.keys(payload)).toHaveLength(5);
    expect(payload).toMatchObject({ key6: { subkey7: { key: 'xxx' } } });
  }),
  setPayload(OPS, { payload: { key: 'xxx' }, points: [9], key: 'key' }),
  getPoint(OPS, 9, (payload) => expect(payload).toEqual({ key: { key: 'xxx' } })),
  setPayload(OPS, { payload: { key: 'xxx' }, points: [9], key: 'key' }),
  getPoint(OPS, 9, (payload) => expect(payload).toEqual({ key: { key: 'xxx' } })),
  {
    from: OPS,
    method: 'POST',
    path: `${P}/payload/delete`,
    body: { keys: ['key5'], filter: { must: [{ key: 'key5', match: { value: 'bbb' } }] } },
    status: 200,
  },
  scrollCount(OPS, C, 'key5', 'bbb', 0),

  ...basicCollectionSetup(I, `${INDEXING} setup`),
  setIndexed(`${INDEXING} test_payload_indexing_operations`, { test_payload: 'keyword' }, [6]),
  collectionInfo(`${INDEXING} test_payload_indexing_operations`),
  index(`${INDEXING} test_payload_indexing_operations`, 'test_payload', 'keyword'),
  collectionInfo(`${INDEXING} test_payload_indexing_operations`, (result) =>
    expect(result.payload_schema.test_payload.data_type).toBe('keyword'),
  ),
  dropIndex(`${INDEXING} test_payload_indexing_operations`, 'test_payload'),
  collectionInfo(`${INDEXING} test_payload_indexing_operations`, (result) => expect(result.payload_schema).toEqual({})),
  index(`${INDEXING} test_index_with_numeric_key`, '123', 'keyword'),
  dropIndex(`${INDEXING} test_index_with_numeric_key (teardown: each test gets a fresh collection)`, '123'),
  setIndexed(BOOL, { boolean_payload: false }, [1, 2, 3, 4]),
  setIndexed(BOOL, { boolean_payload: [true, false] }, [5]),
  setIndexed(BOOL, { boolean_payload: true }, [6, 7]),
  index(BOOL, 'boolean_payload', 'bool'),
  collectionInfo(BOOL, (result) => expect(result.payload_schema.boolean_payload).toMatchObject({ data_type: 'bool', points: 7 })),
  dropIndex(BOOL, 'boolean_payload'),
  collectionInfo(BOOL, (result) => expect(result.payload_schema).toEqual({})),
  setIndexed(DATETIME, { datetime_payload: '2015-01-01T00:00:00Z' }, [1]),
  setIndexed(DATETIME, { datetime_payload: '2015-02-01T08:00:00+02:00' }, [2]),
  index(DATETIME, 'datetime_payload', 'datetime'),
  datetimeScroll(DATETIME, { gte: '2015-01-01', lte: '2015-01-01 00:00' }, [1]),
  datetimeScroll(DATETIME, { gte: '2015-01-01T01:00:00+01:00', lte: '2015-01-01T01:00:00+01:00' }, [1]),
  datetimeScroll(DATETIME, { gte: '2015-02-01T06:00:00', lte: '2015-02-01T06:00:00Z' }, [2]),
  datetimeScroll(DATETIME, { gte: '2015-02-01T06:00:00.000000000', lte: '2015-02-01T06:00:00.000000000' }, [2]),
  datetimeScroll(DATETIME, { gte: 'Thu, 01 Jan 2015 01:00:00 +0100', lte: 'Thu, 01 Jan 2015 01:00:00 +0100' }, 'refused'),
  datetimeScroll(DATETIME, { gte: '1422758400000', lte: '1422758400000' }, 'refused'),
  datetimeScroll(DATETIME, { gte: '1420070400', lte: '1420070400' }, 'refused'),
  datetimeScroll(DATETIME, { gte: '2015-02-01 06:00:00 AM', lte: '2015-02-01 06:00:00 AM' }, 'refused'),
  datetimeScroll(DATETIME, { gte: '20150201', lte: '20150201' }, 'refused'),
  datetimeScroll(DATETIME, { gte: '20150201T060000.000Z', lte: '20150201T060000.000Z' }, 'refused'),
  datetimeScroll(DATETIME, { gte: '2015032T060000Z', lte: '2015032T060000Z' }, 'refused'),
  datetimeScroll(DATETIME, { gte: '2015032T060000Z', lte: '2015-02-01T06:00:00' }, 'refused'),
  index(INDEXED_UPDATE, 'city', 'keyword'),
  {
    from: INDEXED_UPDATE,
    method: 'PATCH',
    path: `/collections/${I}`,
    body: { optimizers_config: { indexing_threshold: 100 } },
    status: 200,
  },
  berlinIds(INDEXED_UPDATE),
  setIndexed(INDEXED_UPDATE, { foo: 'bar' }, [2, 4]),
  berlinIds(INDEXED_UPDATE),

  ...basicCollectionSetup('replay_delete', `${DELETE} setup`),
  {
    from: DELETE,
    method: 'POST',
    path: '/collections/replay_delete/points/delete',
    query: { wait: 'true' },
    body: { filter: { must: [{ has_id: [5] }] } },
    status: 200,
  },
  pointsCount(DELETE, 'replay_delete', 9),
  {
    from: DELETE,
    method: 'POST',
    path: '/collections/replay_delete/points/delete',
    query: { wait: 'true' },
    body: { points: [1, 2, 3, 4] },
    status: 200,
  },
  pointsCount(DELETE, 'replay_delete', 5),
];
