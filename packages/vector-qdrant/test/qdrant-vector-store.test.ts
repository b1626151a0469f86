import { randomUUID } from 'node:crypto';
import { type AddressInfo, createServer } from 'node:net';
import { type CasualMemoryError, StoreUnavailableError } from '@casual-memory/core';
import { assertRejectsWith } from '@casual-memory/test-suite';
import { QdrantClient } from '@qdrant/js-client-rest';
import { PAYLOAD_INDEXES, QdrantVectorStore } from '../src';
import { QdrantStandIn, type SeenRequest } from './qdrant-stand-in/qdrant-stand-in';
import { StandInCollection } from './qdrant-stand-in/stand-in-collection';

let standIn: QdrantStandIn;

beforeAll(async () => {
  standIn = await QdrantStandIn.start();
  standIn.recordRequests = true;
});

afterAll(async () => {
  await standIn.stop();
});

beforeEach(() => {
  standIn.requests.length = 0;
});

afterEach(() => {
  expect(standIn.takeViolations()).toEqual([]);
});

/** A fresh collection name, so tests never see each other's points. */
function collection(): string {
  return `c-${randomUUID()}`;
}

function open(name = collection(), dimensions = 4, options: Partial<Parameters<typeof QdrantVectorStore.create>[0]> = {}) {
  return QdrantVectorStore.create({ url: standIn.url, collection: name, dimensions, ...options });
}

/** A port nothing listens on: one the system just gave out and took back. */
async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  await new Promise((resolve) => server.close(resolve));
  return port;
}

const fact = (userId: string, text = 'x', extra: Record<string, unknown> = {}) => ({ text, type: 'fact' as const, userId, ...extra });
const operations = (requests: SeenRequest[]) => requests.map((request) => request.operation);
const writes = ['upsert_points', 'delete_points', 'set_payload', 'overwrite_payload', 'delete_payload', 'create_field_index'];

describe('collection bootstrap', () => {
  it('creates a missing collection with the size, cosine distance, on-disk payload and HNSW options, and every payload index', async () => {
    const name = collection();
    const store = await open(name, 6, { onDiskPayload: true, hnsw: { m: 0, payloadM: 16, efConstruct: 64, fullScanThreshold: 5000 } });
    const created = standIn.requests.find((request) => request.operation === 'create_collection');
    expect(created?.body).toEqual({
      vectors: { size: 6, distance: 'Cosine' },
      on_disk_payload: true,
      hnsw_config: { m: 0, payload_m: 16, ef_construct: 64, full_scan_threshold: 5000 },
    });
    const info = (await new QdrantClient({ url: standIn.url, checkCompatibility: false }).getCollection(name)).payload_schema;
    expect(info).toEqual({
      userId: { data_type: 'keyword', params: { type: 'keyword', is_tenant: true }, points: 0 },
      type: { data_type: 'keyword', points: 0 },
      tags: { data_type: 'keyword', points: 0 },
      archived: { data_type: 'bool', points: 0 },
      importance: { data_type: 'float', points: 0 },
      validUntil: { data_type: 'datetime', points: 0 },
    });
    expect(PAYLOAD_INDEXES.map((index) => index.field)).toEqual(Object.keys(info));
    // Every index request waits for the index to be built.
    for (const request of standIn.requests.filter((r) => r.operation === 'create_field_index')) expect(request.query).toBe('?wait=true');
    await store.close();
  });

  it('opens an existing collection without re-creating it, and creates only the indexes it lacks', async () => {
    const name = collection();
    await (await open(name)).close();
    standIn.collections.get(name)!.payloadSchema.delete('tags');
    standIn.requests.length = 0;
    const store = await open(name);
    expect(operations(standIn.requests)).toEqual(['collection_exists', 'get_collection', 'create_field_index']);
    expect(standIn.requests[2]!.body).toEqual({ field_name: 'tags', field_schema: 'keyword' });
    await store.close();
  });

  it('refuses a collection of another vector size with DimensionMismatchError before writing anything', async () => {
    const name = collection();
    await (await open(name, 4)).close();
    standIn.requests.length = 0;
    const error = await open(name, 8).catch((thrown: unknown) => thrown);
    expect(error).toMatchObject({ code: 'DIMENSION_MISMATCH', expected: 4, actual: 8 });
    expect((error as Error).message).toMatch(`collection "${name}" holds 4-dimensional vectors`);
    // The same through the constructor: the first write fails the same way, writing nothing.
    const store = new QdrantVectorStore(new QdrantClient({ url: standIn.url, checkCompatibility: false }), {
      collection: name,
      dimensions: 8,
    });
    await assertRejectsWith(() => store.add(new Array(8).fill(1), fact('u')), 'DIMENSION_MISMATCH', 'add into a 4-dimensional collection');
    await assertRejectsWith(() => store.ready(), 'DIMENSION_MISMATCH', 'ready');
    expect(operations(standIn.requests).filter((operation) => writes.includes(operation))).toEqual([]);
    expect(standIn.collections.get(name)!.points.size).toBe(0);
    await store.close();
  });

  it('refuses a collection with another distance, and a missing one when createCollection is false', async () => {
    const name = collection();
    standIn.collections.set(name, new StandInCollection(4, { onDiskPayload: false, hnsw: {}, distance: 'Dot' }));
    await assertRejectsWith(() => open(name), 'VALIDATION_ERROR', 'a Dot collection');
    await assertRejectsWith(() => open(collection(), 4, { createCollection: false }), 'NOT_FOUND', 'a missing collection');
  });

  it('takes a collection another process created in the meantime', async () => {
    const name = collection();
    // The create request answers 409 (already exists), as when two processes start at once.
    standIn.failNext({ operation: 'create_collection', status: 409 });
    standIn.collections.set(name, new StandInCollection(4, { onDiskPayload: false, hnsw: {} }));
    const existsOnce = standIn.collections.get(name)!;
    standIn.collections.delete(name);
    const client = new QdrantClient({ url: standIn.url, checkCompatibility: false });
    const racing = Object.assign(Object.create(client) as QdrantClient, {
      createCollection: async (...args: Parameters<QdrantClient['createCollection']>) => {
        standIn.collections.set(name, existsOnce);
        return client.createCollection(...args);
      },
    });
    const store = new QdrantVectorStore(racing, { collection: name, dimensions: 4 });
    await store.ready();
    expect(await store.add([1, 0, 0, 0], fact('u'))).toMatch(/^[0-9a-f-]{36}$/);
    await store.close();
  });
});

describe('requests', () => {
  it('scopes every read and write to the user, waits for every write, and never patches userId', async () => {
    const store = await open();
    standIn.requests.length = 0;
    const [a, b] = await store.addMany([
      { vector: [1, 0, 0, 0], memory: fact('alice', 'a', { tags: ['t'] }) },
      { vector: [0, 1, 0, 0], memory: fact('alice', 'b') },
    ]);
    await store.search('alice', [1, 0, 0, 0], { filter: { tags: ['t'], includeArchived: true } });
    await store.findSimilarMemories('alice', [1, 0, 0, 0]);
    await store.getById('alice', a!);
    await store.updateMemory('alice', a!, { text: 'a2', validUntil: null });
    await store.archiveMemory('alice', b!, a!);
    await store.deleteMemory('alice', b!);
    await store.clearUserMemories('alice');
    for (const request of standIn.requests) {
      const body = request.body as Record<string, unknown>;
      if (request.operation === 'upsert_points') {
        for (const point of body['points'] as { payload: { userId: string } }[]) expect(point.payload.userId).toBe('alice');
      } else {
        expect(body['filter']).toMatchObject({ must: expect.arrayContaining([{ key: 'userId', match: { value: 'alice' } }]) });
      }
      if (writes.includes(request.operation)) expect(request.query).toBe('?wait=true');
      if (request.operation === 'set_payload') expect(Object.keys(body['payload'] as object)).not.toContain('userId');
    }
    const patch = standIn.requests.find((request) => request.operation === 'set_payload');
    // One set-payload carries the patch: changed fields, null for a removed one.
    expect((patch!.body as { payload: unknown }).payload).toEqual({ text: 'a2', validUntil: null });
    expect(operations(standIn.requests)).toEqual([
      'upsert_points',
      'query_points',
      'query_points',
      'scroll_points',
      'count_points',
      'set_payload',
      'scroll_points',
      'set_payload',
      'count_points',
      'delete_points',
      'count_points',
      'delete_points',
    ]);
    await store.close();
  });

  it('stores the memory as the payload, dates as ISO strings, and reads it back', async () => {
    const name = collection();
    const store = await open(name);
    const memory = fact('u', 'text', {
      tags: ['a', 'b'],
      importance: 0.7,
      source: 'user',
      validUntil: new Date('2031-02-03T04:05:06.789Z'),
      firstSeen: new Date('2020-01-01T00:00:00.000Z'),
    });
    const id = await store.add([0, 0, 3, 4], memory);
    expect(standIn.collections.get(name)!.points.get(id)!.payload).toEqual({
      text: 'text',
      type: 'fact',
      tags: ['a', 'b'],
      importance: 0.7,
      source: 'user',
      validUntil: '2031-02-03T04:05:06.789Z',
      userId: 'u',
      confidence: 0.5,
      mentionCount: 1,
      firstSeen: '2020-01-01T00:00:00.000Z',
      archived: false,
    });
    expect((await store.getById('u', id))?.memory).toEqual({
      ...memory,
      confidence: 0.5,
      mentionCount: 1,
      archived: false,
    });
    await store.close();
  });

  it('upserts addMany in batches of batchSize, and takes back the written batches when a later one fails', async () => {
    const store = await open(collection(), 4, { batchSize: 3 });
    const items = Array.from({ length: 10 }, (_, i) => ({ vector: [1, i, 0, 0], memory: fact('batch', `m${i}`) }));
    standIn.requests.length = 0;
    expect(await store.addMany(items)).toHaveLength(10);
    expect(operations(standIn.requests).filter((operation) => operation === 'upsert_points')).toHaveLength(4);
    expect(await store.clearUserMemories('batch')).toBe(10);

    standIn.failNext({ operation: 'upsert_points', status: 503, skip: 2 });
    await assertRejectsWith(() => store.addMany(items), 'STORE_UNAVAILABLE', 'addMany whose third batch fails');
    expect(await store.search('batch', [1, 0, 0, 0], { topK: 100, minScore: -1 })).toEqual([]);
    await store.close();
  });

  it('restores given ids: checks them first, writes insert_only, and never overwrites a point written in between', async () => {
    const name = collection();
    const raw = new QdrantClient({ url: standIn.url, checkCompatibility: false });
    const [mine, raced] = [randomUUID(), randomUUID()];
    // A client that lets another writer take `raced` between the store's check and its write.
    let planted = false;
    const racing = new Proxy(raw, {
      get(target, property, receiver) {
        if (property !== 'upsert') return Reflect.get(target, property, receiver);
        return async (...args: Parameters<QdrantClient['upsert']>) => {
          if (!planted) {
            planted = true;
            await raw.upsert(name, { wait: true, points: [{ id: raced, vector: [0, 0, 0, 1], payload: fact('other', 'theirs') }] });
          }
          return raw.upsert(...args);
        };
      },
    });
    const store = new QdrantVectorStore(racing, { collection: name, dimensions: 4, batchSize: 2 });
    await store.ready();
    standIn.requests.length = 0;
    const items = [
      { vector: [1, 0, 0, 0], memory: fact('me', 'a'), id: mine },
      { vector: [0, 1, 0, 0], memory: fact('me', 'b') },
      { vector: [0, 0, 1, 0], memory: fact('me', 'c'), id: raced },
    ];
    await assertRejectsWith(() => store.addMany(items), 'CONFLICT_STATE', 'an id taken between check and write');
    const upserts = standIn.requests.filter((request) => request.operation === 'upsert_points' && request.body !== undefined);
    for (const upsert of upserts.slice(1)) expect((upsert.body as { update_mode?: unknown }).update_mode).toBe('insert_only');
    // The other writer's point is as it wrote it; none of the batch stayed.
    expect((await store.getById('other', raced))?.memory.text).toBe('theirs');
    expect(await store.search('me', [1, 0, 0, 0], { topK: 10, minScore: -1 })).toEqual([]);
    // Without a race the same batch goes in, under its ids.
    const ids = await store.addMany(items.map((item, i) => (i === 2 ? { ...item, id: randomUUID() } : item)));
    expect(ids[0]).toBe(mine);
    expect((await store.getById('me', mine))?.memory.text).toBe('a');
    await store.close();
  });

  it('pages a huge topK through what exists', async () => {
    const store = await open();
    await store.addMany(Array.from({ length: 2500 }, (_, i) => ({ vector: [1, i / 2500, 0, 0], memory: fact('many', `m${i}`) })));
    standIn.requests.length = 0;
    const hits = await store.search('many', [1, 0, 0, 0], { topK: 1e9, minScore: -1 });
    expect(hits).toHaveLength(2500);
    expect(new Set(hits.map((hit) => hit.id)).size).toBe(2500);
    expect(hits.every((hit, i) => i === 0 || hit.score <= hits[i - 1]!.score)).toBe(true);
    expect(standIn.requests.map((request) => (request.body as { limit: number; offset?: number }).offset ?? 0)).toEqual([0, 1000, 2000]);
    await store.close();
  });

  it('reads ids of another form, and another user, as unknown without asking Qdrant', async () => {
    const store = await open();
    const id = await store.add([1, 0, 0, 0], fact('u'));
    standIn.requests.length = 0;
    for (const other of [id.toUpperCase(), `{${id}}`, id.replace(/-/g, ''), 'memory-1', '42']) {
      expect(await store.getById('u', other)).toBeNull();
      expect(await store.updateMemory('u', other, { text: 'y' })).toBe(false);
      expect(await store.archiveMemory('u', other)).toBe(false);
      expect(await store.deleteMemory('u', other)).toBe(false);
    }
    expect(standIn.requests).toEqual([]);
    expect((await store.getById('u', id))?.memory.text).toBe('x');
    await store.close();
  });

  it('refuses lone surrogates and a validUntil outside the years 0000-9999 before sending anything', async () => {
    const name = collection();
    const store = await open(name);
    standIn.requests.length = 0;
    await assertRejectsWith(() => store.add([1, 0, 0, 0], fact('u', 'a\ud800')), 'VALIDATION_ERROR', 'a lone surrogate in text');
    await assertRejectsWith(
      () =>
        store.addMany([
          { vector: [1, 0, 0, 0], memory: fact('u') },
          { vector: [1, 0, 0, 0], memory: fact('u', 'x', { tags: ['\udc00'] }) },
        ]),
      'VALIDATION_ERROR',
      'a lone surrogate in a tag of the second item',
    );
    const farFuture = new Date('+010000-01-01T00:00:00.000Z');
    await assertRejectsWith(() => store.add([1, 0, 0, 0], fact('u', 'x', { validUntil: farFuture })), 'VALIDATION_ERROR', 'year 10000');
    expect(standIn.requests).toEqual([]);
    // Reads by a user or tag that cannot be stored find nothing, without a request.
    expect(await store.search('u\ud800', [1, 0, 0, 0])).toEqual([]);
    expect(await store.search('u', [1, 0, 0, 0], { filter: { tags: ['\ud800'] } })).toEqual([]);
    expect(await store.clearUserMemories('\udfff')).toBe(0);
    expect(standIn.requests).toEqual([]);
    const id = await store.add([1, 0, 0, 0], fact('u'));
    await assertRejectsWith(() => store.updateMemory('u', id, { validUntil: farFuture }), 'VALIDATION_ERROR', 'patching year 10000');
    await assertRejectsWith(() => store.archiveMemory('u', id, 'next\ud800'), 'VALIDATION_ERROR', 'a lone surrogate in supersededBy');
    expect((await store.getById('u', id))?.memory).toMatchObject({ archived: false });
    await store.close();
  });

  it('judges validAt beyond the datetime range: before year 0 nothing has expired, after 9999 everything with a validUntil has', async () => {
    const store = await open();
    const [lasting, expiring] = await store.addMany([
      { vector: [1, 0, 0, 0], memory: fact('v', 'lasting') },
      { vector: [1, 0, 0, 0], memory: fact('v', 'expiring', { validUntil: new Date('9999-12-31T23:59:59.999Z') }) },
    ]);
    const at = async (iso: string) =>
      (await store.search('v', [1, 0, 0, 0], { filter: { validAt: new Date(iso) } })).map((hit) => hit.id).sort();
    expect(await at('-000001-01-01T00:00:00.000Z')).toEqual([lasting, expiring].sort());
    expect(await at('9999-12-31T23:59:59.999Z')).toEqual([lasting, expiring].sort());
    expect(await at('+010000-01-01T00:00:00.000Z')).toEqual([lasting]);
    await store.close();
  });

  it('reports a point whose payload is not a memory as CORRUPT_DATA', async () => {
    const name = collection();
    const store = await open(name);
    const id = await store.add([1, 0, 0, 0], fact('u'));
    standIn.collections.get(name)!.points.get(id)!.payload['importance'] = 'high';
    await assertRejectsWith(() => store.getById('u', id), 'CORRUPT_DATA', 'getById');
    await assertRejectsWith(() => store.search('u', [1, 0, 0, 0]), 'CORRUPT_DATA', 'search');
    await store.close();
  });

  it('reports a point with an integer id (written by another program) as CORRUPT_DATA, not as the id "7"', async () => {
    // Qdrant returns integer ids as JSON numbers (OpenAPI ExtendedPointId); this store only writes UUIDs.
    const name = collection();
    const store = await open(name);
    const id = await store.add([1, 0, 0, 0], fact('u'));
    expect(await store.search('u', [1, 0, 0, 0])).toHaveLength(1);
    // The same payload under an integer id: only the id is wrong.
    const { payload } = standIn.collections.get(name)!.points.get(id)!;
    await new QdrantClient({ url: standIn.url, checkCompatibility: false }).upsert(name, {
      wait: true,
      points: [{ id: 7, vector: [1, 0, 0, 0], payload }],
    });
    await assertRejectsWith(() => store.search('u', [1, 0, 0, 0]), 'CORRUPT_DATA', 'search');
    await store.close();
  });
});

describe('errors', () => {
  it('maps 5xx, 408, 429, 401 and a dropped connection to STORE_UNAVAILABLE with the cause, and 4xx caused by the request to VALIDATION_ERROR', async () => {
    const store = await open();
    const id = await store.add([1, 0, 0, 0], fact('u'));
    for (const status of [500, 502, 503, 408, 429, 401, 403, 404]) {
      standIn.failNext({ operation: 'query_points', status });
      const error = await store.search('u', [1, 0, 0, 0]).catch((thrown: unknown) => thrown);
      expect(error).toBeInstanceOf(StoreUnavailableError);
      expect((error as CasualMemoryError).retryable).toBe(true);
      expect((error as { cause: { status: number } }).cause.status).toBe(status);
      expect((error as Error).message).toMatch(status === 401 || status === 403 ? /apiKey/ : String(status));
    }
    for (const status of [400, 409, 413, 422]) {
      standIn.failNext({ operation: 'set_payload', status });
      const error = await store.updateMemory('u', id, { text: 'y' }).catch((thrown: unknown) => thrown);
      expect(error).toMatchObject({ code: 'VALIDATION_ERROR', cause: { status } });
      expect((error as Error).message).toMatch(/failure injected by the test/);
    }
    standIn.failNext({ operation: 'scroll_points', status: 200, hangUp: true });
    await assertRejectsWith(() => store.getById('u', id), 'STORE_UNAVAILABLE', 'a dropped connection');
    expect((await store.getById('u', id))?.memory.text).toBe('x');
    await store.close();
  });

  it('maps a timeout and a refused connection to STORE_UNAVAILABLE, and retries the bootstrap on the next call', async () => {
    const name = collection();
    await (await open(name)).close();
    const slow = await open(name, 4, { timeout: 300 });
    standIn.failNext({ operation: 'count_points', status: 200, delayMs: 1000 });
    const error = await slow.clearUserMemories('u').catch((thrown: unknown) => thrown);
    expect(error).toMatchObject({ code: 'STORE_UNAVAILABLE', message: expect.stringMatching(/did not answer in time/) });
    // The client's own timeout error, or the AbortError it wraps (which it does not recognise across realms).
    expect(['QdrantClientTimeoutError', 'AbortError']).toContain((error as { cause: Error }).cause.name);
    await slow.close();

    const closedPort = await freePort();
    const refused = await QdrantVectorStore.create({ url: `http://127.0.0.1:${closedPort}`, collection: 'x', dimensions: 4 }).catch(
      (thrown: unknown) => thrown,
    );
    expect(refused).toMatchObject({ code: 'STORE_UNAVAILABLE' });
    expect((refused as Error).message).toMatch(/ECONNREFUSED/);

    const store = new QdrantVectorStore(new QdrantClient({ url: standIn.url, checkCompatibility: false }), {
      collection: collection(),
      dimensions: 4,
    });
    standIn.failNext({ operation: 'collection_exists', status: 503 });
    await assertRejectsWith(() => store.add([1, 0, 0, 0], fact('u')), 'STORE_UNAVAILABLE', 'add while Qdrant is down');
    expect(await store.add([1, 0, 0, 0], fact('u'))).toMatch(/^[0-9a-f-]{36}$/);
    await store.close();
  });

  it('rejects bad options and a missing client with VALIDATION_ERROR, and every call after close with STORE_CLOSED', async () => {
    const client = new QdrantClient({ url: standIn.url, checkCompatibility: false });
    const bad: [string, () => unknown][] = [
      ['an unknown key', () => new QdrantVectorStore(client, { collection: 'c', dimensions: 4, dimension: 4 } as never)],
      ['no collection', () => new QdrantVectorStore(client, { dimensions: 4 } as never)],
      ['a collection name with a slash', () => new QdrantVectorStore(client, { collection: 'a/b', dimensions: 4 })],
      ['dimensions 0', () => new QdrantVectorStore(client, { collection: 'c', dimensions: 0 })],
      ['batchSize 0', () => new QdrantVectorStore(client, { collection: 'c', dimensions: 4, batchSize: 0 })],
      ['hnsw efConstruct 2', () => new QdrantVectorStore(client, { collection: 'c', dimensions: 4, hnsw: { efConstruct: 2 } })],
      ['no client', () => new QdrantVectorStore(undefined as never, { collection: 'c', dimensions: 4 })],
      ['a client without methods', () => new QdrantVectorStore({} as never, { collection: 'c', dimensions: 4 })],
    ];
    for (const [what, make] of bad) {
      let code: unknown;
      try {
        make();
      } catch (thrown) {
        code = (thrown as { code?: unknown }).code;
      }
      expect({ what, code }).toEqual({ what, code: 'VALIDATION_ERROR' });
    }
    for (const [what, options] of [
      ['a url without a scheme', { url: 'localhost:6333', collection: 'c', dimensions: 4 }],
      ['a timeout of 0', { url: standIn.url, collection: 'c', dimensions: 4, timeout: 0 }],
      ['an empty apiKey', { url: standIn.url, collection: 'c', dimensions: 4, apiKey: '' }],
    ] as const) {
      await assertRejectsWith(() => QdrantVectorStore.create(options), 'VALIDATION_ERROR', what);
    }
    const store = await open();
    await store.close();
    await assertRejectsWith(() => store.ready(), 'STORE_CLOSED', 'ready after close');
  });
});
