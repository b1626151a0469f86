import { asRecord, parseJsonReply } from './parse-json-reply';

/** A relation read from a model's reply, with what else the reply said. */
export interface ParsedVerdict<R extends string> {
  relation: R;
  confidence?: number;
  reason?: string;
  category?: string;
}

/**
 * Reads a verifier's answer: a JSON object whose `relation` (or `answer`, `verdict`) is one of the
 * known words, or else a reply whose FIRST word is one ("YES", "no conflict here", "Same."). Words
 * are matched whole, never as substrings, so "YESTERDAY" or "not the same" are no answer (the
 * original read "YES" anywhere in the reply). `undefined` when the reply cannot be read.
 */
export function parseVerdictReply<R extends string>(reply: string, vocabulary: Readonly<Record<string, R>>): ParsedVerdict<R> | undefined {
  const json = asRecord(parseJsonReply(reply));
  if (json !== undefined) return verdictOf(json, vocabulary);
  const first = /^[\s"'`*_([{]*([A-Za-z_]+)(?![A-Za-z_])/.exec(reply);
  const relation = first?.[1] === undefined ? undefined : lookup(first[1], vocabulary);
  return relation === undefined ? undefined : { relation };
}

/**
 * The verdict one JSON object states: its `relation` (or `answer`, `verdict`), one of the known words, with
 * its `confidence` (0..1), `reason` and `category` when given; `undefined` without a known relation.
 */
export function verdictOf<R extends string>(
  json: Record<string, unknown>,
  vocabulary: Readonly<Record<string, R>>,
): ParsedVerdict<R> | undefined {
  const word = [json.relation, json.answer, json.verdict].find((value) => typeof value === 'string');
  const relation = typeof word === 'string' ? lookup(word.trim(), vocabulary) : undefined;
  if (relation === undefined) return undefined;
  const parsed: ParsedVerdict<R> = { relation };
  if (typeof json.confidence === 'number' && json.confidence >= 0 && json.confidence <= 1) parsed.confidence = json.confidence;
  if (typeof json.reason === 'string' && json.reason.trim() !== '') parsed.reason = json.reason.trim();
  if (typeof json.category === 'string' && json.category.trim() !== '') parsed.category = json.category.trim().toLowerCase();
  return parsed;
}

function lookup<R extends string>(word: string, vocabulary: Readonly<Record<string, R>>): R | undefined {
  const key = word.toLowerCase();
  return Object.hasOwn(vocabulary, key) ? vocabulary[key] : undefined;
}
