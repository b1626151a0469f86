import type { Statement } from './analyze-statement';
import { isTime } from './is-time';
import { stemWord } from './stem-word';

// Words that time or count what a statement says: one more of them is a new value, not the statement again.
const COUNTING: ReadonlySet<string> = new Set(
  ['week', 'month', 'year', 'day', 'daily', 'weekly', 'monthly', 'once', 'twice', 'morning', 'night', 'evening', 'afternoon'].map(stemWord),
);

// "allergic to penicillin + sulfa": a word joined on as one more of a list is one more thing, not the same said again.
const JOINED_ON = /(?:\+|&|\band\b|\bplus\b|\bas well as\b)\s*([\p{L}\p{N}'-]+)/giu;

function joinedOn(text: string, stem: string): boolean {
  return [...text.matchAll(JOINED_ON)].some((match) => stemWord(match[1]!.toLowerCase()) === stem);
}

/**
 * The one content word the later statement adds to the earlier ("I drive a Golf" / "I drive a VW golf": `vw`),
 * when that is all it adds: it keeps every content word of the earlier, neither says a change, the later corrects
 * nothing, both deny or both state, and it brings no number, time or count the earlier lacks. Undefined otherwise.
 */
export function oneWordAdded(earlier: Statement, later: Statement): string | undefined {
  if (earlier.changeWords.length > 0 || later.changeWords.length > 0 || later.correction || earlier.negated !== later.negated)
    return undefined;
  const said = new Set(earlier.tokens);
  if (later.tokens.some((stem) => isTime(stem) && !said.has(stem))) return undefined;
  // "I met Aisha at uni" / "Aisha and I met at work": a word said in place of one of the earlier's is another value.
  const kept = new Set(later.tokens);
  if (!earlier.content.every((stem) => kept.has(stem))) return undefined;
  const added = [...new Set(later.content.filter((stem) => !said.has(stem)))];
  if (added.length !== 1) return undefined;
  const [word] = added as [string];
  return COUNTING.has(word) || joinedOn(later.text, word) ? undefined : word;
}
