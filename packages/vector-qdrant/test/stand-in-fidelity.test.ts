import { QdrantStandIn } from './qdrant-stand-in/qdrant-stand-in';

// The stand-in behaviours issue 18 found disagreeing with Qdrant 1.19, each stated as Qdrant's
// behaviour with where Qdrant documents or tests it. Every answer is also checked against Qdrant's
// OpenAPI schema (no response violation may be recorded).
let standIn: QdrantStandIn;

beforeAll(async () => {
  standIn = await QdrantStandIn.start();
});

afterAll(async () => {
  await standIn.stop();
});

afterEach(() => {
  expect(standIn.takeViolations().filter((violation) => violation.direction === 'response')).toEqual([]);
});

async function call(method: string, path: string, body?: unknown): Promise<{ status: number; result: unknown; error?: string }> {
  const response = await fetch(`${standIn.url}${path}`, {
    method,
    ...(body !== undefined ? { headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) } : {}),
  });
  const json = (await response.json()) as { result: unknown; status: { error?: string } | string };
  return { status: response.status, result: json.result, ...(typeof json.status === 'object' ? { error: json.status.error } : {}) };
}

async function collection(name: string, points: unknown[], distance = 'Dot', size = 2): Promise<string> {
  await call('DELETE', `/collections/${name}`);
  expect((await call('PUT', `/collections/${name}`, { vectors: { size, distance } })).status).toBe(200);
  expect((await call('PUT', `/collections/${name}/points?wait=true`, { points })).status).toBe(200);
  return `/collections/${name}`;
}

const scrollIds = async (path: string, body: Record<string, unknown>) =>
  ((await call('POST', `${path}/points/scroll`, { limit: 100, ...body })).result as { points: { id: unknown }[] }).points.map((p) => p.id);

describe('point ids', () => {
  // OpenAPI `ExtendedPointId`: an unsigned integer or a UUID; Qdrant returns integers as numbers
  // (tests/openapi/test_payload_indexing.py asserts `[p['id'] ...] == [1, 2, 3]`) and scrolls in id
  // order, integers numerically, then UUIDs (lib/segment `ExtendedPointId`'s derived order).
  it('returns integer ids as JSON numbers, scrolled in numeric order before UUIDs', async () => {
    const uuid = '550e8400-e29b-41d4-a716-446655440000';
    const ids = [11, uuid, 2, 10, 1, 3];
    const path = await collection(
      'ids',
      ids.map((id) => ({ id, vector: [1, 0] })),
    );
    expect(await scrollIds(path, {})).toEqual([1, 2, 3, 10, 11, uuid]);
    const page = (await call('POST', `${path}/points/scroll`, { limit: 2, offset: 3 })).result as { next_page_offset: unknown };
    expect(page.next_page_offset).toBe(11);
    expect((await call('GET', `${path}/points/10`)).result).toMatchObject({ id: 10 });
  });
});

describe('is_empty and is_null', () => {
  // tests/openapi/test_basic_retrieve_api.py test_is_empty_condition / test_is_null_condition: a
  // condition with a `key` is a field condition, so `{ key, is_empty: true }` means the same as
  // `{ is_empty: { key } }` (missing, null or []), and `{ key, is_null: false }` is `must_not is_null`.
  // test_is_null_array_consistency.py: is_null also holds for an array holding a null.
  const points = [
    { id: 1, vector: [1, 0], payload: { city: 'Berlin' } },
    { id: 2, vector: [1, 0], payload: {} },
    { id: 3, vector: [1, 0], payload: { city: null } },
    { id: 4, vector: [1, 0], payload: { city: [] } },
    { id: 5, vector: [1, 0], payload: { city: [null, 'Oslo'] } },
  ];

  it('reads { key, is_empty } and { key, is_null } as field conditions with Qdrant meaning', async () => {
    const path = await collection('nulls', points);
    const ids = (condition: unknown) => scrollIds(path, { filter: { must: [condition] } });
    expect(await ids({ key: 'city', is_empty: true })).toEqual([2, 3, 4]);
    expect(await ids({ is_empty: { key: 'city' } })).toEqual([2, 3, 4]);
    expect(await ids({ key: 'city', is_empty: false })).toEqual([1, 5]);
    expect(await ids({ key: 'city', is_null: true })).toEqual([3, 5]);
    expect(await ids({ is_null: { key: 'city' } })).toEqual([3, 5]);
    expect(await ids({ key: 'city', is_null: false })).toEqual([1, 2, 4]);
  });
});

describe('datetimes', () => {
  // Documentation concepts/payload "Datetime" (RFC 3339; no zone means UTC) and
  // tests/openapi/test_payload_indexing.py test_datetime_indexing; Qdrant issue 8718 for `T12:30`.
  it('reads the shorter forms Qdrant accepts in payloads and ranges, and refuses the others with 400', async () => {
    const path = await collection('datetimes', [
      { id: 1, vector: [1, 0], payload: { at: '2015-03-01T12:30' } },
      { id: 2, vector: [1, 0], payload: { at: '2015-01-01' } },
      { id: 3, vector: [1, 0], payload: { at: '2015-02-01T08:00:00+02:00' } },
    ]);
    const range = (gte: string, lte: string) => scrollIds(path, { filter: { must: [{ key: 'at', range: { gte, lte } }] } });
    expect(await range('2015-03-01 12:30', '2015-03-01T12:30:00Z')).toEqual([1]);
    expect(await range('2015-01-01', '2015-01-01 00:00')).toEqual([2]);
    expect(await range('2015-02-01T06:00:00', '2015-02-01T06:00:00.000000000')).toEqual([3]);
    for (const refused of ['Thu, 01 Jan 2015 01:00:00 +0100', '1420070400', '20150201', '2015-02-01 06:00:00 AM', '2015-02-30']) {
      const answer = await call('POST', `${path}/points/scroll`, { filter: { must: [{ key: 'at', range: { gte: refused } }] } });
      expect({ refused, status: answer.status }).toEqual({ refused, status: 400 });
    }
  });
});

describe('validation errors (422)', () => {
  // tests/openapi/test_filter.py test_just_key: 422, "Validation error in JSON body", "At least one field condition must be specified".
  it('refuses a field condition with only a key', async () => {
    const path = await collection('just-key', [{ id: 1, vector: [1, 0] }]);
    const answer = await call('POST', `${path}/points/query`, { query: [1, 0], filter: { must: [{ key: 'city' }] } });
    expect(answer.status).toBe(422);
    expect(answer.error).toContain('Validation error in JSON body');
    expect(answer.error).toContain('At least one field condition must be specified');
  });

  // OpenAPI `IntegerIndexParams` (`lookup`: direct lookups, `range`: range filters) and
  // documentation concepts/indexing "Parameterized index": an index with neither serves no filter,
  // and Qdrant's validation refuses it with 422.
  it('refuses an integer index with lookup and range both disabled', async () => {
    const path = await collection('int-index', []);
    const refused = await call('PUT', `${path}/index`, { field_name: 'n', field_schema: { type: 'integer', lookup: false, range: false } });
    expect(refused.status).toBe(422);
    expect(refused.error).toMatch(/^Validation error in JSON body/);
    const accepted = await call('PUT', `${path}/index`, { field_name: 'n', field_schema: { type: 'integer', lookup: true, range: false } });
    expect(accepted.status).toBe(200);
  });

  // tests/openapi/test_query.py test_query_validation: `limit: 0` parses but breaks `minimum: 1`: 422.
  it('answers a bound the schema sets with 422, and a body that does not parse with 400', async () => {
    const path = await collection('bounds', [{ id: 1, vector: [1, 0] }]);
    expect((await call('POST', `${path}/points/query`, { query: [1, 0], limit: 0 })).status).toBe(422);
    expect((await call('POST', `${path}/points/query`, { query: [1, 0], limit: 'ten' })).status).toBe(400);
  });
});

describe('distances and scores', () => {
  // Documentation concepts/search "Metrics": Dot is the dot product, Cosine the dot product of the
  // normalised vectors, Euclid and Manhattan distances (smaller first). Scores are float32, written
  // as the shortest decimal that reads back as the same float32, as Qdrant's JSON does.
  it.each([
    ['Dot', [3, 1], [0, 1, 3]],
    ['Cosine', [1, 3], [0, 0.70710677, 1]],
    ['Euclid', [1, 2], [0, 1.118034, 3.6055512]],
    ['Manhattan', [1, 2], [0, 1.5, 5]],
  ])('%s orders and scores as Qdrant does', async (distance, order, scores) => {
    const path = await collection(
      `distance-${distance}`,
      [
        { id: 1, vector: [1, 0] },
        { id: 2, vector: [0, 0.5] },
        { id: 3, vector: [3, 3] },
      ],
      distance,
    );
    const answer = (await call('POST', `${path}/points/query`, { query: [1, 0], limit: 2 })).result as {
      points: { id: number; score: number }[];
    };
    expect(answer.points.map((p) => p.id)).toEqual(order.slice(0, 2));
    const all = (await call('POST', `${path}/points/query`, { query: [1, 0] })).result as { points: { id: number; score: number }[] };
    expect(all.points.map((p) => p.score).sort((a, b) => a - b)).toEqual([...scores].sort((a, b) => a - b));
  });
});

describe('upsert update_mode', () => {
  // OpenAPI `UpdateMode` (openapi-v1.19.json): `upsert` (default) inserts new points and updates
  // existing ones, `insert_only` only inserts new points and leaves existing ones as they are,
  // `update_only` only updates existing points and inserts none. The request succeeds either way.
  it('insert_only keeps an existing point, update_only creates none', async () => {
    const path = await collection('update-mode', [{ id: 1, vector: [1, 0], payload: { v: 'first' } }]);
    const put = (mode: string, points: unknown[]) => call('PUT', `${path}/points?wait=true`, { points, update_mode: mode });
    expect(
      (
        await put('insert_only', [
          { id: 1, vector: [0, 1], payload: { v: 'second' } },
          { id: 2, vector: [1, 0], payload: { v: 'new' } },
        ])
      ).status,
    ).toBe(200);
    expect((await call('GET', `${path}/points/1`)).result).toMatchObject({ payload: { v: 'first' } });
    expect((await call('GET', `${path}/points/2`)).result).toMatchObject({ payload: { v: 'new' } });
    expect(
      (
        await put('update_only', [
          { id: 2, vector: [1, 0], payload: { v: 'updated' } },
          { id: 3, vector: [1, 0] },
        ])
      ).status,
    ).toBe(200);
    expect((await call('GET', `${path}/points/2`)).result).toMatchObject({ payload: { v: 'updated' } });
    expect(await scrollIds(path, {})).toEqual([1, 2]);
  });
});
