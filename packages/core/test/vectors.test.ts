import { cosineSimilarity, DimensionMismatchError, ValidationError } from '../src';
import { clampScore, fnv1a, meetsScoreThreshold, normalizeVector, parseDimensions, parseVector, SCORE_TOLERANCE } from '../src/backend';

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

  it('gives the true cosine for tiny and huge components', () => {
    expect(cosineSimilarity([2e-162, 0, 0, 0], [1, 0, 0, 0])).toBeCloseTo(1, 12);
    expect(cosineSimilarity([1e-320, 1e-320], [1, 0])).toBeCloseTo(Math.SQRT1_2, 12);
    expect(cosineSimilarity([1e155, 1e155, 0, 0], [1, 0, 0, 0])).toBeCloseTo(Math.SQRT1_2, 12);
    expect(cosineSimilarity([1e308, -1e308], [1, -1])).toBeCloseTo(1, 12);
  });
});

describe('parseVector', () => {
  it('returns a new unit-length Float32Array for arrays and Float32Arrays', () => {
    const input = [3, 4];
    const unit = parseVector(input, 2);
    expect(unit).toBeInstanceOf(Float32Array);
    expect(Array.from(unit)).toEqual([expect.closeTo(0.6, 6), expect.closeTo(0.8, 6)]);
    const typed = Float32Array.of(0, 2);
    expect(parseVector(typed, 2)).not.toBe(typed);
    expect(input).toEqual([3, 4]);
  });

  it('keeps the direction of tiny and huge vectors', () => {
    expect(Array.from(parseVector([2e-162, 0, 0, 0], 4))).toEqual([1, 0, 0, 0]);
    expect(Array.from(parseVector([1e-200, 0, 0, 0], 4))).toEqual([1, 0, 0, 0]);
    expect(Array.from(parseVector([5e-324, 0], 2))).toEqual([1, 0]);
    expect(Array.from(parseVector([1e155, 1e155, 0, 0], 4))).toEqual([Math.fround(Math.SQRT1_2), Math.fround(Math.SQRT1_2), 0, 0]);
    expect(Array.from(parseVector([Number.MAX_VALUE, Number.MAX_VALUE], 2))).toEqual([
      Math.fround(Math.SQRT1_2),
      Math.fround(Math.SQRT1_2),
    ]);
  });

  it('names what is wrong, without calling into the values', () => {
    expect(() => parseVector([1, 2], 3)).toThrow(DimensionMismatchError);
    expect(() => parseVector([1, Number.NaN, 2], 3)).toThrow(/vector\[1\] must be a finite number, got NaN/);
    expect(() => parseVector([1, Infinity], 2, 'query')).toThrow(/query\[1\]/);
    expect(() => parseVector([0, 0], 2)).toThrow(/must not be all zeros/);
    expect(() => parseVector('1,2', 2)).toThrow(/got "1,2"/);
    expect(() => parseVector([1, '2'], 2)).toThrow(ValidationError);
    const hostile = {
      toString: () => {
        throw new Error('boom');
      },
      valueOf: () => {
        throw new Error('boom');
      },
    };
    expect(() => parseVector([1, hostile], 2)).toThrow(/vector\[1\] must be a finite number, got an object/);
    expect(() => parseVector([Object.create(null), 1], 2)).toThrow(/got an object/);
    expect(() => parseVector(Object.create(null), 2)).toThrow(/got an object/);
    expect(() => parseVector([1n, 2], 2)).toThrow(/got 1/);
    expect(() => parseVector([Symbol('s'), 2], 2)).toThrow(/got a symbol/);
  });

  it('reads each element once', () => {
    let reads = 0;
    const vector = [1, 0];
    Object.defineProperty(vector, 0, { get: () => (reads++ === 0 ? 1 : Number.NaN) });
    expect(Array.from(parseVector(vector, 2))).toEqual([1, 0]);
    expect(reads).toBe(1);
  });

  it('parseDimensions wants a whole number from 1', () => {
    expect(parseDimensions(384)).toBe(384);
    for (const bad of [0, -1, 1.5, '384', undefined, Object.create(null)]) expect(() => parseDimensions(bad)).toThrow(ValidationError);
  });
});

describe('normalizeVector', () => {
  it('scales to unit length into the given array, or says null for all zeros', () => {
    const target = new Float32Array(4);
    expect(normalizeVector([0, 2], target.subarray(1, 3))).toEqual(Float32Array.of(0, 1));
    expect(Array.from(target)).toEqual([0, 0, 1, 0]);
    expect(normalizeVector([0, 0], new Float64Array(2))).toBeNull();
  });
});

describe('score thresholds', () => {
  it('are inclusive up to float32 rounding, and scores are clamped', () => {
    expect(meetsScoreThreshold(Math.fround(0.7), 0.7)).toBe(true);
    expect(meetsScoreThreshold(0.69999998, 0.7)).toBe(true);
    expect(meetsScoreThreshold(0.99999994, 1)).toBe(true);
    expect(meetsScoreThreshold(0.7 - 2 * SCORE_TOLERANCE, 0.7)).toBe(false);
    expect(clampScore(1.0000001)).toBe(1);
    expect(clampScore(-1.0000001)).toBe(-1);
    expect(clampScore(0.5)).toBe(0.5);
  });

  it('find exact duplicates of random 384-d vectors at threshold 1 in float32', () => {
    for (let n = 0; n < 200; n++) {
      const unit = parseVector(
        Array.from({ length: 384 }, () => Math.random() * 2 - 1),
        384,
      );
      let dot = 0;
      for (let i = 0; i < unit.length; i++) dot = Math.fround(dot + Math.fround(unit[i]! * unit[i]!));
      expect(meetsScoreThreshold(dot, 1)).toBe(true);
    }
  });
});

describe('fnv1a', () => {
  it('is the standard 32-bit FNV-1a, so hashed feature positions are the same on every machine', () => {
    expect(fnv1a('')).toBe(0x811c9dc5);
    expect(fnv1a('a')).toBe(0xe40c292c);
    expect(fnv1a('hello')).toBe(0x4f9f2cab);
  });
});
