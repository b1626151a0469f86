import { CorruptDataError } from '../errors/corrupt-data-error';
import { describeValue } from '../errors/describe-value';
import { ValidationError } from '../errors/validation-error';
import type { MemoryFact, MemoryFactInput, ScoredMemory, StoredMemory, StoredMemoryWithVector } from '../models/memory-fact';
import type { ParsedMemoryFilter } from '../models/memory-filter';
import type { MemoryPatch, ParsedMemoryPatch } from '../models/memory-patch';
import type { MemoryPage, VectorMemoryItem, VectorMemoryStore } from '../protocols/vector-memory-store';
import { cloneMemoryFact } from '../records/clone-records';
import { type AddMemoryOptions, parseAddMemoryOptions, parseGivenMemoryId } from '../validation/add-memory-options';
import {
  parseFindSimilarOptions,
  parseId,
  parseListMemoriesOptions,
  parseMemoryFact,
  parseMemoryPatch,
  parseSearchOptions,
  parseUserId,
} from '../validation/parsers';
import type { FindSimilarOptions, ListMemoriesOptions, SearchOptions } from '../validation/store-options';
import { parseDimensions, parseVector } from '../vectors/parse-vector';
import { clampScore } from '../vectors/score-threshold';
import type { VectorInput } from '../vectors/vector-input';
import { decodeListCursor, encodeListCursor } from './list-cursor';
import { type MaybePromise, StoreBase, type StoreBaseOptions } from './store-base';

/** A validated memory ready to store: its id (fresh, or the caller's), its vector scaled to unit length, a private copy of the fact. */
export interface NewMemoryRecord {
  id: string;
  /**
   * Present when the caller chose `id` (a restore): where it gave it (`options.id`, `items[3].id`).
   * Such an id may already be stored; the backend then throws `memoryIdTaken(id, idPath)` and
   * stores nothing. Absent for an id the kit made (a random UUID, never stored before).
   */
  idPath?: string;
  /** Unit length, float32; the backend may keep this array. */
  vector: Float32Array;
  memory: MemoryFact;
}

/** What `queryMemories` must return: the user's memories passing `filter` with score >= `minScore`, best first, at most `limit`. */
export interface VectorQuery {
  /** 1 or more (a limit of 0 never reaches the backend). May be far larger than the user's memory count. */
  limit: number;
  /** Inclusive up to float32 rounding: keep a score when `meetsScoreThreshold(score, minScore)`. */
  minScore: number;
  /** Apply as `matchesFilter(memory, filter, now)` does. */
  filter: ParsedMemoryFilter;
  /** The instant expiry is judged at when `filter.validAt` is absent. */
  now: Date;
}

/** What `listUserMemories` is asked for: one page of the user's memories in the backend's stable order. */
export interface MemoryListQuery {
  /** The `next` position of the page before (already checked by `isListPosition`); absent for the first page. */
  after?: string;
  /** 1 to 1000: return at most this many. */
  limit: number;
  /** Apply as `matchesFilter(memory, filter, now)` does (`includeExpired` is always true: a listing is an inventory). */
  filter: ParsedMemoryFilter;
  now: Date;
  /** Return each memory's stored vector as `vector` (read in the same page query); when false, leave it out or not, the kit drops it. */
  includeVectors: boolean;
}

/** One memory of a `MemoryListPage`, with its stored vector when the query asked for vectors. */
export interface ListedMemoryRecord extends StoredMemory {
  /** The vector as stored (`dimensions` numbers). The backend's own array is fine: the kit hands out a copy. */
  vector?: ArrayLike<number>;
}

/** A page from `listUserMemories`: `next` is where the following page starts, absent when none follows. */
export interface MemoryListPage {
  memories: readonly ListedMemoryRecord[];
  next?: string;
}

/**
 * The base of every `VectorMemoryStore`: subclasses implement storage operations on input that is
 * already validated and scoped to one user; the base does the rest once for every backend: parsing
 * of every argument (each read once), the closed state, ids, unit-length vectors, user scoping of
 * results, copies of what is returned, clamped scores, and typed errors for anything a driver throws.
 */
export abstract class VectorStoreBase extends StoreBase implements VectorMemoryStore {
  readonly dimensions: number;

  protected constructor(storeName: string, dimensions: number, options: StoreBaseOptions = {}) {
    super(storeName, options);
    this.dimensions = parseDimensions(dimensions);
  }

  /**
   * Stores validated memories; all or none (a batch that does not fit stores nothing). When a record
   * with an `idPath` has an id the store already holds, for any user, throws `memoryIdTaken` and
   * stores none of the batch; the check and the write must not let a concurrent add in between.
   * Ids within one batch are distinct (the kit checks).
   */
  protected abstract insertMemories(records: readonly NewMemoryRecord[]): MaybePromise<void>;
  /** Scores the user's memories against a unit-length `query`; see `VectorQuery` for the rules. */
  protected abstract queryMemories(userId: string, query: Float32Array, options: VectorQuery): MaybePromise<readonly ScoredMemory[]>;
  /** The user's memory with this id, or null (also when the id belongs to another user). */
  protected abstract findMemory(userId: string, id: string): MaybePromise<StoredMemory | null>;
  /**
   * One page of the user's memories passing `filter`, in an order that stays the same while memories
   * are added and removed (by id, by insertion), starting after `query.after`, at most `query.limit`.
   */
  protected abstract listUserMemories(userId: string, query: MemoryListQuery): MaybePromise<MemoryListPage>;
  /** Applies a parsed patch (see `applyMemoryPatch`); false when the user has no such memory. */
  protected abstract patchMemory(userId: string, id: string, patch: ParsedMemoryPatch): MaybePromise<boolean>;
  /** Archives as `archiveMemoryFact` does (the first `archivedAt` is kept); false when missing. */
  protected abstract archiveStoredMemory(
    userId: string,
    id: string,
    archivedAt: Date,
    supersededBy: string | undefined,
  ): MaybePromise<boolean>;
  /** Hard-deletes one memory; false when missing. */
  protected abstract removeMemory(userId: string, id: string): MaybePromise<boolean>;
  /** Hard-deletes the user's memories; returns how many. */
  protected abstract removeUserMemories(userId: string): MaybePromise<number>;

  add(vector: VectorInput, memory: MemoryFactInput, options?: AddMemoryOptions): Promise<string> {
    return this.run(
      'add',
      () => {
        const record = this.newRecord(vector, memory, 'vector', 'memory');
        const { id } = parseAddMemoryOptions(options);
        return id === undefined ? record : { ...record, id, idPath: 'options.id' };
      },
      async (record) => {
        await this.insertMemories([record]);
        return record.id;
      },
    );
  }

  addMany(items: readonly VectorMemoryItem[]): Promise<string[]> {
    return this.run(
      'addMany',
      () => {
        if (!Array.isArray(items))
          throw new ValidationError({
            path: 'items',
            message: `items must be an array of { vector, memory }, got ${describeValue(items)}`,
          });
        const records: NewMemoryRecord[] = [];
        /** The index of the item that gave each id, to name both of a repeated pair. */
        const givenAt = new Map<string, number>();
        const count = items.length;
        // An index loop, not map: map skips holes, and a hole must be rejected like any non-object.
        for (let index = 0; index < count; index++) {
          const item: unknown = items[index];
          if (typeof item !== 'object' || item === null) {
            throw new ValidationError({
              path: `items[${index}]`,
              message: `items[${index}] must be an object { vector, memory }, got ${describeValue(item)}`,
            });
          }
          const { vector, memory, id: given } = item as { vector: unknown; memory: unknown; id?: unknown };
          const record = this.newRecord(vector, memory, `items[${index}].vector`, `items[${index}].memory`);
          const idPath = `items[${index}].id`;
          const id = parseGivenMemoryId(given, idPath);
          if (id === undefined) {
            records.push(record);
            continue;
          }
          const earlier = givenAt.get(id);
          if (earlier !== undefined) {
            throw new ValidationError({
              path: idPath,
              message: `${idPath} "${id}" repeats items[${earlier}].id: each memory of a batch needs its own id; nothing was stored`,
            });
          }
          givenAt.set(id, index);
          records.push({ ...record, id, idPath });
        }
        return records;
      },
      async (records) => {
        if (records.length > 0) await this.insertMemories(records);
        return records.map((record) => record.id);
      },
    );
  }

  search(userId: string, query: VectorInput, options?: SearchOptions): Promise<ScoredMemory[]> {
    return this.run(
      'search',
      () => ({ user: parseUserId(userId), unit: parseVector(query, this.dimensions, 'query'), parsed: parseSearchOptions(options) }),
      ({ user, unit, parsed }) =>
        this.query(user, unit, { limit: parsed.topK, minScore: parsed.minScore, filter: parsed.filter, now: new Date() }),
    );
  }

  findSimilarMemories(userId: string, vector: VectorInput, options?: FindSimilarOptions): Promise<ScoredMemory[]> {
    return this.run(
      'findSimilarMemories',
      () => ({ user: parseUserId(userId), unit: parseVector(vector, this.dimensions), parsed: parseFindSimilarOptions(options) }),
      // Similar means similar whatever its validity: an expired fact can still be contradicted.
      ({ user, unit, parsed }) =>
        this.query(user, unit, {
          limit: parsed.limit,
          minScore: parsed.threshold,
          filter: { includeArchived: !parsed.excludeArchived, includeExpired: true },
          now: new Date(),
        }),
    );
  }

  getById(userId: string, id: string): Promise<StoredMemory | null> {
    return this.run(
      'getById',
      () => ({ user: parseUserId(userId), memoryId: parseId(id) }),
      async ({ user, memoryId }) => {
        const found = await this.findMemory(user, memoryId);
        if (found === null || found.memory.userId !== user) return null;
        return this.freshResults ? found : { id: found.id, memory: cloneMemoryFact(found.memory) };
      },
    );
  }

  listMemories(userId: string, options?: ListMemoriesOptions): Promise<MemoryPage> {
    return this.run(
      'listMemories',
      () => {
        const user = parseUserId(userId);
        const { cursor, limit, includeArchived, includeVectors, filter } = parseListMemoriesOptions(options);
        const after = cursor === undefined ? undefined : decodeListCursor(cursor, (position) => this.isListPosition(position));
        return { user, after, limit, includeVectors, filter: { ...filter, includeArchived, includeExpired: true } };
      },
      async ({ user, after, limit, includeVectors, filter }) => {
        const query = { ...(after === undefined ? {} : { after }), limit, filter, now: new Date(), includeVectors };
        const page = await this.listUserMemories(user, query);
        const memories: StoredMemoryWithVector[] = [];
        for (const found of page.memories) {
          if (memories.length === limit) break;
          if (found.memory.userId !== user) continue;
          const listed: StoredMemoryWithVector = { id: found.id, memory: this.freshResults ? found.memory : cloneMemoryFact(found.memory) };
          // Only when asked for; a backend that has none to give (one written before the option) gives none.
          if (includeVectors && found.vector !== undefined) listed.vector = this.listedVector(found.id, found.vector);
          memories.push(listed);
        }
        return page.next === undefined ? { memories } : { memories, nextCursor: encodeListCursor(page.next) };
      },
    );
  }

  /** A copy of a stored vector as float32 values (a backend reading JSON gives doubles); a `CorruptDataError` for one of another length. */
  private listedVector(id: string, vector: ArrayLike<number>): number[] {
    if (vector.length !== this.dimensions) {
      throw new CorruptDataError({
        record: `memory ${JSON.stringify(id)}`,
        issues: [{ path: 'vector', message: `the stored vector has ${vector.length} numbers, not the store's ${this.dimensions}` }],
      });
    }
    return Array.from(vector, (value) => Math.fround(value));
  }

  /** Whether a position decoded from a cursor is one this backend could have made; override to check its form. */
  protected isListPosition(_position: string): boolean {
    return true;
  }

  updateMemory(userId: string, id: string, patch: MemoryPatch): Promise<boolean> {
    return this.run(
      'updateMemory',
      () => ({ user: parseUserId(userId), memoryId: parseId(id), parsed: parseMemoryPatch(patch) }),
      ({ user, memoryId, parsed }) => this.patchMemory(user, memoryId, parsed),
    );
  }

  archiveMemory(userId: string, id: string, supersededBy?: string): Promise<boolean> {
    return this.run(
      'archiveMemory',
      () => ({
        user: parseUserId(userId),
        memoryId: parseId(id),
        successor: supersededBy === undefined ? undefined : parseId(supersededBy, 'supersededBy'),
      }),
      ({ user, memoryId, successor }) => this.archiveStoredMemory(user, memoryId, new Date(), successor),
    );
  }

  deleteMemory(userId: string, id: string): Promise<boolean> {
    return this.run(
      'deleteMemory',
      () => ({ user: parseUserId(userId), memoryId: parseId(id) }),
      ({ user, memoryId }) => this.removeMemory(user, memoryId),
    );
  }

  clearUserMemories(userId: string): Promise<number> {
    return this.run(
      'clearUserMemories',
      () => parseUserId(userId),
      (user) => this.removeUserMemories(user),
    );
  }

  private newRecord(vector: unknown, memory: unknown, vectorPath: string, memoryPath: string): NewMemoryRecord {
    const unit = parseVector(vector, this.dimensions, vectorPath);
    return { id: crypto.randomUUID(), vector: unit, memory: cloneMemoryFact(parseMemoryFact(memory, memoryPath)) };
  }

  private async query(userId: string, unit: Float32Array, options: VectorQuery): Promise<ScoredMemory[]> {
    if (options.limit === 0) return [];
    const hits = await this.queryMemories(userId, unit, options);
    const results: ScoredMemory[] = [];
    for (const hit of hits) {
      if (results.length === options.limit) break;
      if (hit.memory.userId !== userId) continue;
      results.push({ id: hit.id, memory: this.freshResults ? hit.memory : cloneMemoryFact(hit.memory), score: clampScore(hit.score) });
    }
    return results;
  }
}
