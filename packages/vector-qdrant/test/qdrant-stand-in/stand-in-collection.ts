import { deleteAtPath, flatValuesAtPath, isObject, mergeAtPath, pickPaths } from './payload-path';
import { comparePointIds, type PointId, parsePointId, pointKey } from './point-id';
import { fuseDistributions, fuseRanks, type Scored, unionOf } from './query-fusion';
import { parseQdrantDatetime } from './stand-in-datetime';
import { BadInput, InvalidBody, NotFoundInCollection, UnsupportedByStandIn } from './stand-in-errors';
import { checkQdrantFilter, type FilterablePoint, matchesQdrantFilter } from './stand-in-filter';
import { type Distance, float32Json, isAscending, prepareVector, scoreVectors } from './vector-distance';

type Json = Record<string, unknown>;
type SparseVector = { indices: number[]; values: number[] };
type StoredVector = Float32Array | SparseVector;

export interface StoredPoint extends FilterablePoint {
  vectors: Map<string, StoredVector>;
  version: number;
}

interface DenseVector {
  size: number;
  distance: Distance;
  /** The rest of its `VectorParams` as given (on_disk, hnsw_config, ...), echoed by `get_collection`. */
  extra: Json;
}

/** Options of a collection created directly by a test (the common case: one unnamed vector). */
export interface StandInCollectionOptions {
  onDiskPayload: boolean;
  hnsw: Json;
  distance?: string;
}

/** Keys the stand-in reads from a request; any other key with a non-null value is answered 501 (not silently ignored). */
function rejectOthers(body: Json, known: readonly string[], what: string): void {
  for (const [key, value] of Object.entries(body)) {
    if (value !== null && value !== undefined && !known.includes(key)) {
      throw new UnsupportedByStandIn(`${what}: "${key}" is not implemented by the stand-in`);
    }
  }
}

const OPTIMIZER_DEFAULTS: Json = {
  deleted_threshold: 0.2,
  vacuum_min_vector_number: 1000,
  default_segment_number: 0,
  max_segment_size: null,
  memmap_threshold: null,
  indexing_threshold: 10000,
  flush_interval_sec: 5,
  max_optimization_threads: null,
};
const HNSW_DEFAULTS: Json = { m: 16, ef_construct: 100, full_scan_threshold: 10000, max_indexing_threads: 0, on_disk: false };
const NUMERIC_INDEXES = new Set(['integer', 'float', 'datetime']);
const MAX_DIMENSIONS = 65536;

/**
 * One collection of the stand-in: dense vectors (one unnamed, or named ones) with Cosine, Dot,
 * Euclid or Manhattan distance, sparse vectors stored and returned (not searched), payloads and
 * payload indexes, and the collection settings `update_collection` changes. Every write is applied
 * at once, so `wait` only changes the status reported, as in Qdrant (`completed` with `wait=true`,
 * else `acknowledged`).
 */
export class StandInCollection {
  /** Points by `pointKey(id)`: a UUID's canonical text, an integer's decimal text. */
  readonly points = new Map<string, StoredPoint>();
  readonly payloadSchema = new Map<string, { data_type: string; params?: Json }>();
  private readonly dense = new Map<string, DenseVector>();
  private readonly sparse = new Map<string, Json>();
  private readonly settings: {
    params: Json;
    hnsw: Json;
    optimizers: Json;
    wal: Json;
    quantization: Json | null;
    strictMode: Json | null;
    metadata: Json | null;
  };
  private operation = 0;

  constructor(size: number, options: StandInCollectionOptions) {
    this.dense.set('', { size, distance: (options.distance ?? 'Cosine') as Distance, extra: {} });
    this.settings = {
      params: { on_disk_payload: options.onDiskPayload },
      hnsw: { ...HNSW_DEFAULTS, ...withoutNulls(options.hnsw) },
      optimizers: { ...OPTIMIZER_DEFAULTS },
      wal: { wal_capacity_mb: 32, wal_segments_ahead: 0 },
      quantization: null,
      strictMode: null,
      metadata: null,
    };
  }

  /** A collection from a `create_collection` body (OpenAPI `CreateCollection`). */
  static create(body: Json): StandInCollection {
    rejectOthers(
      body,
      [
        'vectors',
        'sparse_vectors',
        'on_disk_payload',
        'hnsw_config',
        'wal_config',
        'optimizers_config',
        'quantization_config',
        'strict_mode_config',
        'metadata',
        'shard_number',
        'replication_factor',
        'write_consistency_factor',
      ],
      'create_collection',
    );
    const collection = new StandInCollection(0, {
      onDiskPayload: (body['on_disk_payload'] as boolean | null | undefined) ?? true,
      hnsw: (body['hnsw_config'] as Json | null | undefined) ?? {},
    });
    collection.dense.clear();
    const vectors = body['vectors'];
    if (isObject(vectors) && typeof vectors['size'] === 'number') collection.addDense('', vectors);
    else if (isObject(vectors)) for (const [name, params] of Object.entries(vectors)) collection.addDense(name, params as Json);
    for (const [name, params] of Object.entries((body['sparse_vectors'] as Json | null | undefined) ?? {})) {
      collection.sparse.set(name, withoutNulls(params as Json));
    }
    const { settings } = collection;
    Object.assign(settings.wal, withoutNulls((body['wal_config'] as Json | null | undefined) ?? {}));
    collection.mergeOptimizers((body['optimizers_config'] as Json | null | undefined) ?? {});
    settings.quantization = (body['quantization_config'] as Json | null | undefined) ?? null;
    settings.strictMode = (body['strict_mode_config'] as Json | null | undefined) ?? null;
    settings.metadata = (body['metadata'] as Json | null | undefined) ?? null;
    return collection;
  }

  private addDense(name: string, params: Json): void {
    const { size, distance, multivector_config: multivector, ...extra } = params;
    if (multivector !== undefined && multivector !== null)
      throw new UnsupportedByStandIn('multivectors are not implemented by the stand-in');
    // Qdrant's server-side limit (the OpenAPI schema has only the minimum): tests/openapi/test_limits.py.
    if ((size as number) > MAX_DIMENSIONS) {
      throw new InvalidBody(
        name === '' ? 'vectors.size' : `vectors.${name}.size`,
        `value ${size} invalid, must be from 1 to ${MAX_DIMENSIONS}`,
      );
    }
    this.dense.set(name, { size: size as number, distance: distance as Distance, extra: withoutNulls(extra) });
  }

  info(): Json {
    const payloadSchema: Json = {};
    for (const [field, { data_type, params }] of this.payloadSchema) {
      const points = [...this.points.values()].filter((point) => flatValuesAtPath(point.payload, field).length > 0).length;
      payloadSchema[field] = { data_type, ...(params !== undefined ? { params } : {}), points };
    }
    const vectorParams = (vector: DenseVector) => ({ size: vector.size, distance: vector.distance, ...vector.extra });
    const unnamed = this.dense.get('');
    const vectors =
      unnamed !== undefined && this.dense.size === 1
        ? vectorParams(unnamed)
        : Object.fromEntries([...this.dense].map(([name, v]) => [name, vectorParams(v)]));
    const { params, hnsw, optimizers, wal, quantization, strictMode, metadata } = this.settings;
    return {
      status: 'green',
      optimizer_status: 'ok',
      indexed_vectors_count: 0,
      points_count: this.points.size,
      segments_count: 1,
      config: {
        params: {
          vectors,
          shard_number: 1,
          replication_factor: 1,
          write_consistency_factor: 1,
          ...params,
          ...(this.sparse.size > 0 ? { sparse_vectors: Object.fromEntries(this.sparse) } : {}),
        },
        hnsw_config: hnsw,
        optimizer_config: optimizers,
        wal_config: wal,
        quantization_config: quantization,
        ...(strictMode !== null ? { strict_mode_config: strictMode } : {}),
        ...(metadata !== null ? { metadata } : {}),
      },
      payload_schema: payloadSchema,
    };
  }

  /**
   * `update_collection` (PATCH): per-vector params, collection HNSW, quantization, optimizer,
   * params, sparse vector, strict mode and metadata changes, each merged into what is stored and
   * shown by `get_collection` (tests/openapi/test_collection_update.py). The body was checked
   * against the schema; a vector name the collection lacks is a 400.
   */
  update(body: Json): boolean {
    rejectOthers(
      body,
      ['vectors', 'optimizers_config', 'params', 'hnsw_config', 'quantization_config', 'sparse_vectors', 'strict_mode_config', 'metadata'],
      'update_collection',
    );
    const vectors = (body['vectors'] as Json | null | undefined) ?? {};
    const sparse = (body['sparse_vectors'] as Json | null | undefined) ?? {};
    for (const name of Object.keys(vectors))
      if (!this.dense.has(name)) throw new BadInput(`Wrong input: Not existing vector name error: ${name}`);
    for (const name of Object.keys(sparse))
      if (!this.sparse.has(name)) throw new BadInput(`Wrong input: Not existing vector name error: ${name}`);
    for (const [name, diff] of Object.entries(vectors)) {
      const { hnsw_config: hnsw, quantization_config: quantization, ...rest } = diff as Json;
      const { extra } = this.dense.get(name)!;
      Object.assign(extra, withoutNulls(rest));
      if (isObject(hnsw)) extra['hnsw_config'] = { ...((extra['hnsw_config'] as Json | undefined) ?? {}), ...withoutNulls(hnsw) };
      if (quantization === 'Disabled') delete extra['quantization_config'];
      else if (isObject(quantization)) extra['quantization_config'] = quantization;
    }
    for (const [name, diff] of Object.entries(sparse)) mergeDeepInto(this.sparse.get(name)!, withoutNulls(diff as Json));
    const { settings } = this;
    if (isObject(body['hnsw_config'])) Object.assign(settings.hnsw, withoutNulls(body['hnsw_config']));
    if (isObject(body['optimizers_config'])) this.mergeOptimizers(body['optimizers_config']);
    if (isObject(body['params'])) Object.assign(settings.params, withoutNulls(body['params']));
    const quantization = body['quantization_config'];
    if (quantization === 'Disabled') settings.quantization = null;
    else if (isObject(quantization)) settings.quantization = quantization;
    if (isObject(body['strict_mode_config']))
      settings.strictMode = { ...(settings.strictMode ?? {}), ...withoutNulls(body['strict_mode_config']) };
    if (isObject(body['metadata'])) {
      const metadata = { ...(settings.metadata ?? {}) };
      for (const [key, value] of Object.entries(body['metadata'])) {
        if (value === null) delete metadata[key];
        else metadata[key] = value;
      }
      settings.metadata = metadata;
    }
    return true;
  }

  private mergeOptimizers(diff: Json): void {
    for (const [key, value] of Object.entries(withoutNulls(diff))) {
      // The diff says "auto" where the stored config says null (no limit).
      this.settings.optimizers[key] = key === 'max_optimization_threads' && value === 'auto' ? null : value;
    }
  }

  createIndex(body: Json): Json {
    rejectOthers(body, ['field_name', 'field_schema'], 'create_field_index');
    const schema = body['field_schema'];
    const field = body['field_name'] as string;
    if (typeof schema === 'string') this.payloadSchema.set(field, { data_type: schema });
    else if (isObject(schema)) {
      // Qdrant's `IntegerIndexParams` validation: an integer index must serve lookups, ranges or both.
      if (schema['type'] === 'integer' && schema['lookup'] === false && schema['range'] === false) {
        throw new InvalidBody('field_schema', "the 'lookup' and 'range' capabilities can't be both disabled");
      }
      this.payloadSchema.set(field, { data_type: schema['type'] as string, params: schema });
    } else throw new BadInput('Wrong input: field_schema is required');
    return this.updated();
  }

  deleteIndex(field: string): Json {
    this.payloadSchema.delete(field);
    return this.updated();
  }

  upsert(body: Json): Json {
    rejectOthers(body, ['points', 'batch', 'update_mode'], 'upsert_points');
    // Qdrant's UpdateMode: `insert_only` leaves an existing point as it is, `update_only` never creates one.
    const mode = (body['update_mode'] ?? 'upsert') as 'upsert' | 'insert_only' | 'update_only';
    const prepared = this.pointsOf(body).map((point) => ({
      id: this.idOf(point.id),
      vectors: this.vectorsOf(point.vector),
      payload: point.payload ?? {},
    }));
    // Checked in full before any change: a refused request changes nothing.
    for (const { id, vectors, payload } of prepared) {
      const key = pointKey(id);
      if (mode === 'insert_only' ? this.points.has(key) : mode === 'update_only' && !this.points.has(key)) continue;
      this.points.set(key, { id, vectors, payload: structuredClone(payload), version: this.operation + 1 });
    }
    return this.updated();
  }

  private pointsOf(body: Json): { id: unknown; vector: unknown; payload?: Json | null }[] {
    if (Array.isArray(body['points'])) return body['points'] as { id: unknown; vector: unknown; payload?: Json | null }[];
    const batch = body['batch'] as { ids: unknown[]; vectors: unknown; payloads?: (Json | null)[] | null };
    const { ids, vectors, payloads } = batch;
    const vectorAt = (i: number): unknown =>
      Array.isArray(vectors)
        ? vectors[i]
        : Object.fromEntries(Object.entries(vectors as Json).map(([name, list]) => [name, (list as unknown[])[i]]));
    return ids.map((id, i) => ({ id, vector: vectorAt(i), payload: payloads?.[i] ?? null }));
  }

  /**
   * `batch_update` (`points/batch`): the operations applied in order, each as its own endpoint
   * would, one update result each (tests/openapi/test_batch_update.py).
   */
  batch(body: Json): Json[] {
    rejectOthers(body, ['operations'], 'batch_update');
    return (body['operations'] as Json[]).map((operation) => {
      const [kind, args] = Object.entries(operation)[0] as [string, Json];
      return this.applyUpdate(kind, args);
    });
  }

  /** One point update by its `points/batch` name: `upsert`, `delete`, `set_payload`, `overwrite_payload`, `delete_payload`, `clear_payload`, `update_vectors`, `delete_vectors`. */
  applyUpdate(kind: string, args: Json): Json {
    switch (kind) {
      case 'upsert':
        return this.upsert(args);
      case 'delete':
        return this.delete(args);
      case 'set_payload':
        return this.setPayload(args, false);
      case 'overwrite_payload':
        return this.setPayload(args, true);
      case 'delete_payload':
        return this.deletePayload(args);
      case 'clear_payload':
        return this.clearPayload(args);
      case 'update_vectors':
        return this.updateVectors(args);
      case 'delete_vectors':
        return this.deleteVectors(args);
      default:
        throw new UnsupportedByStandIn(`${kind} is not implemented by the stand-in`);
    }
  }

  /**
   * `update_vectors`: sets the named vectors given on existing points, keeping their other vectors
   * and payload; every point must exist (404 "No point with id .. found") and every vector fit,
   * checked before anything changes (tests/openapi/test_optional_vectors.py).
   */
  updateVectors(body: Json): Json {
    rejectOthers(body, ['points'], 'update_vectors');
    const updates = (body['points'] as { id: unknown; vector: unknown }[]).map(({ id, vector }) => {
      const point = this.points.get(pointKey(this.idOf(id)));
      if (point === undefined) throw new NotFoundInCollection(`No point with id ${String(id)} found`);
      return { point, vectors: this.vectorsOf(vector) };
    });
    for (const { point, vectors } of updates) {
      for (const [name, vector] of vectors) point.vectors.set(name, vector);
      point.version = this.operation + 1;
    }
    return this.updated();
  }

  /** `delete_vectors`: removes the named vectors from the selected points (their payload and other vectors stay). */
  deleteVectors(body: Json): Json {
    rejectOthers(body, ['points', 'filter', 'vector'], 'delete_vectors');
    const names = body['vector'] as string[];
    for (const name of names)
      if (!this.dense.has(name) && !this.sparse.has(name)) throw new BadInput(`Wrong input: Not existing vector name error: ${name}`);
    for (const point of this.selectPoints(body, true)) {
      for (const name of names) point.vectors.delete(name);
      point.version = this.operation + 1;
    }
    return this.updated();
  }

  /** `get_point`: the point with payload and vectors, or 404 (tests/openapi/test_basic_retrieve_api.py). */
  getPoint(rawId: PointId): Json {
    const point = this.points.get(pointKey(rawId));
    if (point === undefined) throw new NotFoundInCollection(`No point with id ${rawId} found`);
    return this.record(point, true, true);
  }

  /** `get_points`: the listed points that exist, in the order asked, each once (payload by default, no vectors). */
  getPoints(body: Json): Json[] {
    rejectOthers(body, ['ids', 'with_payload', 'with_vector', 'with_vectors'], 'get_points');
    const seen = new Set<string>();
    const found: Json[] = [];
    for (const raw of body['ids'] as unknown[]) {
      const key = pointKey(this.idOf(raw));
      const point = this.points.get(key);
      if (point === undefined || seen.has(key)) continue;
      seen.add(key);
      found.push(this.record(point, body['with_payload'] ?? true, withVectorOf(body)));
    }
    return found;
  }

  /**
   * `query_points`: nearest neighbours of a dense vector (`query: [..]` or `{ nearest }`), payload
   * order (`{ order_by }`), random sample, or with no query the points in id order, as scroll
   * returns them (QueryRequest.query: "If missing without prefetches, returns points ordered by
   * their IDs"; tests/openapi/test_query.py `test_basic_scroll`).
   */
  query(body: Json): Json {
    rejectOthers(
      body,
      [
        'query',
        'prefetch',
        'filter',
        'limit',
        'offset',
        'score_threshold',
        'with_payload',
        'with_vector',
        'with_vectors',
        'using',
        'params',
      ],
      'query_points',
    );
    const limit = (body['limit'] as number | undefined | null) ?? 10;
    const offset = (body['offset'] as number | undefined | null) ?? 0;
    return {
      points: this.rank(body, () => true)
        .slice(offset, offset + limit)
        .map(({ point, score, orderValue }) => ({
          id: point.id,
          version: point.version,
          score: float32Json(score),
          ...(orderValue !== undefined ? { order_value: orderValue } : {}),
          ...this.selected(point, body['with_payload'] ?? false, withVectorOf(body)),
        })),
    };
  }

  /**
   * The points a query (or a prefetch) ranks, best first, before `offset` and `limit`. Its filter
   * holds together with the filters of the queries around it. With `prefetch`, the query ranks
   * only what the prefetches found: it re-scores them, or fuses their rankings (`rrf`: each list
   * adds 1 / (k + rank), k = 2 by default; `dbsf`: each list's scores normalised to mean ± 3
   * standard deviations, then summed), as documented under concepts/hybrid-queries and asserted by
   * tests/openapi/test_query.py (`test_basic_search`, `test_basic_rrf`, `test_basic_dbsf`).
   */
  private rank(request: Json, outer: (point: StoredPoint) => boolean): Scored[] {
    checkQdrantFilter(request['filter']);
    const admits = (point: StoredPoint) => outer(point) && matchesQdrantFilter(point, request['filter']);
    const threshold = (request['score_threshold'] as number | undefined | null) ?? undefined;
    const raw = request['query'];
    const prefetches =
      request['prefetch'] === undefined || request['prefetch'] === null ? undefined : ([request['prefetch']].flat() as Json[]);
    if (prefetches !== undefined && (raw === undefined || raw === null)) {
      throw new BadInput("Bad request: A query is needed to merge the prefetches. Can't have prefetches without defining a query.");
    }
    const found = prefetches?.map((prefetch) => {
      rejectOthers(prefetch, ['prefetch', 'query', 'using', 'filter', 'params', 'score_threshold', 'limit'], 'prefetch');
      return this.rank(prefetch, admits).slice(0, (prefetch['limit'] as number | null | undefined) ?? 10);
    });
    const pool = found === undefined ? [...this.points.values()].filter(admits) : unionOf(found);
    const using = (request['using'] as string | null | undefined) ?? '';
    if (raw === undefined || raw === null) {
      if (threshold !== undefined) {
        throw new BadInput(
          "Bad request: A query is needed to use the score_threshold. Can't have score_threshold without defining a query.",
        );
      }
      return pool.sort((a, b) => comparePointIds(a.id, b.id)).map((point) => ({ point, score: 0 }));
    }
    if (isObject(raw) && 'order_by' in raw) {
      if (threshold !== undefined) throw new BadInput("Bad request: Can't use score_threshold with an order_by query.");
      return this.ordered(pool, raw['order_by']).map(({ point, value }) => ({ point, score: value, orderValue: value }));
    }
    if (isObject(raw) && ('fusion' in raw || 'rrf' in raw)) {
      if (found === undefined) throw new BadInput('Bad request: Fusion queries need prefetches');
      const method = raw['fusion'] ?? 'rrf';
      const k = (isObject(raw['rrf']) ? (raw['rrf']['k'] as number | null | undefined) : undefined) ?? 2;
      const fused = method === 'dbsf' ? fuseDistributions(found) : fuseRanks(found, k);
      return threshold === undefined ? fused : fused.filter(({ score }) => score >= threshold);
    }
    if (isObject(raw) && 'sample' in raw) {
      return pool.map((point) => ({ point, score: 0, key: Math.random() })).sort((a, b) => a.key - b.key);
    }
    if (isObject(raw) && 'recommend' in raw) {
      const { target, examples } = this.recommendTarget(raw['recommend'] as Json, using);
      return this.nearest(target, using, pool, threshold).filter(({ point }) => !examples.has(pointKey(point.id)));
    }
    const target = isObject(raw) && 'nearest' in raw && Object.keys(raw).length === 1 ? raw['nearest'] : raw;
    return this.nearest(target, using, pool, threshold);
  }

  private nearest(target: unknown, using: string, pool: StoredPoint[], threshold: number | undefined): Scored[] {
    const config = this.dense.get(using);
    if (config === undefined) throw new BadInput(`Wrong input: Not existing vector name error: ${using}`);
    if (!Array.isArray(target) || !target.every((x) => typeof x === 'number')) {
      throw new UnsupportedByStandIn(
        `query ${JSON.stringify(target).slice(0, 80)}: only a dense vector query is implemented by the stand-in`,
      );
    }
    const query = this.denseVector(target, using);
    const ascending = isAscending(config.distance);
    const scored: Scored[] = [];
    for (const point of pool) {
      const vector = point.vectors.get(using);
      if (!(vector instanceof Float32Array)) continue;
      const score = scoreVectors(config.distance, query, vector);
      // "Return points with scores better than this threshold": a score equal to it is kept; for distances, smaller is better.
      if (threshold !== undefined && (ascending ? score > Math.fround(threshold) : score < Math.fround(threshold))) continue;
      scored.push({ point, score });
    }
    return scored.sort((a, b) => (ascending ? a.score - b.score : b.score - a.score) || comparePointIds(a.point.id, b.point.id));
  }

  /**
   * `{ recommend }` with the default `average_vector` strategy (documentation: concepts/explore,
   * "Recommendation API"): the average of the positive examples, moved away from the average of the
   * negative ones (`2·avg(positive) − avg(negative)`), searched as a nearest query; examples given
   * by id are looked up (404 when missing) and left out of the results.
   */
  private recommendTarget(recommend: Json, using: string): { target: number[]; examples: Set<string> } {
    rejectOthers(recommend, ['positive', 'negative', 'strategy'], 'recommend');
    if (recommend['strategy'] != null && recommend['strategy'] !== 'average_vector') {
      throw new UnsupportedByStandIn(`recommend strategy ${JSON.stringify(recommend['strategy'])} is not implemented by the stand-in`);
    }
    const examples = new Set<string>();
    const vectorOf = (example: unknown): number[] => {
      if (Array.isArray(example)) return example as number[];
      const id = this.idOf(example);
      const vector = this.points.get(pointKey(id))?.vectors.get(using);
      if (!(vector instanceof Float32Array)) throw new NotFoundInCollection(`No point with id ${id} found`);
      examples.add(pointKey(id));
      return Array.from(vector);
    };
    const average = (list: unknown): number[] | undefined => {
      const vectors = ((list as unknown[] | null | undefined) ?? []).map(vectorOf);
      if (vectors.length === 0) return undefined;
      return vectors[0]!.map((_, i) => vectors.reduce((sum, vector) => sum + vector[i]!, 0) / vectors.length);
    };
    const positive = average(recommend['positive']);
    const negative = average(recommend['negative']);
    if (positive === undefined) throw new BadInput('Bad request: At least one positive vector ID required');
    return { target: negative === undefined ? positive : positive.map((x, i) => 2 * x - negative[i]!), examples };
  }

  /**
   * Points ordered by a payload key (documentation: concepts/points, "Order points by payload key"):
   * the key needs a range-capable index (integer, float, datetime), a point appears once per value,
   * `start_from` bounds the first value, ties go by id.
   */
  private ordered(points: StoredPoint[], raw: unknown): { point: StoredPoint; value: number }[] {
    const orderBy = typeof raw === 'string' ? { key: raw } : (raw as { key: string; direction?: string | null; start_from?: unknown });
    const index = this.payloadSchema.get(orderBy.key);
    if (index === undefined || !NUMERIC_INDEXES.has(index.data_type)) {
      throw new BadInput(`Bad request: No range index for \`order_by\` key: \`${orderBy.key}\`. Please create one to use \`order_by\`.`);
    }
    const descending = orderBy.direction === 'desc';
    const numeric = (value: unknown): number | undefined =>
      typeof value === 'number' ? value : typeof value === 'string' ? mapDefined(parseQdrantDatetime(value), Number) : undefined;
    const start = 'start_from' in orderBy && orderBy.start_from != null ? numeric(orderBy.start_from) : undefined;
    const entries: { point: StoredPoint; value: number }[] = [];
    for (const point of points) {
      for (const raw of flatValuesAtPath(point.payload, orderBy.key)) {
        const value = numeric(raw);
        if (value === undefined) continue;
        if (start !== undefined && (descending ? value > start : value < start)) continue;
        entries.push({ point, value });
      }
    }
    return entries.sort((a, b) => (descending ? b.value - a.value : a.value - b.value) || comparePointIds(a.point.id, b.point.id));
  }

  queryBatch(body: Json): Json[] {
    rejectOthers(body, ['searches'], 'query_batch_points');
    const searches = body['searches'] as Json[];
    // Every search is checked before any answer, as one request: one bad search fails the batch.
    return searches.map((search) => this.query(search));
  }

  /** `scroll_points`: points in id order from `offset` (inclusive), or by a payload key with `order_by`. */
  scroll(body: Json): Json {
    rejectOthers(body, ['filter', 'limit', 'offset', 'with_payload', 'with_vector', 'with_vectors', 'order_by'], 'scroll_points');
    checkQdrantFilter(body['filter']);
    const limit = (body['limit'] as number | undefined | null) ?? 10;
    const withPayload = body['with_payload'] ?? true;
    const matching = [...this.points.values()].filter((point) => matchesQdrantFilter(point, body['filter']));
    if (body['order_by'] !== undefined && body['order_by'] !== null) {
      // Ordered pages continue from a value (`start_from`), not an id: tests/openapi/test_order_by.py test_cannot_use_offset_with_order_by.
      if (body['offset'] !== undefined && body['offset'] !== null)
        throw new BadInput('Bad request: offset cannot be used with order_by, use order_by.start_from');
      const page = this.ordered(matching, body['order_by']).slice(0, limit);
      return {
        points: page.map(({ point, value }) => ({ ...this.record(point, withPayload, withVectorOf(body)), order_value: value })),
        next_page_offset: null,
      };
    }
    const from = body['offset'] === undefined || body['offset'] === null ? undefined : this.idOf(body['offset']);
    const sorted = matching
      .filter((point) => from === undefined || comparePointIds(point.id, from) >= 0)
      .sort((a, b) => comparePointIds(a.id, b.id));
    return {
      points: sorted.slice(0, limit).map((point) => this.record(point, withPayload, withVectorOf(body))),
      next_page_offset: sorted[limit]?.id ?? null,
    };
  }

  count(body: Json): Json {
    rejectOthers(body, ['filter', 'exact'], 'count_points');
    checkQdrantFilter(body['filter']);
    let count = 0;
    for (const point of this.points.values()) if (matchesQdrantFilter(point, body['filter'])) count++;
    return { count };
  }

  delete(body: Json): Json {
    rejectOthers(body, ['points', 'filter'], 'delete_points');
    for (const point of this.selectPoints(body, false)) this.points.delete(pointKey(point.id));
    return this.updated();
  }

  /**
   * `set_payload` merges keys into the payload, or with `key` into the object at that path, creating
   * it when missing (tests/openapi/test_payload_operations.py); `overwrite_payload` replaces it.
   */
  setPayload(body: Json, overwrite: boolean): Json {
    rejectOthers(
      body,
      overwrite ? ['payload', 'points', 'filter'] : ['payload', 'points', 'filter', 'key'],
      overwrite ? 'overwrite_payload' : 'set_payload',
    );
    const payload = body['payload'] as Json;
    const key = body['key'] as string | null | undefined;
    for (const point of this.selectPoints(body, true)) {
      if (overwrite) point.payload = structuredClone(payload);
      else if (key !== undefined && key !== null && key !== '') mergeAtPath(point.payload, key, payload);
      else Object.assign(point.payload, structuredClone(payload));
      point.version = this.operation + 1;
    }
    return this.updated();
  }

  /** `delete_payload`: removes each key (a path: nested keys and array elements too). */
  deletePayload(body: Json): Json {
    rejectOthers(body, ['keys', 'points', 'filter'], 'delete_payload');
    for (const point of this.selectPoints(body, true)) {
      for (const key of body['keys'] as string[]) deleteAtPath(point.payload, key);
      point.version = this.operation + 1;
    }
    return this.updated();
  }

  /** `clear_payload`: every payload key of the selected points removed. */
  clearPayload(body: Json): Json {
    rejectOthers(body, ['points', 'filter'], 'clear_payload');
    for (const point of this.selectPoints(body, true)) {
      point.payload = {};
      point.version = this.operation + 1;
    }
    return this.updated();
  }

  /** The points a `points` list or a `filter` names; listed ids must exist when `mustExist` (Qdrant's 404 for payload updates). */
  private selectPoints(body: Json, mustExist: boolean): StoredPoint[] {
    const ids = body['points'] as unknown[] | undefined | null;
    if (ids !== undefined && ids !== null) {
      const found: StoredPoint[] = [];
      for (const raw of ids) {
        const point = this.points.get(pointKey(this.idOf(raw)));
        if (point !== undefined) found.push(point);
        else if (mustExist) throw new NotFoundInCollection(`No point with id ${String(raw)} found`);
      }
      return found;
    }
    if (body['filter'] === undefined || body['filter'] === null) throw new BadInput('Wrong input: either points or filter is required');
    checkQdrantFilter(body['filter']);
    return [...this.points.values()].filter((point) => matchesQdrantFilter(point, body['filter']));
  }

  private record(point: StoredPoint, withPayload: unknown, withVector: unknown): Json {
    return { id: point.id, ...this.selected(point, withPayload, withVector) };
  }

  /** `with_payload`: true, false, a list of keys, `{ include }` or `{ exclude }` (paths); `with_vector`: true, false or names. */
  private selected(point: StoredPoint, withPayload: unknown, withVector: unknown): Json {
    const out: Json = {};
    if (withPayload === true) out['payload'] = structuredClone(point.payload);
    else if (Array.isArray(withPayload)) out['payload'] = pickPaths(point.payload, withPayload as string[]);
    else if (isObject(withPayload) && Array.isArray(withPayload['include']))
      out['payload'] = pickPaths(point.payload, withPayload['include'] as string[]);
    else if (isObject(withPayload) && Array.isArray(withPayload['exclude'])) {
      const payload = structuredClone(point.payload);
      for (const path of withPayload['exclude'] as string[]) deleteAtPath(payload, path);
      out['payload'] = payload;
    } else if (withPayload !== false)
      throw new UnsupportedByStandIn(`with_payload ${JSON.stringify(withPayload)} is not implemented by the stand-in`);
    if (withVector === true || Array.isArray(withVector)) {
      const names = withVector === true ? [...point.vectors.keys()] : (withVector as string[]).filter((name) => point.vectors.has(name));
      out['vector'] = this.vectorOutput(point, names);
    }
    return out;
  }

  /** A lone unnamed dense vector is returned as a plain array, anything else as a map by name (VectorStructOutput). */
  private vectorOutput(point: StoredPoint, names: string[]): unknown {
    const output = (vector: StoredVector) => (vector instanceof Float32Array ? Array.from(vector, float32Json) : structuredClone(vector));
    if (names.length === 1 && names[0] === '' && point.vectors.get('') instanceof Float32Array) return output(point.vectors.get('')!);
    return Object.fromEntries(names.map((name) => [name, output(point.vectors.get(name)!)]));
  }

  private idOf(raw: unknown): PointId {
    const id = parsePointId(raw);
    if (id === undefined) throw new BadInput(`Format error in JSON body: value ${JSON.stringify(raw)} is not a valid point ID`);
    return id;
  }

  /** A point's vectors: one array for the unnamed vector, or a map of named dense arrays and sparse `{ indices, values }`. */
  private vectorsOf(raw: unknown): Map<string, StoredVector> {
    const vectors = new Map<string, StoredVector>();
    if (Array.isArray(raw) && raw.every((x) => typeof x === 'number')) {
      vectors.set('', this.denseVector(raw, ''));
      return vectors;
    }
    if (!isObject(raw)) throw new UnsupportedByStandIn('only dense and sparse vectors are implemented by the stand-in');
    for (const [name, value] of Object.entries(raw)) {
      if (Array.isArray(value) && value.every((x) => typeof x === 'number')) vectors.set(name, this.denseVector(value, name));
      else if (isObject(value) && Array.isArray(value['indices']) && Array.isArray(value['values'])) {
        if (!this.sparse.has(name)) throw new BadInput(`Wrong input: Not existing vector name error: ${name}`);
        vectors.set(name, { indices: [...(value['indices'] as number[])], values: [...(value['values'] as number[])] });
      } else throw new UnsupportedByStandIn(`vector "${name}": only dense and sparse vectors are implemented by the stand-in`);
    }
    return vectors;
  }

  private denseVector(raw: number[], name: string): Float32Array {
    const config = this.dense.get(name);
    if (config === undefined) throw new BadInput(`Wrong input: Not existing vector name error: ${name}`);
    if (raw.length !== config.size)
      throw new BadInput(`Wrong input: Vector dimension error: expected dim: ${config.size}, got ${raw.length}`);
    return prepareVector(config.distance, raw);
  }

  private updated(): Json {
    this.operation++;
    return { operation_id: this.operation, status: 'completed' };
  }
}

/** `with_vector`, or its alias `with_vectors` (Qdrant reads both: test_basic_retrieve_api.py `test_with_vectors_alias_of_with_vector`). */
function withVectorOf(body: Json): unknown {
  return body['with_vector'] ?? body['with_vectors'] ?? false;
}

function withoutNulls(object: Json): Json {
  return Object.fromEntries(Object.entries(object).filter(([, value]) => value !== null && value !== undefined));
}

function mergeDeepInto(target: Json, source: Json): void {
  for (const [key, value] of Object.entries(source)) {
    if (isObject(target[key]) && isObject(value)) mergeDeepInto(target[key] as Json, value);
    else target[key] = value;
  }
}

function mapDefined<T, U>(value: T | undefined, map: (value: T) => U): U | undefined {
  return value === undefined ? undefined : map(value);
}
