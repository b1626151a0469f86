import { CorruptDataError } from '@casual-memory/core';

/**
 * A point's vector as a scroll with `with_vector: true` returns it: the collection's one unnamed
 * dense vector, a plain array of numbers. Anything else (no vector, named or sparse vectors) is not
 * a point of ours: a `CorruptDataError` naming the memory. The kit checks the length.
 */
export function vectorOfPoint(vector: unknown, id: string): number[] {
  if (Array.isArray(vector) && vector.every((value) => typeof value === 'number')) return vector as number[];
  throw new CorruptDataError({
    record: `memory ${JSON.stringify(id)}`,
    issues: [{ path: 'vector', message: "the point has no unnamed dense vector (this store's collections have one)" }],
  });
}
