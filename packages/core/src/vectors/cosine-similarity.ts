import { DimensionMismatchError } from '../errors/dimension-mismatch-error';
import type { VectorInput } from './vector-input';

/**
 * Cosine similarity of two vectors, in [-1, 1] (clamped against rounding). 0 when either vector
 * has zero length. Throws `DimensionMismatchError` when the lengths differ.
 */
export function cosineSimilarity(a: VectorInput, b: VectorInput): number {
  if (a.length !== b.length) throw new DimensionMismatchError(a.length, b.length, 'b');
  let dot = 0;
  let normA = 0;
  let normB = 0;
  for (let i = 0; i < a.length; i++) {
    const x = a[i] as number;
    const y = b[i] as number;
    dot += x * y;
    normA += x * x;
    normB += y * y;
  }
  if (normA === 0 || normB === 0) return 0;
  const similarity = dot / (Math.sqrt(normA) * Math.sqrt(normB));
  return Math.min(1, Math.max(-1, similarity));
}
