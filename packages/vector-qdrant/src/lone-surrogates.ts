/**
 * True when `text` holds a UTF-16 surrogate without its pair. Qdrant keeps strings as UTF-8, which
 * has no such code units, so the store refuses them on write and knows they match nothing on read.
 */
export function hasLoneSurrogate(text: string): boolean {
  return /\p{Cs}/u.test(text);
}
