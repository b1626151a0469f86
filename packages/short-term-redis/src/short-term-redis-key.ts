/** The key prefix of a store created without `keyPrefix`. */
export const DEFAULT_KEY_PREFIX = 'casual-memory:short-term:';

// RFC 3986 unreserved characters: everything else is percent-encoded, so an encoded id holds no
// `:`, `{`, `}`, glob character (`* ? [ ] \`), space or `%` of its own.
const UNRESERVED = /^[A-Za-z0-9._~-]*$/;
const HEX = '0123456789ABCDEF';

function percentByte(byte: number): string {
  return `%${HEX[byte >> 4]}${HEX[byte & 15]}`;
}

/**
 * A user id as it appears inside a key: unreserved ASCII (`A-Z a-z 0-9 - . _ ~`) as is, every other
 * character as the percent-encoded bytes of its UTF-8 form, like `encodeURIComponent` but also
 * encoding `! ' ( ) *`. A lone UTF-16 surrogate (which `encodeURIComponent` rejects) is encoded as
 * the three bytes UTF-8 would give its code point (WTF-8), which no valid character produces, so
 * the encoding is one-to-one over every JavaScript string.
 */
export function encodeUserIdForKey(userId: string): string {
  if (UNRESERVED.test(userId)) return userId;
  let encoded = '';
  for (const character of userId) {
    if (UNRESERVED.test(character)) {
      encoded += character;
      continue;
    }
    // for...of yields whole code points, and a lone surrogate as itself.
    const code = character.codePointAt(0) as number;
    if (code < 0x80) encoded += percentByte(code);
    else if (code < 0x800) encoded += percentByte(0xc0 | (code >> 6)) + percentByte(0x80 | (code & 63));
    else if (code < 0x10000) {
      encoded += percentByte(0xe0 | (code >> 12)) + percentByte(0x80 | ((code >> 6) & 63)) + percentByte(0x80 | (code & 63));
    } else {
      encoded +=
        percentByte(0xf0 | (code >> 18)) +
        percentByte(0x80 | ((code >> 12) & 63)) +
        percentByte(0x80 | ((code >> 6) & 63)) +
        percentByte(0x80 | (code & 63));
    }
  }
  return encoded;
}

/**
 * The Redis key of a user's messages: `<keyPrefix>{<encoded userId>}`, a list. The braces are a
 * Redis Cluster hash tag, so every key of one user hashes to one slot; the encoded id never holds
 * `{` or `}`, so it can neither end the tag early nor reach another user's key.
 */
export function shortTermRedisKey(userId: string, keyPrefix: string = DEFAULT_KEY_PREFIX): string {
  return `${keyPrefix}{${encodeUserIdForKey(userId)}}`;
}
