import { z } from '@casual-memory/core/backend';
import type { MemoryService } from '@casual-memory/service';

/** A user id as core takes it: not blank, and kept as given (never trimmed into another user's id). */
export const userIdSchema = z.string().refine((value) => value.trim() !== '', 'expected a non-empty user id');

/** Accepts a `MemoryService` (anything with its `add` and `query`), for option schemas. */
export const memoryServiceSchema = z.custom<MemoryService>(
  (value) =>
    typeof (value as { add?: unknown } | null)?.add === 'function' && typeof (value as { query?: unknown } | null)?.query === 'function',
  { error: 'expected a MemoryService' },
);
