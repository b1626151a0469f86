import { describeValue } from '../errors/describe-value';
import { DimensionMismatchError } from '../errors/dimension-mismatch-error';
import { ValidationError } from '../errors/validation-error';
import { normalizeVector } from './normalize-vector';

/**
 * Validates `vector` and returns it scaled to unit length as a new `Float32Array` (dot products of
 * unit vectors are cosines). It must be a `number[]` or `Float32Array` of exactly `dimensions`
 * finite numbers, not all zero. Each element is read once, so a getter cannot change a value
 * between the check and the copy. Throws `DimensionMismatchError` or `ValidationError` at `path`.
 */
export function parseVector(vector: unknown, dimensions: number, path = 'vector'): Float32Array {
  if (!Array.isArray(vector) && !(vector instanceof Float32Array)) {
    throw new ValidationError({ path, message: `${path} must be an array of numbers or a Float32Array, got ${describeValue(vector)}` });
  }
  const length = vector.length;
  if (length !== dimensions) throw new DimensionMismatchError({ expected: dimensions, actual: length, path });
  const values = new Float64Array(length);
  for (let i = 0; i < length; i++) {
    const value: unknown = vector[i];
    if (typeof value !== 'number' || !Number.isFinite(value)) {
      throw new ValidationError({ path: `${path}[${i}]`, message: `${path}[${i}] must be a finite number, got ${describeValue(value)}` });
    }
    values[i] = value;
  }
  const unit = normalizeVector(values, new Float32Array(length));
  if (unit === null) {
    throw new ValidationError({ path, message: `${path} must not be all zeros: a zero vector has no direction to compare` });
  }
  return unit;
}

/** Checks a store's `dimensions` option: a whole number from 1 up. */
export function parseDimensions(dimensions: unknown, path = 'dimensions'): number {
  if (typeof dimensions !== 'number' || !Number.isInteger(dimensions) || dimensions < 1) {
    throw new ValidationError({ path, message: `${path} must be a whole number of at least 1, got ${describeValue(dimensions)}` });
  }
  return dimensions;
}
