import { ValidationError } from '@casual-memory/core';
import { calculateConfidence, calculateDaysSince, calculateDaysSpan, MAX_CONFIDENCE } from '../src/confidence/calculate-confidence';

// Ported from the original's tests/intelligence/test_confidence.py (REFERENCE.md §4.10, §7).
describe('calculateConfidence', () => {
  it.each([
    [1, 0.5],
    [2, 0.7],
    [3, 0.8],
    [4, 0.9],
    [5, 0.95],
    [10, 0.95],
  ])('%i mention(s) give a base of %d', (mentions, expected) => {
    expect(calculateConfidence(mentions)).toBeCloseTo(expected, 12);
  });

  it('gives 0 mentions a non-negative confidence', () => {
    expect(calculateConfidence(0)).toBeGreaterThanOrEqual(0);
    expect(calculateConfidence(0)).toBe(0.5);
  });

  it('takes exactly 5% off after more than 30 days without a mention', () => {
    expect(calculateConfidence(3, 0, 31)).toBe(0.8 * 0.95);
    expect(calculateConfidence(3, 0, 30)).toBe(0.8);
    expect(calculateConfidence(3, 0, 15)).toBe(0.8);
  });

  it('boosts repeated mentions spread over time, capped at the maximum', () => {
    expect(calculateConfidence(2, 90)).toBeGreaterThan(0.7);
    expect(calculateConfidence(2, 90)).toBe(0.7 * 1 * (1 + 90 / 900));
    expect(calculateConfidence(3, 900)).toBeLessThanOrEqual(MAX_CONFIDENCE);
    expect(calculateConfidence(1, 90)).toBe(0.5); // a single mention has no spread
  });

  it('combines the factors and never exceeds the maximum', () => {
    expect(calculateConfidence(5, 90, 31)).toBe(0.95);
    for (let mentions = 1; mentions < 20; mentions++) {
      for (const span of [0, 10, 100, 1000]) {
        for (const since of [0, 31, 400]) expect(calculateConfidence(mentions, span, since)).toBeLessThanOrEqual(MAX_CONFIDENCE);
      }
    }
  });

  it('matches realistic scenarios', () => {
    expect(calculateConfidence(2, 7)).toBeGreaterThan(0.7);
    expect(calculateConfidence(5, 85)).toBeGreaterThanOrEqual(0.9);
    expect(calculateConfidence(3, 0, 60)).toBeLessThan(0.8);
  });

  it('rejects non-numbers with a ValidationError', () => {
    expect(() => calculateConfidence(Number.NaN)).toThrow(ValidationError);
    expect(() => calculateConfidence(1, Number.POSITIVE_INFINITY)).toThrow(ValidationError);
  });
});

describe('calculateDaysSpan and calculateDaysSince', () => {
  it('counts whole days between two dates, never negative', () => {
    expect(calculateDaysSpan('2024-01-01T00:00:00', '2024-01-11T00:00:00')).toBe(10);
    expect(calculateDaysSpan(new Date('2024-01-01T08:00:00Z'), new Date('2024-01-01T20:00:00Z'))).toBe(0);
    expect(calculateDaysSpan('2024-01-11T00:00:00', '2024-01-01T00:00:00')).toBe(0);
    expect(calculateDaysSpan('not a date', '2024-01-01T00:00:00')).toBe(0);
    expect(calculateDaysSpan(null, '2024-01-01T00:00:00')).toBe(0);
  });

  it('counts days since a date up to now', () => {
    const now = new Date('2024-03-01T12:00:00Z');
    expect(calculateDaysSince(new Date('2024-02-15T12:00:00Z'), now)).toBe(15);
    expect(calculateDaysSince(now, now)).toBe(0);
    expect(calculateDaysSince(new Date('2024-04-01T00:00:00Z'), now)).toBe(0);
    expect(calculateDaysSince('garbage', now)).toBe(0);
    expect(calculateDaysSince(undefined, now)).toBe(0);
    expect(calculateDaysSince(new Date(Date.now() - 3 * 86_400_000))).toBe(3);
  });
});
