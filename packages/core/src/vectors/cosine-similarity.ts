import { DimensionMismatchError } from '../errors/dimension-mismatch-error';
import { type NumericVector, normalizeVector } from './normalize-vector';

/**
 * Cosine similarity of two vectors of finite numbers, in [-1, 1] (clamped against rounding); 0 when
 * either is all zeros. Scales before it multiplies, so very small or very large components give
 * the true cosine. Throws `DimensionMismatchError` when the lengths differ.
 */
export function cosineSimilarity(a: NumericVector, b: NumericVector): number {
  if (a.length !== b.length) throw new DimensionMismatchError({ expected: a.length, actual: b.length, path: 'b' });
  const unitA = normalizeVector(a, new Float64Array(a.length));
  const unitB = normalizeVector(b, new Float64Array(b.length));
  if (unitA === null || unitB === null) return 0;
  let dot = 0;
  for (let i = 0; i < unitA.length; i++) dot += (unitA[i] as number) * (unitB[i] as number);
  return Math.min(1, Math.max(-1, dot));
}
