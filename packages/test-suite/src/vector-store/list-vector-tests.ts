import assert from 'node:assert/strict';
import type { StoredMemoryWithVector, VectorMemoryStore } from '@casual-memory/core';
import { assertRejectsWith } from '../assert-rejects-with';
import { randomId } from '../random-id';
import { seededVectors } from '../seeded-vectors';
import { allPages } from './all-pages';
import { fact, SUITE_DIMENSIONS } from './vector-fixtures';
import type { VectorHarness } from './vector-harness';

/**
 * How far a listed element may be from the float32 of the exact unit vector: a few float32 steps
 * near 1, since a store may scale the stored vector to unit length again in float32 (Qdrant does).
 */
const VECTOR_TOLERANCE = 2 ** -22;

/** `vector` scaled to unit length, as a store keeps what `add` was given. */
function unit(vector: readonly number[]): number[] {
  const norm = Math.hypot(...vector);
  return vector.map((value) => value / norm);
}

function assertStoredVector(listed: StoredMemoryWithVector, added: readonly number[]): void {
  const { vector } = listed;
  assert.ok(Array.isArray(vector), `memory ${listed.id} was listed without its vector`);
  const expected = unit(added);
  assert.equal(vector.length, expected.length, `memory ${listed.id}: vector length`);
  vector.forEach((value, i) => {
    assert.equal(Math.fround(value), value, `memory ${listed.id}: vector[${i}] ${value} is not a float32 value`);
    const want = Math.fround(expected[i]!);
    assert.ok(Math.abs(value - want) <= VECTOR_TOLERANCE, `memory ${listed.id}: vector[${i}] is ${value}, stored was ${want}`);
  });
}

/** Every memory of the user with its vector, a page of `limit` at a time. */
async function listedWithVectors(store: VectorMemoryStore, userId: string, limit: number, includeArchived = false) {
  return (await allPages(store, userId, { includeVectors: true, limit, includeArchived })).flat() as StoredMemoryWithVector[];
}

export function registerListVectorTests({ it, withStore }: VectorHarness): void {
  it(
    'returns with includeVectors the vector each memory was added with, on every page; archived ones with includeArchived',
    withStore(async (store) => {
      const user = randomId('vectors');
      const vectors = seededVectors(23, SUITE_DIMENSIONS, 4242);
      const ids = await store.addMany(vectors.map((vector, i) => ({ vector, memory: fact(user, `memory ${i}`) })));
      const addedWith = new Map(ids.map((id, i) => [id, vectors[i]!]));
      const archived = new Set([ids[2]!, ids[11]!, ids[20]!]);
      for (const id of archived) await store.archiveMemory(user, id);

      const current = await listedWithVectors(store, user, 5);
      assert.deepEqual(new Set(current.map((stored) => stored.id)), new Set(ids.filter((id) => !archived.has(id))));
      for (const stored of current) assertStoredVector(stored, addedWith.get(stored.id)!);

      const all = await listedWithVectors(store, user, 4, true);
      assert.deepEqual(new Set(all.map((stored) => stored.id)), new Set(ids));
      for (const stored of all) assertStoredVector(stored, addedWith.get(stored.id)!);
      assert.equal(all.find((stored) => stored.id === ids[11])?.memory.archived, true);
    }),
  );

  it(
    'lists no vector unless asked for one',
    withStore(async (store) => {
      const user = randomId('vectors');
      await store.addMany(seededVectors(3, SUITE_DIMENSIONS, 7).map((vector, i) => ({ vector, memory: fact(user, `m${i}`) })));
      for (const options of [undefined, {}, { includeVectors: false }, { includeVectors: false, includeArchived: true }]) {
        const { memories } = await store.listMemories(user, options);
        assert.equal(memories.length, 3);
        for (const stored of memories) assert.ok(!('vector' in stored), `a vector listed with ${JSON.stringify(options)}`);
      }
    }),
  );

  it(
    'hands out copies: changing a listed vector changes nothing stored',
    withStore(async (store) => {
      const user = randomId('vectors');
      const [added] = seededVectors(1, SUITE_DIMENSIONS, 99);
      const id = await store.add(added!, fact(user, 'mine'));
      const [first] = (await store.listMemories(user, { includeVectors: true })).memories;
      assert.equal(first?.id, id);
      first!.vector!.fill(0);
      first!.vector!.push(1);
      const [again] = (await store.listMemories(user, { includeVectors: true })).memories;
      assertStoredVector(again!, added!);
      assert.equal((await store.search(user, added!, { minScore: 0.99 }))[0]?.id, id, 'search still finds it by its vector');
    }),
  );

  it(
    'refuses an includeVectors that is not a boolean with a ValidationError naming options.includeVectors',
    withStore(async (store) => {
      const user = randomId('vectors');
      for (const includeVectors of ['yes', 1, 0, null, {}]) {
        const error = await assertRejectsWith(
          () => store.listMemories(user, { includeVectors: includeVectors as never }),
          'VALIDATION_ERROR',
          `includeVectors ${JSON.stringify(includeVectors)}`,
        );
        assert.equal((error as { path?: unknown }).path, 'options.includeVectors');
      }
    }),
  );
}
