/**
 * Whether two statements are the same text, ignoring case, spacing, and punctuation at the ends.
 * The same words said again are always one fact said twice, whatever else a rule would read into them
 * ("I've been getting into gardening lately" twice is no change, though "lately" is a change word).
 */
export function isSameText(earlier: string, later: string): boolean {
  return canonical(earlier) === canonical(later);
}

function canonical(text: string): string {
  return text
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[\u2018\u2019]/g, "'")
    .replace(/\s+/g, ' ')
    .replace(/^[\s.!?,;:"'()-]+|[\s.!?,;:"'()-]+$/g, '');
}
