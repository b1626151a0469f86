import { z } from 'zod';
import { JsonObjectSchema } from './json-value';
import { validDate } from './schema-primitives';

export const MESSAGE_ROLES = ['user', 'assistant', 'system', 'tool'] as const;
export const MessageRoleSchema = z.enum(MESSAGE_ROLES);
export type MessageRole = z.infer<typeof MessageRoleSchema>;

/** One recent conversation turn. */
export const ShortTermMemorySchema = z.strictObject({
  content: z.string(),
  role: MessageRoleSchema,
  /** When it was said; defaults to the moment it is added. */
  timestamp: validDate.default(() => new Date()),
  metadata: JsonObjectSchema.optional(),
});

export type ShortTermMemory = z.output<typeof ShortTermMemorySchema>;
/** What callers pass to `addMessages`: `timestamp` may be left out. */
export type ShortTermMemoryInput = z.input<typeof ShortTermMemorySchema>;
