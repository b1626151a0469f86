import { ValidationError } from '@casual-memory/core';

/** The lowest confidence a memory gets (one mention). */
export const MIN_CONFIDENCE = 0.5;
/** The highest confidence a memory can reach: nothing said in conversation is certain. */
export const MAX_CONFIDENCE = 0.95;
/** From this many mentions on, the base confidence is the maximum. */
export const HIGH_CONFIDENCE_MENTIONS = 5;
/** Memories not mentioned for longer than this many days lose 5% of their confidence. */
export const STALE_AFTER_DAYS = 30;

const DAY_MS = 24 * 60 * 60 * 1000;

/**
 * How sure we are of a memory from how often it was mentioned (`mentionCount`), over how many days
 * (`daysSpan`, first to last mention) and how long ago the last mention was (`daysSinceLast`).
 * The Python original's numbers, multiplied in the same order so results are equal to the last bit:
 * base 0.5 / 0.7 / 0.8 / 0.9 / 0.95 for 1 / 2 / 3 / 4 / 5+ mentions, ×0.95 when stale (> 30 days),
 * ×(1 + span/900, at most 1.1) for repeated mentions spread over time, capped at 0.95.
 */
export function calculateConfidence(mentionCount: number, daysSpan = 0, daysSinceLast = 0): number {
  for (const [path, value] of [
    ['mentionCount', mentionCount],
    ['daysSpan', daysSpan],
    ['daysSinceLast', daysSinceLast],
  ] as const) {
    if (typeof value !== 'number' || !Number.isFinite(value)) {
      throw new ValidationError({ path, message: `Invalid ${path}: expected a finite number` });
    }
  }
  const base = baseConfidence(mentionCount);
  const recency = daysSinceLast > STALE_AFTER_DAYS ? 0.95 : 1.0;
  const spread = mentionCount > 1 && daysSpan > 0 ? Math.min(1.1, 1.0 + daysSpan / 900) : 1.0;
  return Math.min(MAX_CONFIDENCE, base * recency * spread);
}

function baseConfidence(mentionCount: number): number {
  if (mentionCount === 1) return MIN_CONFIDENCE;
  if (mentionCount === 2) return 0.7;
  if (mentionCount === 3) return 0.8;
  if (mentionCount >= HIGH_CONFIDENCE_MENTIONS) return MAX_CONFIDENCE;
  // 4 mentions, and the degenerate 0 or negative counts, as the original computes them.
  return Math.min(MAX_CONFIDENCE, 0.5 + mentionCount * 0.1);
}

/** Whole days from `first` to `last`, floored, never negative; 0 when either is missing or invalid. */
export function calculateDaysSpan(first: Date | string | null | undefined, last: Date | string | null | undefined): number {
  const from = toTime(first);
  const to = toTime(last);
  if (from === null || to === null) return 0;
  return Math.max(0, Math.floor((to - from) / DAY_MS));
}

/** Whole days from `last` to `now`, floored, never negative; 0 when `last` is missing or invalid. */
export function calculateDaysSince(last: Date | string | null | undefined, now: Date = new Date()): number {
  return calculateDaysSpan(last, now);
}

function toTime(value: Date | string | null | undefined): number | null {
  if (value === null || value === undefined) return null;
  const time = value instanceof Date ? value.getTime() : typeof value === 'string' ? Date.parse(value) : Number.NaN;
  return Number.isNaN(time) ? null : time;
}
