import { ValidationError } from '../errors/validation-error';

/** Marks cursors of this format, so a later format can tell old cursors apart. */
const PREFIX = 'cm1.';

/**
 * The opaque cursor `listMemories` hands out: a backend's position (the last id returned, a row
 * number, a scroll offset) wrapped so callers neither read nor forge it by accident.
 */
export function encodeListCursor(position: string): string {
  return PREFIX + toBase64Url(JSON.stringify({ after: position }));
}

/** The backend position inside `cursor`; a `ValidationError` for anything `encodeListCursor` did not make. */
export function decodeListCursor(cursor: string, isPosition: (position: string) => boolean): string {
  const invalid = () =>
    new ValidationError({
      path: 'options.cursor',
      message: 'Invalid options.cursor: not a cursor this store returned (pass the nextCursor of the previous page, or none for the first)',
    });
  if (!cursor.startsWith(PREFIX)) throw invalid();
  let decoded: unknown;
  try {
    decoded = JSON.parse(fromBase64Url(cursor.slice(PREFIX.length)));
  } catch {
    throw invalid();
  }
  const after = (decoded as { after?: unknown } | null)?.after;
  if (typeof after !== 'string' || after.length === 0 || !isPosition(after)) throw invalid();
  return after;
}

// btoa/atob and TextEncoder/TextDecoder, not Buffer: core runs wherever JavaScript does.
function toBase64Url(text: string): string {
  let binary = '';
  for (const byte of new TextEncoder().encode(text)) binary += String.fromCharCode(byte);
  return btoa(binary).replaceAll('+', '-').replaceAll('/', '_').replace(/=+$/, '');
}

function fromBase64Url(encoded: string): string {
  if (!/^[A-Za-z0-9_-]*$/.test(encoded)) throw new SyntaxError('not base64url');
  const binary = atob(encoded.replaceAll('-', '+').replaceAll('_', '/'));
  const bytes = Uint8Array.from(binary, (char) => char.charCodeAt(0));
  return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
}
