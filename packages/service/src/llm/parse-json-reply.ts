/**
 * The JSON value in a model's reply, or `undefined`. Models wrap JSON in code fences or a sentence
 * ("Here you go: {...}"); this reads the whole reply first, then a fenced block, then the span from
 * the first `{` or `[` to the last matching `}` or `]`.
 */
export function parseJsonReply(reply: string): unknown {
  const candidates = [reply.trim()];
  const fenced = /```(?:json)?\s*([\s\S]*?)```/i.exec(reply);
  if (fenced?.[1] !== undefined) candidates.push(fenced[1].trim());
  for (const [open, close] of [
    ['{', '}'],
    ['[', ']'],
  ] as const) {
    const start = reply.indexOf(open);
    const end = reply.lastIndexOf(close);
    if (start !== -1 && end > start) candidates.push(reply.slice(start, end + 1));
  }
  for (const candidate of candidates) {
    if (candidate === '') continue;
    try {
      return JSON.parse(candidate) as unknown;
    } catch {
      // try the next candidate
    }
  }
  return undefined;
}

/** `value` as a plain object, or `undefined`. */
export function asRecord(value: unknown): Record<string, unknown> | undefined {
  return typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Record<string, unknown>) : undefined;
}
