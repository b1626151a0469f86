import { parseStoreOptions, z } from '@casual-memory/core/backend';

/** No options yet. Strict, so a key given anyway (a typo, an option of another store) is a `ValidationError`. */
const InMemoryConflictStoreOptionsSchema = z.strictObject({});

/** The options of `new InMemoryConflictStore(options?)`: none today, so `{}` or nothing. */
export type InMemoryConflictStoreOptions = Record<string, never>;

/** Parses constructor options; anything thrown while reading them (a getter, a Proxy) is a `ValidationError` too. */
export function parseConflictStoreOptions(options: unknown, store: string): void {
  parseStoreOptions(InMemoryConflictStoreOptionsSchema, options, store);
}
