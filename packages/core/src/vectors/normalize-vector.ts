import type { VectorInput } from './vector-input';

/**
 * Writes `vector` scaled to unit length into `target` (a new `Float32Array` by default) and returns
 * it. Dot products of unit vectors are cosine similarities. Expects a validated, non-zero vector.
 */
export function normalizeVector(vector: VectorInput, target: Float32Array = new Float32Array(vector.length)): Float32Array {
  let sumOfSquares = 0;
  for (let i = 0; i < vector.length; i++) {
    const value = vector[i] as number;
    sumOfSquares += value * value;
  }
  const scale = 1 / Math.sqrt(sumOfSquares);
  for (let i = 0; i < vector.length; i++) target[i] = (vector[i] as number) * scale;
  return target;
}
