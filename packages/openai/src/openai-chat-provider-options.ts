import { parseStoreOptions, z } from '@casual-memory/core/backend';
import { connectionShape, type OpenAIConnectionOptions, type ParsedConnectionOptions, refineConnection } from './connection-options';

/** The options of `new OpenAIChatProvider(options)`. */
export interface OpenAIChatProviderOptions extends OpenAIConnectionOptions {
  /** Sampling temperature, 0 to 2 (default: the server's). Lower is more repeatable, which suits extraction. */
  temperature?: number;
}

/** Strict, so a misspelt key (`baseUrl`) is a `ValidationError` rather than silently ignored. */
const OpenAIChatProviderOptionsSchema = z
  .strictObject({ ...connectionShape, temperature: z.number().min(0).max(2).optional() })
  .superRefine(refineConnection);

// The interface above is what users read; this line fails to compile if it and the schema part ways.
true satisfies SameType<OpenAIChatProviderOptions, z.input<typeof OpenAIChatProviderOptionsSchema>>;
type SameType<A, B> = [A, keyof A] extends [B, keyof B] ? ([B, keyof B] extends [A, keyof A] ? true : false) : false;

export interface ParsedChatProviderOptions extends ParsedConnectionOptions {
  temperature?: number | undefined;
}

/** Parses constructor options; anything thrown while reading them (a getter, a Proxy) is a `ValidationError` too. */
export function parseChatProviderOptions(options: unknown, provider: string): ParsedChatProviderOptions {
  return parseStoreOptions(OpenAIChatProviderOptionsSchema, options, provider);
}
