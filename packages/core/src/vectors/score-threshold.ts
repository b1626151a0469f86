/**
 * How far below a threshold a score may fall and still meet it. Stored vectors are float32, so a
 * cosine of exactly 0.7 can come out as 0.69999998 and an exact duplicate as 0.99999994; thresholds
 * are inclusive up to this float32 rounding, the same in every backend and kernel.
 */
export const SCORE_TOLERANCE = 1e-5;

/** True when `score` meets an inclusive `threshold` (`minScore`, similarity threshold), up to float32 rounding. */
export function meetsScoreThreshold(score: number, threshold: number): boolean {
  return score >= threshold - SCORE_TOLERANCE;
}

/** A score as returned to callers: cosine clamped to [-1, 1]. */
export function clampScore(score: number): number {
  return Math.min(1, Math.max(-1, score));
}
