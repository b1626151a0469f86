import { parseStoreOptions, z } from '@casual-memory/core/backend';
import { maxRowsFor } from './arena-layout';
import type { KernelPreference } from './vector-arena';

/** Rows reserved up front unless `initialCapacity` says otherwise. */
export const DEFAULT_INITIAL_CAPACITY = 1024;

/** The options of `new InMemoryVectorStore(options)`. */
export interface InMemoryVectorStoreOptions {
  /** Length of every vector, e.g. 384 for e5-small or 1536 for OpenAI text-embedding-3-small. */
  dimensions: number;
  /**
   * `auto` (default): the WebAssembly SIMD kernel where the runtime has it and WebAssembly memory can
   * be reserved, else plain JS (with a process warning in the second case). `wasm`: that kernel or a
   * typed error. `js`: plain JS on an ordinary ArrayBuffer. Both kernels give bit-identical scores.
   */
  kernel?: KernelPreference;
  /** Rows to reserve up front (default 1024); the store grows by doubling past it. */
  initialCapacity?: number;
  /**
   * The most vectors the store takes (default: what 4 GiB of WebAssembly memory holds at this
   * dimension). Past it, adds reject with `StoreFullError`; a cap bounds the memory used.
   */
  maxVectors?: number;
}

/** Strict, so a misspelt key (`maxVector`) is a `ValidationError` rather than silently ignored. */
const InMemoryVectorStoreOptionsSchema = z
  .strictObject({
    dimensions: z.number().int().min(1),
    kernel: z.enum(['auto', 'wasm', 'js']).default('auto'),
    initialCapacity: z.number().int().min(1).default(DEFAULT_INITIAL_CAPACITY),
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

// The interface above is what users read; this line fails to compile if it and the schema part ways.
true satisfies SameType<InMemoryVectorStoreOptions, z.input<typeof InMemoryVectorStoreOptionsSchema>>;
type SameType<A, B> = [A, keyof A] extends [B, keyof B] ? ([B, keyof B] extends [A, keyof A] ? true : false) : false;

export interface ParsedVectorStoreOptions {
  dimensions: number;
  kernel: KernelPreference;
  initialCapacity: number;
  /** The cap in force: the option, else what 4 GiB holds. */
  maxVectors: number;
  /** Whether the caller set `maxVectors` (then WebAssembly memory declares it as its maximum). */
  capped: boolean;
}

/** Parses constructor options; anything thrown while reading them (a getter, a Proxy) is a `ValidationError` too. */
export function parseVectorStoreOptions(options: unknown, store: string): ParsedVectorStoreOptions {
  const parsed = parseStoreOptions(InMemoryVectorStoreOptionsSchema, options, store);
  return {
    dimensions: parsed.dimensions,
    kernel: parsed.kernel,
    initialCapacity: parsed.initialCapacity,
    maxVectors: parsed.maxVectors ?? maxRowsFor(parsed.dimensions),
    capped: parsed.maxVectors !== undefined,
  };
}
