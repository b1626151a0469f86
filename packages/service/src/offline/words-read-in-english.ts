/**
 * A reader of another language's words mixed into English: each key of `inEnglish` (a word or a phrase), found
 * whole and in any case, is replaced by its English. Longer phrases are tried first, so "nimeacha kwenda" is read
 * before "nimeacha" and "kam kar diya" before "kar diya".
 */
export function wordsReadInEnglish(inEnglish: Readonly<Record<string, string>>): (text: string) => string {
  const phrase = new RegExp(
    `(?<![\\p{L}'])(${Object.keys(inEnglish)
      .sort((a, b) => b.length - a.length)
      .join('|')})(?![\\p{L}])`,
    'giu',
  );
  return (text) => text.replace(phrase, (found: string) => inEnglish[found.toLowerCase()] ?? found);
}
