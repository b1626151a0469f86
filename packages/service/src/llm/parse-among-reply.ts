import { asRecord, parseJsonReply } from './parse-json-reply';
import { type ParsedVerdict, verdictOf } from './parse-verdict-reply';

/**
 * Reads the answer to a question about several earlier statements: `{"matches": [{"id", "relation", ...}]}`,
 * ids 1..`count`. Returns the verdict of each id the reply names (an id named twice keeps the first), or
 * `undefined` when the reply cannot be trusted as a whole: no `matches` list, an entry without a known
 * relation (read as `parseVerdictReply` reads one object), or an id out of range. What it does not name, it says is distinct.
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
    if (match === undefined || typeof id !== 'number' || !Number.isInteger(id) || id < 1 || id > count) return undefined;
    const verdict = verdictOf(match, vocabulary);
    if (verdict === undefined) return undefined;
    if (!verdicts.has(id)) verdicts.set(id, verdict);
  }
  return verdicts;
}
