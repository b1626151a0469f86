import { BadInput, canonicalId, type FilterablePoint, matchesQdrantFilter, UnsupportedByStandIn } from './stand-in-filter';

type Json = Record<string, unknown>;

interface StoredPoint extends FilterablePoint {
  /** Normalised to unit length in float32, as Qdrant stores vectors of a Cosine collection. */
  vector: Float32Array;
  version: number;
}

/** Keys the stand-in reads from a request; any other key with a non-null value is reported as unsupported. */
function rejectOthers(body: Json, known: readonly string[], what: string): void {
  for (const [key, value] of Object.entries(body)) {
    if (value !== null && value !== undefined && !known.includes(key)) {
      throw new UnsupportedByStandIn(`${what}: "${key}" is not implemented by the stand-in`);
    }
  }
}

/**
 * One collection of the stand-in: a single unnamed dense vector with Cosine distance, payloads and
 * payload indexes. Every write is applied at once, so `wait` only changes the status reported, as
 * in Qdrant (`completed` with `wait=true`, else `acknowledged`).
 */
export class StandInCollection {
  readonly points = new Map<string, StoredPoint>();
  readonly payloadSchema = new Map<string, { data_type: string; params?: Json }>();
  private operation = 0;

  constructor(
    readonly size: number,
    readonly config: { onDiskPayload: boolean; hnsw: Json; distance?: string },
  ) {}

  info(): Json {
    const payloadSchema: Json = {};
    for (const [field, { data_type, params }] of this.payloadSchema) {
      const points = [...this.points.values()].filter((point) => Object.hasOwn(point.payload, field)).length;
      payloadSchema[field] = { data_type, ...(params !== undefined ? { params } : {}), points };
    }
    return {
      status: 'green',
      optimizer_status: 'ok',
      indexed_vectors_count: 0,
      points_count: this.points.size,
      segments_count: 1,
      config: {
        params: {
          vectors: { size: this.size, distance: this.config.distance ?? 'Cosine' },
          shard_number: 1,
          replication_factor: 1,
          write_consistency_factor: 1,
          on_disk_payload: this.config.onDiskPayload,
        },
        hnsw_config: { m: 16, ef_construct: 100, full_scan_threshold: 10000, max_indexing_threads: 0, on_disk: false, ...this.config.hnsw },
        optimizer_config: {
          deleted_threshold: 0.2,
          vacuum_min_vector_number: 1000,
          default_segment_number: 0,
          max_segment_size: null,
          memmap_threshold: null,
          indexing_threshold: 10000,
          flush_interval_sec: 5,
          max_optimization_threads: null,
        },
        wal_config: { wal_capacity_mb: 32, wal_segments_ahead: 0 },
        quantization_config: null,
      },
      payload_schema: payloadSchema,
    };
  }

  createIndex(body: Json): Json {
    rejectOthers(body, ['field_name', 'field_schema'], 'create_field_index');
    const schema = body['field_schema'];
    if (typeof schema === 'string') this.payloadSchema.set(body['field_name'] as string, { data_type: schema });
    else if (typeof schema === 'object' && schema !== null) {
      this.payloadSchema.set(body['field_name'] as string, { data_type: (schema as Json)['type'] as string, params: schema as Json });
    } else throw new BadInput('Wrong input: field_schema is required');
    return this.updated();
  }

  upsert(body: Json): Json {
    rejectOthers(body, ['points'], 'upsert_points');
    const points = body['points'] as { id: unknown; vector: unknown; payload?: Json | null }[] | undefined;
    if (points === undefined) throw new UnsupportedByStandIn('upsert_points: only the points list form is implemented');
    const prepared = points.map((point) => ({
      id: this.idOf(point.id),
      vector: this.vectorOf(point.vector),
      payload: point.payload ?? {},
    }));
    // Checked in full before any change: a refused request changes nothing.
    for (const { id, vector, payload } of prepared) {
      this.points.set(id, { id, vector, payload: structuredClone(payload), version: this.operation + 1 });
    }
    return this.updated();
  }

  query(body: Json): Json {
    rejectOthers(body, ['query', 'filter', 'limit', 'offset', 'score_threshold', 'with_payload', 'with_vector'], 'query_points');
    const raw = body['query'];
    const vector = this.vectorOf(typeof raw === 'object' && raw !== null && 'nearest' in raw ? (raw as Json)['nearest'] : raw);
    const threshold = body['score_threshold'] as number | undefined | null;
    const limit = (body['limit'] as number | undefined | null) ?? 10;
    const offset = (body['offset'] as number | undefined | null) ?? 0;
    const scored: { point: StoredPoint; score: number }[] = [];
    for (const point of this.points.values()) {
      if (!matchesQdrantFilter(point, body['filter'])) continue;
      const score = dot(vector, point.vector);
      // Qdrant: "Return points with scores better than this threshold"; a score equal to it is kept.
      if (threshold !== undefined && threshold !== null && score < Math.fround(threshold)) continue;
      scored.push({ point, score });
    }
    scored.sort((a, b) => b.score - a.score || (a.point.id < b.point.id ? -1 : 1));
    const page = scored.slice(offset, offset + limit);
    return {
      points: page.map(({ point, score }) => ({
        id: point.id,
        version: point.version,
        score,
        ...this.selected(point, body['with_payload'] ?? false, body['with_vector'] ?? false),
      })),
    };
  }

  scroll(body: Json): Json {
    rejectOthers(body, ['filter', 'limit', 'offset', 'with_payload', 'with_vector'], 'scroll_points');
    const limit = (body['limit'] as number | undefined | null) ?? 10;
    const from = body['offset'] === undefined || body['offset'] === null ? undefined : this.idOf(body['offset']);
    const matching = [...this.points.values()]
      .filter((point) => (from === undefined || point.id >= from) && matchesQdrantFilter(point, body['filter']))
      .sort((a, b) => (a.id < b.id ? -1 : 1));
    const page = matching.slice(0, limit);
    return {
      points: page.map((point) => ({ id: point.id, ...this.selected(point, body['with_payload'] ?? true, body['with_vector'] ?? false) })),
      next_page_offset: matching[limit]?.id ?? null,
    };
  }

  count(body: Json): Json {
    rejectOthers(body, ['filter', 'exact'], 'count_points');
    let count = 0;
    for (const point of this.points.values()) if (matchesQdrantFilter(point, body['filter'])) count++;
    return { count };
  }

  delete(body: Json): Json {
    rejectOthers(body, ['points', 'filter'], 'delete_points');
    for (const point of this.selectPoints(body, false)) this.points.delete(point.id);
    return this.updated();
  }

  /** `set_payload` merges keys into the payload; `overwrite_payload` replaces it. */
  setPayload(body: Json, overwrite: boolean): Json {
    rejectOthers(body, ['payload', 'points', 'filter'], overwrite ? 'overwrite_payload' : 'set_payload');
    const payload = body['payload'] as Json;
    for (const point of this.selectPoints(body, true)) {
      point.payload = overwrite ? structuredClone(payload) : { ...point.payload, ...structuredClone(payload) };
      point.version = this.operation + 1;
    }
    return this.updated();
  }

  deletePayload(body: Json): Json {
    rejectOthers(body, ['keys', 'points', 'filter'], 'delete_payload');
    for (const point of this.selectPoints(body, true)) {
      for (const key of body['keys'] as string[]) delete point.payload[key];
    }
    return this.updated();
  }

  /** The points a `points` list or a `filter` names; listed ids must exist when `mustExist` (Qdrant's 404 for payload updates). */
  private selectPoints(body: Json, mustExist: boolean): StoredPoint[] {
    const ids = body['points'] as unknown[] | undefined | null;
    if (ids !== undefined && ids !== null) {
      const found: StoredPoint[] = [];
      for (const raw of ids) {
        const point = this.points.get(this.idOf(raw));
        if (point !== undefined) found.push(point);
        else if (mustExist) throw new NotFoundInCollection(`No point with id ${String(raw)} found`);
      }
      return found;
    }
    if (body['filter'] === undefined || body['filter'] === null) throw new BadInput('Wrong input: either points or filter is required');
    return [...this.points.values()].filter((point) => matchesQdrantFilter(point, body['filter']));
  }

  private selected(point: StoredPoint, withPayload: unknown, withVector: unknown): Json {
    const out: Json = {};
    if (withPayload === true) out['payload'] = structuredClone(point.payload);
    else if (Array.isArray(withPayload)) {
      out['payload'] = Object.fromEntries(Object.entries(point.payload).filter(([key]) => withPayload.includes(key)));
    } else if (withPayload !== false) throw new UnsupportedByStandIn('with_payload selectors are not implemented by the stand-in');
    if (withVector === true) out['vector'] = Array.from(point.vector);
    else if (withVector !== false) throw new UnsupportedByStandIn('with_vector selectors are not implemented by the stand-in');
    return out;
  }

  private idOf(raw: unknown): string {
    const id = canonicalId(raw);
    if (id === undefined) throw new BadInput(`Format error in JSON body: value ${JSON.stringify(raw)} is not a valid point ID`);
    return id;
  }

  private vectorOf(raw: unknown): Float32Array {
    if (!Array.isArray(raw) || !raw.every((x) => typeof x === 'number')) {
      throw new UnsupportedByStandIn('only a dense vector query is implemented by the stand-in');
    }
    if (raw.length !== this.size) throw new BadInput(`Wrong input: Vector dimension error: expected dim: ${this.size}, got ${raw.length}`);
    const vector = Float32Array.from(raw as number[]);
    let norm = 0;
    for (const x of vector) norm += x * x;
    norm = Math.sqrt(norm);
    if (norm > 0) for (let i = 0; i < vector.length; i++) vector[i]! /= norm;
    return vector;
  }

  private updated(): Json {
    this.operation++;
    return { operation_id: this.operation, status: 'completed' };
  }
}

/** A request naming a point that does not exist; answered with 404 as Qdrant does. */
export class NotFoundInCollection extends Error {}

/** The cosine of two unit float32 vectors, rounded to float32 as Qdrant's scores are. */
function dot(a: Float32Array, b: Float32Array): number {
  let sum = 0;
  for (let i = 0; i < a.length; i++) sum += a[i]! * b[i]!;
  return Math.fround(sum);
}
