/**
 * Qdrant's distances (documentation: concepts/search, "Metrics"; OpenAPI `Distance`): scores in
 * float32 as Qdrant computes them. Cosine vectors are normalised when stored, so their score is the
 * dot product; Dot is the raw dot product; Euclid and Manhattan are distances, where smaller is
 * better (and `score_threshold` is an upper bound).
 */
export type Distance = 'Cosine' | 'Dot' | 'Euclid' | 'Manhattan';

/** The vector as Qdrant keeps it: float32, unit length for Cosine. */
export function prepareVector(distance: Distance, raw: readonly number[]): Float32Array {
  const vector = Float32Array.from(raw);
  if (distance !== 'Cosine') return vector;
  let norm = 0;
  for (const x of vector) norm += x * x;
  norm = Math.sqrt(norm);
  if (norm > 0) for (let i = 0; i < vector.length; i++) vector[i]! /= norm;
  return vector;
}

export function isAscending(distance: Distance): boolean {
  return distance === 'Euclid' || distance === 'Manhattan';
}

export function scoreVectors(distance: Distance, a: Float32Array, b: Float32Array): number {
  let sum = 0;
  for (let i = 0; i < a.length; i++) {
    const x = a[i]!;
    const y = b[i]!;
    if (distance === 'Euclid') sum += (x - y) * (x - y);
    else if (distance === 'Manhattan') sum += Math.abs(x - y);
    else sum += x * y;
  }
  return Math.fround(distance === 'Euclid' ? Math.sqrt(sum) : sum);
}

/**
 * A float32 as Qdrant writes it in JSON: the shortest decimal that reads back as the same float32
 * (serde's f32 output), so a stored 0.15 is returned as 0.15, not 0.15000000596046448.
 */
export function float32Json(value: number): number {
  if (!Number.isFinite(value)) return value;
  for (let digits = 1; digits <= 9; digits++) {
    const shortest = Number(value.toPrecision(digits));
    if (Math.fround(shortest) === value) return shortest;
  }
  return value;
}
