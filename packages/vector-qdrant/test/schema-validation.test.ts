import { randomUUID } from 'node:crypto';
import { QdrantClient } from '@qdrant/js-client-rest';
import { QdrantVectorStore } from '../src';
import { OpenApiValidator } from './qdrant-stand-in/openapi-validator';
import { QdrantStandIn } from './qdrant-stand-in/qdrant-stand-in';

// The stand-in is only as good as its schema check: these tests show the check can fail, for
// requests and responses, directly and end to end.
const validator = new OpenApiValidator();
const QUERY = '/collections/memories/points/query';
const none = new URLSearchParams();

describe('the OpenAPI validator', () => {
  it('accepts a query as the store sends it', () => {
    const body = {
      query: [1, 0, 0, 0],
      filter: {
        must: [
          { key: 'userId', match: { value: 'u1' } },
          { key: 'type', match: { any: ['fact', 'event'] } },
          { key: 'importance', range: { gte: 0.5 } },
          { should: [{ is_empty: { key: 'validUntil' } }, { key: 'validUntil', range: { gte: '2030-01-01T00:00:00.000Z' } }] },
        ],
        must_not: [{ key: 'archived', match: { value: true } }],
      },
      limit: 5,
      score_threshold: 0.69999,
      with_payload: true,
      with_vector: false,
    };
    expect(validator.validateRequest('POST', QUERY, none, body)).toEqual([]);
  });

  it.each([
    ['a misspelt match key', { query: [1], filter: { must: [{ key: 'userId', match: { valeu: 'u1' } }] } }],
    ['a misspelt filter clause', { query: [1], filter: { muts: [{ key: 'userId', match: { value: 'u1' } }] } }],
    ['a string as the filter', { query: [1], filter: 'userId = u1' }],
    ['a limit of 0', { query: [1], limit: 0 }],
    ['a fractional limit', { query: [1], limit: 2.5 }],
    ['a string score_threshold', { query: [1], score_threshold: '0.5' }],
    [
      'a range bound that is neither number nor datetime',
      { query: [1], filter: { must: [{ key: 'validUntil', range: { gte: 'soon' } }] } },
    ],
    ['a has_id that is not a point id', { query: [1], filter: { must: [{ has_id: ['not-a-uuid'] }] } }],
  ])('rejects a query with %s', (_what, body) => {
    expect(validator.validateRequest('POST', QUERY, none, body).length).toBeGreaterThan(0);
  });

  it('rejects unknown endpoints, unknown or ill-typed query parameters, and missing bodies', () => {
    expect(validator.validateRequest('POST', '/collections/memories/points/serch', none, {})).toEqual([
      "POST /collections/memories/points/serch is not an endpoint of Qdrant's API",
    ]);
    expect(validator.validateRequest('PUT', '/collections/memories/points', new URLSearchParams('wait=maybe'), { points: [] }).length).toBe(
      1,
    );
    expect(validator.validateRequest('PUT', '/collections/memories/points', new URLSearchParams('wiat=true'), { points: [] })).toEqual([
      'query parameter "wiat" is not a parameter of upsert_points',
    ]);
    expect(validator.validateRequest('POST', '/collections/memories/points/count', none, undefined)).toEqual([
      'count_points needs a JSON request body',
    ]);
  });

  it('rejects an upsert whose point lacks its vector or has a malformed id', () => {
    const path = '/collections/memories/points';
    expect(validator.validateRequest('PUT', path, none, { points: [{ id: randomUUID(), vector: [1, 0], payload: {} }] })).toEqual([]);
    expect(validator.validateRequest('PUT', path, none, { points: [{ id: randomUUID(), payload: {} }] }).length).toBeGreaterThan(0);
    expect(validator.validateRequest('PUT', path, none, { points: [{ id: 'memory-1', vector: [1, 0] }] }).length).toBeGreaterThan(0);
    expect(validator.validateRequest('PUT', path, none, { points: [{ id: -1, vector: [1, 0] }] }).length).toBeGreaterThan(0);
  });

  it('rejects responses that do not match the schema', () => {
    const ok = { result: { points: [{ id: randomUUID(), version: 1, score: 0.5, payload: {} }] }, status: 'ok', time: 0.001 };
    expect(validator.validateResponse('POST', QUERY, 200, ok)).toEqual([]);
    const withoutVersion = { ...ok, result: { points: [{ id: randomUUID(), score: 0.5 }] } };
    expect(validator.validateResponse('POST', QUERY, 200, withoutVersion).length).toBeGreaterThan(0);
    expect(validator.validateResponse('POST', '/collections/memories/points/count', 200, { result: { count: -1 } }).length).toBeGreaterThan(
      0,
    );
    expect(validator.validateResponse('POST', QUERY, 400, { status: { error: 'bad' }, time: 0 })).toEqual([]);
    expect(validator.validateResponse('POST', QUERY, 400, { status: 'bad', time: 0 }).length).toBeGreaterThan(0);
  });
});

describe('the stand-in validates what reaches it', () => {
  let standIn: QdrantStandIn;

  beforeAll(async () => {
    standIn = await QdrantStandIn.start();
  });

  afterAll(async () => {
    await standIn.stop();
  });

  it('answers a malformed request with 400 and records the violation', async () => {
    const client = new QdrantClient({ url: standIn.url, checkCompatibility: false });
    await client.createCollection('malformed', { vectors: { size: 2, distance: 'Cosine' } });
    const malformed = { filter: { must: [{ key: 'userId', match: { valeu: 'u1' } }] }, limit: 1 } as never;
    await expect(client.count('malformed', malformed)).rejects.toMatchObject({ status: 400 });
    const [violation, ...others] = standIn.takeViolations();
    expect(others).toEqual([]);
    expect(violation).toMatchObject({ direction: 'request', operation: 'count_points' });
    expect(violation!.problems.join('\n')).toMatch(/body/);
  });

  it('fails a store call whose request was tampered with, with VALIDATION_ERROR, and records it', async () => {
    const client = new QdrantClient({ url: standIn.url, checkCompatibility: false });
    // A client that misspells one filter clause of every query, as a bug in the store would.
    const tampering = Object.assign(Object.create(client) as QdrantClient, {
      query: (collection: string, request: Parameters<QdrantClient['query']>[1]) =>
        client.query(collection, { ...request, filter: { muts: request.filter?.must } } as never),
    });
    const store = new QdrantVectorStore(tampering, { collection: 'tampered', dimensions: 2 });
    await store.add([1, 0], { text: 'x', type: 'fact', userId: 'u1' });
    await expect(store.search('u1', [1, 0])).rejects.toMatchObject({ code: 'VALIDATION_ERROR' });
    const violations = standIn.takeViolations();
    expect(violations).toHaveLength(1);
    expect(violations[0]!.problems.join('\n')).toMatch(/muts/);
    await store.close();
  });

  it('records a body holding a lone surrogate, which Qdrant cannot parse', async () => {
    const response = await fetch(`${standIn.url}/collections/malformed/points/count`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ filter: { must: [{ key: 'userId', match: { value: 'a\ud800' } }] } }),
    });
    expect(response.status).toBe(400);
    expect(standIn.takeViolations()[0]!.problems[0]).toMatch(/lone UTF-16 surrogate/);
  });
});
