import { z } from 'zod';
import { MemoryTypeSchema } from './memory-type';
import { unitInterval, validDate } from './schema-primitives';

/**
 * Which of the user's memories a search may return (the user is the call's first argument). One
 * meaning for every backend, given by `matchesFilter`.
 * An empty `types` or `tags` list is rejected rather than read as "all" or "none": leave it out.
 */
export const MemoryFilterSchema = z.strictObject({
  /** Keep memories of any of these types. */
  types: z.array(MemoryTypeSchema).min(1, { error: 'must list at least one type; leave it out to allow every type' }).optional(),
  /** Keep memories carrying any of these tags. */
  tags: z.array(z.string()).min(1, { error: 'must list at least one tag; leave it out to allow any tags' }).optional(),
  /** Keep memories whose importance is at least this. */
  minImportance: unitInterval.optional(),
  /** Also return archived (superseded) memories. Default false. */
  includeArchived: z.boolean().optional(),
  /** Drop memories whose `validUntil` is before this instant. Default: the time of the search. */
  validAt: validDate.optional(),
  /** Also return memories whose `validUntil` has passed. Default false. */
  includeExpired: z.boolean().optional(),
});

export type MemoryFilter = z.input<typeof MemoryFilterSchema>;
export type ParsedMemoryFilter = z.output<typeof MemoryFilterSchema>;
