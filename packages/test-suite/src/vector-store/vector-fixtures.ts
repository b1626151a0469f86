import type { MemoryFact, MemoryFactInput } from '@casual-memory/core';

/** The suite's vector length: small enough to read, large enough for distinct directions. */
export const SUITE_DIMENSIONS = 8;

/** The unit vector along axis `i`. */
export function axis(i: number, dimensions = SUITE_DIMENSIONS): number[] {
  const vector = new Array<number>(dimensions).fill(0);
  vector[i] = 1;
  return vector;
}

/** A unit vector whose cosine with `axis(0)` is exactly `cosine` (it leans towards `axis(1)`). */
export function atCosine(cosine: number, dimensions = SUITE_DIMENSIONS): number[] {
  const vector = new Array<number>(dimensions).fill(0);
  vector[0] = cosine;
  vector[1] = Math.sqrt(1 - cosine * cosine);
  return vector;
}

/** Scores from float32 backends differ from exact cosines by rounding; compare with this slack. */
export const SCORE_TOLERANCE = 1e-5;

export function fact(userId: string, text: string, extra: Partial<MemoryFactInput> = {}): MemoryFactInput {
  return { text, type: 'fact', userId, ...extra };
}

/** What `fact(userId, text)` is stored as: every default filled in. */
export function storedFact(userId: string, text: string): MemoryFact {
  return { text, type: 'fact', userId, tags: [], importance: 0.5, confidence: 0.5, mentionCount: 1, archived: false };
}
