import { MaxMessagesSchema, parseStoreOptions, z } from '@casual-memory/core/backend';

/** Strict, so a misspelt key (`maxMessage`) is a `ValidationError` rather than silently ignored. */
const InMemoryShortTermStoreOptionsSchema = z.strictObject({
  maxMessages: MaxMessagesSchema,
});

/** The options of `new InMemoryShortTermStore(options?)`. */
export interface InMemoryShortTermStoreOptions {
  /** How many newest messages to keep per user (oldest drop off first). A whole number >= 1; default 20. */
  maxMessages?: number;
}
type ParsedShortTermStoreOptions = z.output<typeof InMemoryShortTermStoreOptionsSchema>;

/** Parses constructor options; anything thrown while reading them (a getter, a Proxy) is a `ValidationError` too. */
export function parseShortTermStoreOptions(options: unknown, store: string): ParsedShortTermStoreOptions {
  return parseStoreOptions(InMemoryShortTermStoreOptionsSchema, options, store);
}
