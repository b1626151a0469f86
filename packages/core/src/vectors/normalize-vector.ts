/** Finite numbers, as `normalizeVector` and `cosineSimilarity` read them. */
export type NumericVector = ArrayLike<number>;

/**
 * Writes `vector` scaled to unit length into `target` and returns it, or returns null for an
 * all-zero vector. Divides by the largest magnitude first, so vectors of tiny (1e-300) or huge
 * (1e300) components keep their direction instead of underflowing or overflowing. Expects finite
 * numbers.
 */
export function normalizeVector<T extends Float32Array | Float64Array>(vector: NumericVector, target: T): T | null {
  const length = vector.length;
  let largest = 0;
  for (let i = 0; i < length; i++) {
    const magnitude = Math.abs(vector[i] as number);
    if (magnitude > largest) largest = magnitude;
  }
  if (largest === 0) return null;
  let sumOfSquares = 0;
  for (let i = 0; i < length; i++) {
    const scaled = (vector[i] as number) / largest;
    sumOfSquares += scaled * scaled;
  }
  const norm = Math.sqrt(sumOfSquares);
  for (let i = 0; i < length; i++) target[i] = (vector[i] as number) / largest / norm;
  return target;
}
