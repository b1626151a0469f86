import { DimensionMismatchError } from '../errors/dimension-mismatch-error';
import { ValidationError } from '../errors/validation-error';
import type { VectorInput } from './vector-input';

/**
 * Checks that `vector` is a `number[]` or `Float32Array` of exactly `dimensions` finite numbers,
 * not all zero (a zero vector has no direction, so no cosine). Throws `DimensionMismatchError` or
 * `ValidationError` naming `path`.
 */
export function validateVector(vector: unknown, dimensions: number, path = 'vector'): asserts vector is VectorInput {
  if (!Array.isArray(vector) && !(vector instanceof Float32Array)) {
    throw new ValidationError(path, `${path} must be an array of numbers or a Float32Array`);
  }
  if (vector.length !== dimensions) {
    throw new DimensionMismatchError(dimensions, vector.length, path);
  }
  let sumOfSquares = 0;
  for (let i = 0; i < vector.length; i++) {
    const value: unknown = vector[i];
    if (typeof value !== 'number' || !Number.isFinite(value)) {
      throw new ValidationError(`${path}[${i}]`, `${path}[${i}] must be a finite number, got ${String(value)}`);
    }
    sumOfSquares += value * value;
  }
  if (sumOfSquares === 0) {
    throw new ValidationError(path, `${path} must not be all zeros: a zero vector has no direction to compare`);
  }
  if (!Number.isFinite(sumOfSquares)) {
    throw new ValidationError(path, `${path} has a magnitude too large to represent`);
  }
}

/** Checks a store's `dimensions` option: a whole number from 1 up. */
export function validateDimensions(dimensions: unknown): asserts dimensions is number {
  if (typeof dimensions !== 'number' || !Number.isInteger(dimensions) || dimensions < 1) {
    throw new ValidationError('dimensions', `dimensions must be a whole number of at least 1, got ${String(dimensions)}`);
  }
}
