import { z } from 'zod';
import { parseInput, parseOptions } from './parse-input';

/**
 * A memory id a caller may choose: the lowercase, hyphenated UUID form `crypto.randomUUID()` gives,
 * the only form every store gives. Qdrant point ids must be UUIDs (and it would read an upper-case
 * form as the same point), so this one form is what every backend can keep exactly.
 */
export const MemoryIdSchema = z.string().regex(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/, {
  error: 'must be a lowercase UUID such as crypto.randomUUID() gives (the form of every id a store gives)',
});

/**
 * Options of `VectorMemoryStore.add`. `id` is for restoring: it stores the memory under an id it
 * had before (from an export, say) instead of a new one; see `VectorMemoryStore.add`.
 */
export const AddMemoryOptionsSchema = z.strictObject({
  id: MemoryIdSchema.optional(),
});
export type AddMemoryOptions = z.input<typeof AddMemoryOptionsSchema>;
export type ParsedAddMemoryOptions = z.output<typeof AddMemoryOptionsSchema>;

export function parseAddMemoryOptions(options: unknown): ParsedAddMemoryOptions {
  return parseOptions(AddMemoryOptionsSchema, options, 'options');
}

/** The `id` of one `addMany` item, absent or a `MemoryIdSchema` id; `label` names it (`items[3].id`). */
export function parseGivenMemoryId(id: unknown, label: string): string | undefined {
  return parseInput(MemoryIdSchema.optional(), id, label);
}
