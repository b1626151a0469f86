import { ValidationError } from '@casual-memory/core';

/** A threshold option: a number in [0, 1] (or `max`), else a `ValidationError` naming it. */
export function checkUnitInterval(value: number, path: string, max = 1): number {
  if (typeof value !== 'number' || !Number.isFinite(value) || value < 0 || value > max) {
    throw new ValidationError({ path, message: `Invalid ${path}: expected a number from 0 to ${max}, got ${String(value)}` });
  }
  return value;
}

/** A count option: a non-negative integer, else a `ValidationError` naming it. */
export function checkCount(value: number, path: string): number {
  if (typeof value !== 'number' || !Number.isSafeInteger(value) || value < 0) {
    throw new ValidationError({ path, message: `Invalid ${path}: expected a non-negative integer, got ${String(value)}` });
  }
  return value;
}

/** A cosine similarity: a finite number in [-1, 1] (a floor an embedding provider or an option gives). */
export function isCosine(value: unknown): value is number {
  return typeof value === 'number' && Number.isFinite(value) && value >= -1 && value <= 1;
}
