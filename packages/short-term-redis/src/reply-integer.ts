import { thrownMessage } from '@casual-memory/core/backend';

/** A Redis integer reply (a number, or a bigint or string under other type mappings) as a safe integer >= 0; `what` names it in the error. */
export function replyInteger(reply: unknown, what: string): number {
  const value = typeof reply === 'number' ? reply : typeof reply === 'bigint' || typeof reply === 'string' ? Number(reply) : Number.NaN;
  if (!Number.isSafeInteger(value) || value < 0) throw new Error(`Redis answered ${thrownMessage(reply)} where ${what} was expected`);
  return value;
}
