/** Candidate openings tried before giving up, so a reply full of stray braces costs a bounded time. */
const MAX_CANDIDATES = 64;

/**
 * The reply itself when it is a JSON object, else the first balanced `{ ... }` in it that parses as
 * one (a model that ignored JSON mode and wrapped its object in prose or a ```json fence).
 * `undefined` when there is none.
 */
export function extractJsonObject(text: string): string | undefined {
  const trimmed = text.trim();
  if (parsesAsObject(trimmed)) return trimmed;
  let start = text.indexOf('{');
  for (let tried = 0; start !== -1 && tried < MAX_CANDIDATES; tried++) {
    const end = closingBrace(text, start);
    if (end !== -1) {
      const candidate = text.slice(start, end + 1);
      if (parsesAsObject(candidate)) return candidate;
    }
    start = text.indexOf('{', start + 1);
  }
  return undefined;
}

/** Where the object opened at `start` closes, braces inside strings not counted; -1 if it never does. */
function closingBrace(text: string, start: number): number {
  let depth = 0;
  let inString = false;
  for (let i = start; i < text.length; i++) {
    const char = text[i];
    if (inString) {
      if (char === '\\') i++;
      else if (char === '"') inString = false;
    } else if (char === '"') {
      inString = true;
    } else if (char === '{') {
      depth++;
    } else if (char === '}') {
      depth--;
      if (depth === 0) return i;
    }
  }
  return -1;
}

function parsesAsObject(text: string): boolean {
  if (!text.startsWith('{')) return false;
  try {
    const value: unknown = JSON.parse(text);
    return typeof value === 'object' && value !== null && !Array.isArray(value);
  } catch {
    return false;
  }
}
