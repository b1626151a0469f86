import { asRecord, parseJsonReply } from './parse-json-reply';
import type { ParsedVerdict } from './parse-verdict-reply';

/**
 * Reads the answer to a question about several earlier statements: `{"matches": [{"id", "relation", ...}]}`,
 * ids 1..`count`. Returns the verdict of each id the reply names (an id named twice keeps the first), or
 * `undefined` when the reply cannot be trusted as a whole: no `matches` list, an entry without a known
 * relation, or an id out of range. What it does not name, it says is distinct.
 */
export function parseAmongReply<R extends string>(
  reply: string,
  count: number,
  vocabulary: Readonly<Record<string, R>>,
): Map<number, ParsedVerdict<R>> | undefined {
  const matches = asRecord(parseJsonReply(reply))?.matches;
  if (!Array.isArray(matches)) return undefined;
  const verdicts = new Map<number, ParsedVerdict<R>>();
  for (const entry of matches) {
    const match = asRecord(entry);
    const id = match?.id;
    const word = match?.relation;
    if (match === undefined || typeof id !== 'number' || !Number.isInteger(id) || id < 1 || id > count) return undefined;
    if (typeof word !== 'string') return undefined;
    const key = word.trim().toLowerCase();
    if (!Object.hasOwn(vocabulary, key)) return undefined;
    if (verdicts.has(id)) continue;
    const verdict: ParsedVerdict<R> = { relation: vocabulary[key]! };
    if (typeof match.reason === 'string' && match.reason.trim() !== '') verdict.reason = match.reason.trim();
    if (typeof match.category === 'string' && match.category.trim() !== '') verdict.category = match.category.trim().toLowerCase();
    verdicts.set(id, verdict);
  }
  return verdicts;
}
