import { collectionSetup } from './collection-setup';
import type { ReplayStep } from './replay-step';

/** The vectors of Qdrant's `basic_collection_setup` (tests/openapi/helpers/collection_setup.py), by id. */
export const BASIC_VECTORS: Record<number, number[]> = {
  1: [0.05, 0.61, 0.76, 0.74],
  2: [0.19, 0.81, 0.75, 0.11],
  3: [0.36, 0.55, 0.47, 0.94],
  4: [0.18, 0.01, 0.85, 0.8],
  5: [0.24, 0.18, 0.22, 0.44],
  6: [0.35, 0.08, 0.11, 0.44],
  7: [0.25, 0.98, 0.14, 0.43],
  8: [0.79, 0.53, 0.72, 0.15],
};

/**
 * Qdrant's `basic_collection_setup`: a 4-dimensional Dot collection with a sparse vector, and ten
 * points: cities as a string, lists, null or `[]`, prices, a point without payload, two points with
 * only a sparse vector. Each step asserts `response.ok`, as the helper does.
 */
export function basicCollectionSetup(collection: string, from: string): ReplayStep[] {
  const point = (id: number, payload?: Record<string, unknown>) => ({ id, vector: BASIC_VECTORS[id], ...(payload ? { payload } : {}) });
  return collectionSetup(
    from,
    collection,
    {
      vectors: { size: 4, distance: 'Dot', on_disk: false },
      sparse_vectors: { 'sparse-text': {} },
      on_disk_payload: true,
      wal_config: { wal_capacity_mb: null },
    },
    [
      point(1, { city: 'Berlin', price: 10.0 }),
      point(2, { city: ['Berlin', 'London'], price: 11.0 }),
      point(3, { city: ['Berlin', 'Moscow'], price: 9.5 }),
      point(4, { city: ['London', 'Moscow'], price: 9 }),
      point(5, { count: 0 }),
      point(6),
      point(7, { city: null, price: null }),
      point(8, { city: [], price: [] }),
      { id: 9, vector: { 'sparse-text': { indices: [66, 12], values: [0.5, 0.5] } } },
      { id: 10, vector: { 'sparse-text': { indices: [1, 2, 3], values: [0.1, 0.2, 0.3] } }, payload: { city: [], price: [] } },
    ],
  );
}
