import { comparePointIds, pointKey } from './point-id';
import type { StoredPoint } from './stand-in-collection';

/**
 * Merging the rankings of a query's prefetches (documentation: concepts/hybrid-queries; Qdrant's
 * own check of both is tests/openapi/test_query.py `test_basic_rrf` / `test_basic_dbsf` with the
 * helpers of tests/openapi/helpers/helpers.py).
 */

/** A ranked point: its score, and the payload value it was ordered by (`order_by`). */
export interface Scored {
  point: StoredPoint;
  score: number;
  orderValue?: number;
}

/** The points of several rankings, each once. */
export function unionOf(rankings: Scored[][]): StoredPoint[] {
  return [...new Map(rankings.flat().map(({ point }) => [pointKey(point.id), point])).values()];
}

/** Reciprocal rank fusion: a point scores the sum over rankings of 1 / (k + its 0-based rank). */
export function fuseRanks(rankings: Scored[][], k: number): Scored[] {
  const fused = new Map<string, Scored>();
  for (const ranking of rankings) {
    ranking.forEach(({ point }, rank) => {
      const entry = fused.get(pointKey(point.id)) ?? { point, score: 0 };
      entry.score += 1 / (k + rank);
      fused.set(pointKey(point.id), entry);
    });
  }
  return [...fused.values()].sort((a, b) => b.score - a.score || comparePointIds(a.point.id, b.point.id));
}

/** Distribution-based score fusion: each ranking's scores mapped from [mean − 3σ, mean + 3σ] (sample σ) to [0, 1], then summed. */
export function fuseDistributions(rankings: Scored[][]): Scored[] {
  const fused = new Map<string, Scored>();
  for (const ranking of rankings) {
    const scores = ranking.map(({ score }) => score);
    const mean = scores.reduce((sum, x) => sum + x, 0) / scores.length;
    const deviation = Math.sqrt(scores.reduce((sum, x) => sum + (x - mean) ** 2, 0) / Math.max(scores.length - 1, 1));
    const [low, high] = [mean - 3 * deviation, mean + 3 * deviation];
    for (const { point, score } of ranking) {
      const entry = fused.get(pointKey(point.id)) ?? { point, score: 0 };
      entry.score += high === low ? 0.5 : (score - low) / (high - low);
      fused.set(pointKey(point.id), entry);
    }
  }
  return [...fused.values()].sort((a, b) => b.score - a.score || comparePointIds(a.point.id, b.point.id));
}
