/**
 * Deterministic pseudo-random numbers in [-1, 1) (an LCG). Local to this package's tests, so they
 * and the child processes they start need nothing from another package but core.
 */
export function randomSource(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (Math.imul(state, 1_664_525) + 1_013_904_223) >>> 0;
    return state / 2 ** 31 - 1;
  };
}

/** `count` reproducible random vectors of `dimensions` numbers. */
export function randomVectors(count: number, dimensions: number, seed: number): number[][] {
  const next = randomSource(seed);
  return Array.from({ length: count }, () => Array.from({ length: dimensions }, next));
}
