/**
 * A deterministic pseudo-random number generator (xorshift32) giving numbers in [-0.5, 0.5), so tests
 * and benchmarks over "random" vectors reproduce exactly.
 */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0 || 1;
  return () => {
    state ^= state << 13;
    state >>>= 0;
    state ^= state >>> 17;
    state ^= state << 5;
    state >>>= 0;
    return state / 4294967296 - 0.5;
  };
}

/** `count` seeded random vectors of `dimensions` numbers each. */
export function seededVectors(count: number, dimensions: number, seed: number): number[][] {
  const next = seededRandom(seed);
  return Array.from({ length: count }, () => Array.from({ length: dimensions }, next));
}
