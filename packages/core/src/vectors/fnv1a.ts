/**
 * 32-bit FNV-1a over the UTF-16 code units of a string. Written here (rather than taken from a library or
 * from a platform hash) so feature positions are the same on every run, machine and Node version.
 */
export function fnv1a(text: string, seed = 0x811c9dc5): number {
  let hash = seed >>> 0;
  for (let index = 0; index < text.length; index++) {
    hash ^= text.charCodeAt(index);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash >>> 0;
}
