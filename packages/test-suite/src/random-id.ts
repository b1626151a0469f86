import { randomUUID } from 'node:crypto';

/**
 * A fresh id per test, so suites can share one real database without seeing each other's rows.
 * Bounded in length (well under 64 characters) so every backend's id columns take it.
 */
export function randomId(prefix: string): string {
  return `${prefix}-${randomUUID()}`;
}
