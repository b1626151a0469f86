import { parseStoreOptions, toInputError } from '@casual-memory/core/backend';
import { z } from 'zod';
import { maxRowsFor } from './arena-layout';

/** Rows reserved up front unless `initialCapacity` says otherwise. */
export const DEFAULT_INITIAL_CAPACITY = 1024;

/** Strict, so a misspelt key (`maxVector`) is a `ValidationError` rather than silently ignored. */
const InMemoryVectorStoreOptionsSchema = z
  .strictObject({
    /** Length of every vector, e.g. 384 for e5-small or 1536 for OpenAI text-embedding-3-small. */
    dimensions: z.number().int().min(1),
    /** `auto` (default) uses the WebAssembly SIMD kernel where it can, else plain JS. */
    kernel: z.enum(['auto', 'wasm', 'js']).default('auto'),
    /** Rows to reserve up front (default 1024); the store grows by doubling past it. */
    initialCapacity: z.number().int().min(1).default(DEFAULT_INITIAL_CAPACITY),
    /**
     * The most vectors the store takes (default: what 4 GiB of WebAssembly memory holds at this
     * dimension). Past it, adds reject with `StoreFullError`; a cap bounds the memory used.
     */
    maxVectors: z.number().int().min(1).optional(),
  })
  .superRefine((options, context) => {
    const limit = maxRowsFor(options.dimensions);
    if (limit < 1) {
      context.addIssue({ code: 'custom', path: ['dimensions'], message: `${options.dimensions} dimensions do not fit in 4 GiB of memory` });
    } else if (options.maxVectors !== undefined && options.maxVectors > limit) {
      context.addIssue({
        code: 'custom',
        path: ['maxVectors'],
        message: `must be from 1 to ${limit} (what 4 GiB of WebAssembly memory holds at ${options.dimensions} dimensions)`,
      });
    }
  });

/** The options of `new InMemoryVectorStore(options)`. */
export type InMemoryVectorStoreOptions = z.input<typeof InMemoryVectorStoreOptionsSchema>;

export interface ParsedVectorStoreOptions {
  dimensions: number;
  kernel: 'auto' | 'wasm' | 'js';
  initialCapacity: number;
  /** The cap in force: the option, else what 4 GiB holds. */
  maxVectors: number;
  /** Whether the caller set `maxVectors` (then WebAssembly memory declares it as its maximum). */
  capped: boolean;
}

/** Parses constructor options; anything thrown while reading them (a getter, a Proxy) becomes a `ValidationError`. */
export function parseVectorStoreOptions(options: unknown, store: string): ParsedVectorStoreOptions {
  let parsed: z.output<typeof InMemoryVectorStoreOptionsSchema>;
  try {
    parsed = parseStoreOptions(InMemoryVectorStoreOptionsSchema, options, store);
  } catch (thrown) {
    throw toInputError(thrown, store, 'constructor');
  }
  return {
    dimensions: parsed.dimensions,
    kernel: parsed.kernel,
    initialCapacity: parsed.initialCapacity,
    maxVectors: parsed.maxVectors ?? maxRowsFor(parsed.dimensions),
    capped: parsed.maxVectors !== undefined,
  };
}
