// A run of words with capitals: "Manchester Royal Infirmary", "Royal Bank of Scotland" ("of" and "and" may join them).
const CAPITALIZED_RUN = /\b[A-Z][\w'-]*(?:\s+(?:(?:of|and|&|the)\s+)?[A-Z][\w'-]*)+/g;
const JOINING = /^(?:of|and|&|the)$/;

/**
 * Whether `short` (a stem, as "mri") is the initials of words with capitals `text` names together: "left MRI" ends the job
 * at "Manchester Royal Infirmary", "RBS" is "Royal Bank of Scotland" (the joining words may count or not).
 */
export function spelledByInitials(text: string, short: string): boolean {
  if (!/^[a-z]{2,5}$/.test(short)) return false;
  for (const [run] of text.matchAll(CAPITALIZED_RUN)) {
    const words = run.split(/\s+/);
    const withJoining = words.map((word) => word[0]!.toLowerCase()).join('');
    const without = words
      .filter((word) => !JOINING.test(word))
      .map((word) => word[0]!.toLowerCase())
      .join('');
    if (withJoining.includes(short) || without.includes(short)) return true;
  }
  return false;
}
