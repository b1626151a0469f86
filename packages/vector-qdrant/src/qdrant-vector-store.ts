import { isDeepStrictEqual } from 'node:util';
import { type CasualMemoryError, type MemoryFact, type ScoredMemory, type StoredMemory, ValidationError } from '@casual-memory/core';
import {
  archiveMemoryFact,
  type MemoryListPage,
  type MemoryListQuery,
  meetsScoreThreshold,
  memoryIdTaken,
  type NewMemoryRecord,
  type ParsedMemoryPatch,
  SCORE_TOLERANCE,
  type VectorQuery,
  VectorStoreBase,
} from '@casual-memory/core/backend';
import { QdrantClient } from '@qdrant/js-client-rest';
import { ensureCollection } from './collection-bootstrap';
import { hasLoneSurrogate } from './lone-surrogates';
import { memoryFromPayload, memoryToPayload, patchToPayload, pointIdOf } from './memory-payload';
import { isPointId } from './point-id';
import { vectorOfPoint } from './point-vector';
import type { QdrantClientLike } from './qdrant-client-like';
import { memoryFilter, pointOfUserFilter, type QdrantFilter, userCondition, userFilter } from './qdrant-filter';
import { toQdrantStoreError } from './qdrant-store-error';
import {
  type ParsedQdrantVectorStoreOptions,
  parseQdrantConnectOptions,
  parseQdrantStoreOptions,
  type QdrantConnectOptions,
  type QdrantVectorStoreOptions,
} from './qdrant-vector-store-options';

const STORE_NAME = 'QdrantVectorStore';
/** Hits asked for per query request: a huge `topK` pages through what exists instead of asking Qdrant for 1e10 at once. */
const QUERY_PAGE_SIZE = 1000;

/**
 * Long-term memories in a Qdrant collection: one point per memory (a UUID id, the unit vector, the
 * memory as payload), cosine distance, and payload indexes for the filters. Every request is
 * scoped to one user by a `userId` condition (the tenant index), including reads and writes by id,
 * so one user's call never reaches another user's point. Filters run inside Qdrant.
 *
 * Atomicity: each Qdrant request is atomic, but a few methods need two. `updateMemory`,
 * `archiveMemory` and `deleteMemory` first look the user's point up (a count or a read), then write
 * to it with a filter on its id and user; a concurrent delete in between makes the call report
 * `true` although there was nothing left to change (nothing is ever re-created or reached across
 * users). `archiveMemory` reads before writing, so two concurrent first archives each set their
 * own `archivedAt` and the later one stays. `clearUserMemories` counts, then deletes by filter: a
 * memory added by a concurrent call in between is deleted without being counted. An `addMany` of
 * several batches deletes the batches it wrote when a later one fails (best effort: if Qdrant is
 * down for that too, those memories stay). An add with ids the caller gave (a restore) scrolls for
 * them first (a point id is one per collection, so any user's point makes it taken), upserts with
 * `update_mode: insert_only` (a point written in between is never overwritten) and reads them back:
 * one that does not hold what this call sent went to a concurrent add, and the call takes back its
 * points and throws `memoryIdTaken`.
 */
export class QdrantVectorStore extends VectorStoreBase {
  /** The collection this store reads and writes. */
  readonly collection: string;
  private readonly client: QdrantClientLike;
  private readonly options: ParsedQdrantVectorStoreOptions;
  private bootstrap: Promise<void> | undefined;

  /**
   * Wraps a client you configured yourself. The collection is checked (and created when missing)
   * on the first call, or when you await `ready()`.
   */
  constructor(client: QdrantClientLike, options: QdrantVectorStoreOptions) {
    const parsed = parseQdrantStoreOptions(options, STORE_NAME);
    assertClient(client);
    // Every hit is decoded from a Qdrant payload into new objects, so the kit need not copy them again.
    super(STORE_NAME, parsed.dimensions, { freshResults: true });
    this.client = client;
    this.options = parsed;
    this.collection = parsed.collection;
  }

  /**
   * Connects to Qdrant at `url` (with `apiKey` for Qdrant Cloud) and makes the collection ready:
   * created when missing, checked when it exists (`DimensionMismatchError` for another vector
   * size), payload indexes created. Rejects with a typed error when any of that fails.
   */
  static async create(options: QdrantConnectOptions): Promise<QdrantVectorStore> {
    const { url, apiKey, timeout, ...storeOptions } = parseQdrantConnectOptions(options, STORE_NAME);
    let client: QdrantClient;
    try {
      // The version check is a background request that only logs; the bootstrap below reaches the server anyway.
      client = new QdrantClient({ url, ...(apiKey !== undefined ? { apiKey } : {}), timeout, checkCompatibility: false });
    } catch (thrown) {
      throw new ValidationError({ path: 'url', message: `${STORE_NAME} options.url is not usable: ${String(thrown)}`, cause: thrown });
    }
    const store = new QdrantVectorStore(client, storeOptions);
    try {
      await store.ready();
    } catch (thrown) {
      await store.close();
      throw thrown;
    }
    return store;
  }

  /** Checks (and when missing creates) the collection and its payload indexes; every other call does this first, once. */
  ready(): Promise<void> {
    return this.run(
      'ready',
      () => undefined,
      () => this.ensureReady(),
    );
  }

  protected override toStoreError(thrown: unknown, operation: string): CasualMemoryError {
    return toQdrantStoreError(thrown, this.storeName, operation);
  }

  protected async insertMemories(records: readonly NewMemoryRecord[]): Promise<void> {
    // Every payload is checked before the first request, so a refused item writes nothing.
    const points = records.map(({ id, vector, memory }, index) => ({
      id,
      vector: Array.from(vector),
      payload: memoryToPayload(memory, records.length === 1 ? 'memory' : `items[${index}].memory`),
    }));
    await this.ensureReady();
    // Ids the caller gave (a restore) may be taken: refuse before writing (see the class comment).
    const given = records.filter((record) => record.idPath !== undefined);
    if (given.length > 0) await this.refuseTakenIds(given);
    const { batchSize } = this.options;
    let sent = 0;
    try {
      for (; sent < points.length; sent += batchSize) {
        const batch = points.slice(sent, sent + batchSize);
        // insert_only: a point another call wrote since the check is never overwritten.
        await this.client.upsert(this.collection, {
          wait: true,
          points: batch,
          ...(given.length > 0 ? { update_mode: 'insert_only' } : {}),
        });
      }
    } catch (thrown) {
      // All or none: take back the batches written, and the failed one in case Qdrant applied it after all.
      if (points.length > batchSize) await this.deleteInserted(records.slice(0, sent + batchSize)).catch(() => undefined);
      throw thrown;
    }
    if (given.length > 0) await this.confirmGivenIds(given, records, points);
  }

  protected async queryMemories(
    userId: string,
    query: Float32Array,
    { limit, minScore, filter, now }: VectorQuery,
  ): Promise<ScoredMemory[]> {
    const qdrantFilter = hasLoneSurrogate(userId) ? null : memoryFilter(userId, filter, now);
    if (qdrantFilter === null) return [];
    await this.ensureReady();
    const vector = Array.from(query);
    const hits: ScoredMemory[] = [];
    const seen = new Set<string>();
    // Pages by offset: a page of concurrent writes may shift a hit across pages; `seen` drops the repeats.
    for (let offset = 0; hits.length < limit; ) {
      const pageLimit = Math.min(limit - hits.length, QUERY_PAGE_SIZE);
      const { points } = await this.client.query(this.collection, {
        query: vector,
        filter: qdrantFilter,
        limit: pageLimit,
        ...(offset > 0 ? { offset } : {}),
        // Inclusive up to float32 rounding, as meetsScoreThreshold; re-checked below, as Qdrant rounds the threshold to float32.
        score_threshold: minScore - SCORE_TOLERANCE,
        with_payload: true,
        with_vector: false,
      });
      for (const point of points) {
        const id = pointIdOf(point.id);
        if (seen.has(id) || !meetsScoreThreshold(point.score, minScore)) continue;
        seen.add(id);
        hits.push({ id, memory: memoryFromPayload(point.payload, id), score: point.score });
      }
      if (points.length < pageLimit) break;
      offset += points.length;
    }
    return hits.slice(0, limit);
  }

  protected async findMemory(userId: string, id: string): Promise<StoredMemory | null> {
    const memory = await this.readMemory(userId, id);
    return memory === null ? null : { id, memory };
  }

  /**
   * One Qdrant scroll with the user's filter, in Qdrant's point id order: `next_page_offset` (the
   * first id of the next page) is the position, so a page starts where the last one ended however
   * many points were written or deleted meanwhile. With `includeVectors` the same scroll returns
   * the vectors (`with_vector: true`; Qdrant keeps Cosine vectors normalised, in float32).
   */
  protected async listUserMemories(
    userId: string,
    { after, limit, filter, now, includeVectors }: MemoryListQuery,
  ): Promise<MemoryListPage> {
    const qdrantFilter = hasLoneSurrogate(userId) ? null : memoryFilter(userId, filter, now);
    if (qdrantFilter === null) return { memories: [] };
    await this.ensureReady();
    const { points, next_page_offset: nextOffset } = await this.client.scroll(this.collection, {
      filter: qdrantFilter,
      limit,
      ...(after === undefined ? {} : { offset: after }),
      with_payload: true,
      with_vector: includeVectors,
    });
    const memories = points.map((point) => {
      const id = pointIdOf(point.id);
      const memory = memoryFromPayload(point.payload, id);
      return includeVectors ? { id, memory, vector: vectorOfPoint(point.vector, id) } : { id, memory };
    });
    return nextOffset === null || nextOffset === undefined ? { memories } : { memories, next: pointIdOf(nextOffset) };
  }

  /** A cursor's position is a point id this store gave. */
  protected override isListPosition(position: string): boolean {
    return isPointId(position);
  }

  protected async patchMemory(userId: string, id: string, patch: ParsedMemoryPatch): Promise<boolean> {
    const payload = patchToPayload(patch, 'patch');
    if (!(await this.holds(userId, id))) return false;
    // One set-payload: changed fields only (null clears an optional one), so concurrent patches of other fields are kept.
    if (Object.keys(payload).length > 0) await this.setPayload(userId, id, payload);
    return true;
  }

  protected async archiveStoredMemory(userId: string, id: string, archivedAt: Date, supersededBy: string | undefined): Promise<boolean> {
    if (supersededBy !== undefined && hasLoneSurrogate(supersededBy)) {
      throw new ValidationError({
        path: 'supersededBy',
        message: 'supersededBy holds a lone UTF-16 surrogate, which Qdrant (UTF-8) cannot store',
      });
    }
    // Read first: archiving again keeps the first archivedAt.
    const memory = await this.readMemory(userId, id);
    if (memory === null) return false;
    const archived = archiveMemoryFact(memory, archivedAt, supersededBy);
    await this.setPayload(userId, id, {
      archived: true,
      archivedAt: archived.archivedAt!.toISOString(),
      ...(supersededBy !== undefined ? { supersededBy } : {}),
    });
    return true;
  }

  protected async removeMemory(userId: string, id: string): Promise<boolean> {
    if (!(await this.holds(userId, id))) return false;
    await this.client.delete(this.collection, { wait: true, filter: pointOfUserFilter(userId, id) });
    return true;
  }

  protected async removeUserMemories(userId: string): Promise<number> {
    if (hasLoneSurrogate(userId)) return 0;
    await this.ensureReady();
    const filter = userFilter(userId);
    // Qdrant's delete does not say how many points it removed: count first (see the class comment).
    const { count } = await this.client.count(this.collection, { filter, exact: true });
    if (count > 0) await this.client.delete(this.collection, { wait: true, filter });
    return count;
  }

  protected closeStore(): void {
    // Nothing of ours to release: the client's connections are pooled by undici and closed when idle.
  }

  private ensureReady(): Promise<void> {
    this.bootstrap ??= ensureCollection(this.client, this.options).catch((thrown: unknown) => {
      // A failed bootstrap (Qdrant down, say) is tried again by the next call.
      this.bootstrap = undefined;
      throw thrown;
    });
    return this.bootstrap;
  }

  /** The user's memory with this id, read and validated; null when missing or another user's. */
  private async readMemory(userId: string, id: string): Promise<MemoryFact | null> {
    if (!isPointId(id) || hasLoneSurrogate(userId)) return null;
    await this.ensureReady();
    const { points } = await this.client.scroll(this.collection, {
      filter: pointOfUserFilter(userId, id),
      limit: 1,
      with_payload: true,
      with_vector: false,
    });
    const point = points[0];
    return point === undefined ? null : memoryFromPayload(point.payload, id);
  }

  /** Whether the user has a memory with this id (one exact count, no payload transferred). */
  private async holds(userId: string, id: string): Promise<boolean> {
    if (!isPointId(id) || hasLoneSurrogate(userId)) return false;
    await this.ensureReady();
    const { count } = await this.client.count(this.collection, { filter: pointOfUserFilter(userId, id), exact: true });
    return count > 0;
  }

  /** Sets payload fields of the user's point; filtered by id and user, so it never creates or reaches another point. */
  private async setPayload(userId: string, id: string, payload: Record<string, unknown>): Promise<void> {
    await this.client.setPayload(this.collection, { wait: true, payload, filter: pointOfUserFilter(userId, id) });
  }

  /** Throws `memoryIdTaken` for the first given id a point of any user already has. */
  private async refuseTakenIds(given: readonly NewMemoryRecord[]): Promise<void> {
    const taken = new Set<string>();
    for (let start = 0; start < given.length; start += this.options.batchSize) {
      const ids = given.slice(start, start + this.options.batchSize).map((record) => record.id);
      const { points } = await this.client.scroll(this.collection, {
        filter: { must: [{ has_id: ids }] },
        limit: ids.length,
        with_payload: false,
        with_vector: false,
      });
      for (const point of points) taken.add(pointIdOf(point.id));
    }
    const first = given.find((record) => taken.has(record.id));
    if (first !== undefined) throw memoryIdTaken(first.id, first.idPath!);
  }

  /**
   * After an insert_only write: a given id whose point does not hold what this call sent was taken
   * by a concurrent add between the check and the write (Qdrant kept that point and does not say
   * so). Then this call takes back the points it wrote and throws `memoryIdTaken`.
   */
  private async confirmGivenIds(
    given: readonly NewMemoryRecord[],
    records: readonly NewMemoryRecord[],
    points: readonly { id: string; payload: Record<string, unknown> }[],
  ): Promise<void> {
    const sentPayload = new Map(points.map((point) => [point.id, JSON.parse(JSON.stringify(point.payload)) as unknown]));
    const lost = new Set<string>();
    for (let start = 0; start < given.length; start += this.options.batchSize) {
      const ids = given.slice(start, start + this.options.batchSize).map((record) => record.id);
      const found = await this.client.scroll(this.collection, {
        filter: { must: [{ has_id: ids }] },
        limit: ids.length,
        with_payload: true,
        with_vector: false,
      });
      for (const point of found.points) {
        const id = pointIdOf(point.id);
        if (!isDeepStrictEqual(point.payload, sentPayload.get(id))) lost.add(id);
      }
    }
    const first = given.find((record) => lost.has(record.id));
    if (first === undefined) return;
    await this.deleteInserted(records.filter((record) => !lost.has(record.id))).catch(() => undefined);
    throw memoryIdTaken(first.id, first.idPath!);
  }

  /** Deletes points this call has just inserted, each under its own user. */
  private async deleteInserted(records: readonly NewMemoryRecord[]): Promise<void> {
    // An empty `should` would match every point.
    if (records.length === 0) return;
    const byUser = new Map<string, string[]>();
    for (const { id, memory } of records) {
      const ids = byUser.get(memory.userId);
      if (ids === undefined) byUser.set(memory.userId, [id]);
      else ids.push(id);
    }
    const should: QdrantFilter[] = [...byUser].map(([userId, ids]) => ({ must: [{ has_id: ids }, userCondition(userId)] }));
    await this.client.delete(this.collection, { wait: true, filter: { should } });
  }
}

function assertClient(client: unknown): void {
  const methods = [
    'collectionExists',
    'getCollection',
    'createCollection',
    'createPayloadIndex',
    'upsert',
    'query',
    'scroll',
    'count',
    'setPayload',
    'delete',
  ];
  let ok = typeof client === 'object' && client !== null;
  try {
    ok &&= methods.every((method) => typeof (client as Record<string, unknown>)[method] === 'function');
  } catch {
    ok = false;
  }
  if (!ok) {
    throw new ValidationError({
      path: 'client',
      message: `${STORE_NAME} needs a QdrantClient from @qdrant/js-client-rest (or an object with its ${methods.join(', ')} methods)`,
    });
  }
}
