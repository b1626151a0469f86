/** Replaces the named `Date` fields by ISO-8601 UTC strings (storage form). Missing fields stay missing. */
export function datesToIso<T extends object, K extends keyof T>(record: T, fields: readonly K[]): Record<string, unknown> {
  const out: Record<string, unknown> = { ...(record as Record<string, unknown>) };
  for (const field of fields) {
    const value = record[field];
    if (value instanceof Date) out[field as string] = value.toISOString();
  }
  return out;
}

/**
 * Turns a stored record back into API form: the named ISO-string fields become `Date`s and `null`
 * fields are dropped (SQL and JSON stores write absent optional fields as null). The model's schema
 * then validates the result.
 */
export function isoToDates(record: unknown, fields: readonly string[]): unknown {
  if (typeof record !== 'object' || record === null || Array.isArray(record)) return record;
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(record)) {
    if (value !== null) out[key] = value;
  }
  for (const field of fields) {
    const value = out[field];
    if (typeof value === 'string') out[field] = new Date(value);
  }
  return out;
}
