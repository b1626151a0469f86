import { z } from '@casual-memory/core/backend';
import type { MemoryService } from '@casual-memory/service';

/** Accepts a `MemoryService` (anything with its `add` and `query`), for option schemas. */
export const memoryServiceSchema = z.custom<MemoryService>(
  (value) =>
    typeof (value as { add?: unknown } | null)?.add === 'function' && typeof (value as { query?: unknown } | null)?.query === 'function',
  { error: 'expected a MemoryService' },
);
