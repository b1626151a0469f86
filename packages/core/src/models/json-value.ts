import { z } from 'zod';

/** A value that survives a JSON round trip unchanged: what every backend can store exactly. */
export type JsonValue = string | number | boolean | null | JsonValue[] | { [key: string]: JsonValue };

export const JsonValueSchema: z.ZodType<JsonValue, JsonValue> = z.json();

/** Free-form metadata attached to conflicts and messages. */
export type JsonObject = Record<string, JsonValue>;

export const JsonObjectSchema: z.ZodType<JsonObject, JsonObject> = z.record(z.string(), JsonValueSchema);
