import { calculateValidUntil } from './calculate-valid-until';
import { extractAndNormalizeDate } from './extract-and-normalize-date';

/** What `normalizeMemoryDates` reads; every other key is copied as it is. */
export interface DatedMemoryLike {
  text?: string;
  type?: string;
  validUntil?: unknown;
}

export type NormalizedMemoryDates<T extends DatedMemoryLike> = Omit<T, 'text' | 'validUntil'> & {
  text: string;
  validUntil?: Exclude<T['validUntil'], undefined> | Date;
};

/**
 * A copy of `memory` whose text has its first relative date made absolute (for every type, so "My
 * birthday is next Tuesday" keeps meaning the right day), and, for an event or goal in the future
 * without a `validUntil`, a `validUntil` at the end of that day. A `validUntil` already set is kept.
 * Missing text reads as "" and a missing type as "fact", as in the original.
 */
export function normalizeMemoryDates<T extends DatedMemoryLike>(memory: T, referenceDate: Date): NormalizedMemoryDates<T> {
  const { text, date } = extractAndNormalizeDate(memory.text ?? '', referenceDate);
  const normalized = { ...memory, text } as NormalizedMemoryDates<T>;
  const hasValidUntil = memory.validUntil !== undefined && memory.validUntil !== null && memory.validUntil !== '';
  if (!hasValidUntil) {
    const validUntil = calculateValidUntil(memory.type ?? 'fact', date, referenceDate);
    if (validUntil !== null) normalized.validUntil = validUntil;
  }
  return normalized;
}
