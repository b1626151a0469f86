import { DimensionMismatchError, ValidationError, cosineSimilarity, normalizeVector, validateDimensions, validateVector } from '../src';

describe('cosineSimilarity', () => {
  it('is 1 for the same direction, 0 orthogonal, -1 opposite', () => {
    expect(cosineSimilarity([1, 0, 0], [3, 0, 0])).toBeCloseTo(1, 12);
    expect(cosineSimilarity([1, 0, 0], [0, 1, 0])).toBe(0);
    expect(cosineSimilarity([1, 2, 3], [-1, -2, -3])).toBeCloseTo(-1, 12);
    expect(cosineSimilarity(Float32Array.of(1, 0), [0.9, 0.1])).toBeCloseTo(0.9 / Math.hypot(0.9, 0.1), 6);
  });

  it('is 0 for a zero vector, stays within [-1, 1], and refuses mismatched lengths', () => {
    expect(cosineSimilarity([0, 0], [1, 1])).toBe(0);
    const v = [0.1, 0.2, 0.3];
    expect(cosineSimilarity(v, v)).toBeLessThanOrEqual(1);
    expect(() => cosineSimilarity([1, 0], [1, 0, 0])).toThrow(DimensionMismatchError);
  });
});

describe('validateVector', () => {
  it('accepts finite number arrays and Float32Arrays of the right length', () => {
    expect(() => validateVector([0.5, -1, 2], 3)).not.toThrow();
    expect(() => validateVector(Float32Array.of(1, 2), 2)).not.toThrow();
  });

  it('names what is wrong', () => {
    expect(() => validateVector([1, 2], 3)).toThrow(DimensionMismatchError);
    expect(() => validateVector([1, Number.NaN, 2], 3)).toThrow(/vector\[1\] must be a finite number, got NaN/);
    expect(() => validateVector([1, Infinity], 2, 'query')).toThrow(/query\[1\]/);
    expect(() => validateVector([0, 0], 2)).toThrow(/must not be all zeros/);
    expect(() => validateVector([1e200, 1e200], 2)).toThrow(/too large/);
    expect(() => validateVector('1,2', 2)).toThrow(ValidationError);
    expect(() => validateVector([1, '2'], 2)).toThrow(ValidationError);
  });

  it('validateDimensions wants a whole number from 1', () => {
    expect(() => validateDimensions(384)).not.toThrow();
    for (const bad of [0, -1, 1.5, '384', undefined]) expect(() => validateDimensions(bad)).toThrow(ValidationError);
  });
});

describe('normalizeVector', () => {
  it('scales to unit length, keeps the direction, and can write into a given array', () => {
    const unit = normalizeVector([3, 4]);
    expect(Array.from(unit)).toEqual([expect.closeTo(0.6, 6), expect.closeTo(0.8, 6)]);
    const target = new Float32Array(4);
    expect(normalizeVector([0, 2], target.subarray(1, 3))).toEqual(Float32Array.of(0, 1));
    expect(Array.from(target)).toEqual([0, 0, 1, 0]);
  });
});
