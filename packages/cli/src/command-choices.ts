import type { MemoryType, ResolutionDecision } from '@casual-memory/core';

// The values commander offers for --type and resolve's <decision>. They are written out here, not
// imported from @casual-memory/core, so that building the command line (and --version, --help, a usage
// error) loads no library at all; the types below keep them equal to core's lists.

/** Every memory type, as core's MEMORY_TYPES. */
export const MEMORY_TYPE_CHOICES = ['fact', 'preference', 'event', 'goal', 'weather'] as const satisfies readonly MemoryType[];

/** Every decision `resolve` takes, as core's RESOLUTION_DECISIONS. */
export const DECISION_CHOICES = ['keep_a', 'keep_b', 'merge', 'both_valid'] as const satisfies readonly ResolutionDecision[];

/** A compile error here means core has a value that a list above lacks. */
type Missing<Union, Listed> = Exclude<Union, Listed> extends never ? true : never;
export const everyChoiceListed: [
  Missing<MemoryType, (typeof MEMORY_TYPE_CHOICES)[number]>,
  Missing<ResolutionDecision, (typeof DECISION_CHOICES)[number]>,
] = [true, true];
