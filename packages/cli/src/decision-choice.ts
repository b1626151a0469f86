import type { ResolutionDecision } from '@casual-memory/core';
import { CliError } from './cli-error';
import { DECISION_CHOICES } from './command-choices';
import { EXIT_CODES } from './exit-codes';

/** The sides as `conflicts` prints them (`a: "…"  b: "…"`): `resolve … b` means keep b. */
const SIDES: Record<string, ResolutionDecision> = { a: 'keep_a', b: 'keep_b' };

/**
 * `resolve`'s <decision>, or a plain usage error naming the four, with the one meant when the word is close
 * to it: `keepb`, `keep-b`, `KEEP_B`, `b` (keep_b), `both` and `bothvalid` (both_valid), `merg` (merge).
 * It loads no library, as the rest of building the command line.
 */
export function parseDecision(given: string): ResolutionDecision {
  const decision = DECISION_CHOICES.find((choice) => choice === given);
  if (decision !== undefined) return decision;
  const meant = closestDecision(given);
  throw new CliError(
    `${JSON.stringify(given)} is not a decision: resolve takes keep_a (the earlier), keep_b (the newer), merge (with --text) or both_valid${
      meant === undefined ? '' : `; did you mean ${meant}?`
    }`,
    EXIT_CODES.usage,
    'USAGE',
  );
}

/** The decision a mistyped one most likely means, or undefined when none is near enough or two are as near. */
function closestDecision(given: string): ResolutionDecision | undefined {
  const typed = lettersOf(given);
  if (typed === '') return undefined;
  const side = SIDES[typed];
  if (side !== undefined) return side;
  const the = (choices: ResolutionDecision[]) => (choices.length === 1 ? choices[0] : undefined);
  // Another case or other separators (`KEEP_B`, `keep-b`, `keepb`), or the start of one (`both`, `merg`).
  const same = the(DECISION_CHOICES.filter((choice) => lettersOf(choice) === typed));
  if (same !== undefined) return same;
  if (typed.length >= 3) {
    const start = the(DECISION_CHOICES.filter((choice) => lettersOf(choice).startsWith(typed)));
    if (start !== undefined) return start;
  }
  // A letter or two wrong (`kep_b`, `both_vaild`, `marge`).
  const distances = DECISION_CHOICES.map((choice) => ({ choice, distance: editDistance(typed, lettersOf(choice)) }));
  const nearest = Math.min(...distances.map(({ distance }) => distance));
  if (nearest > 2 || nearest >= typed.length) return undefined;
  return the(distances.filter(({ distance }) => distance === nearest).map(({ choice }) => choice));
}

function lettersOf(word: string): string {
  return word.toLowerCase().replace(/[^a-z]/g, '');
}

/** How many letters to insert, delete, change or swap with the next one to turn `a` into `b` (optimal string alignment). */
function editDistance(a: string, b: string): number {
  const d: number[][] = Array.from({ length: a.length + 1 }, (_, i) =>
    Array.from({ length: b.length + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)),
  );
  const at = (i: number, j: number) => d[i]?.[j] as number;
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let best = Math.min(at(i - 1, j) + 1, at(i, j - 1) + 1, at(i - 1, j - 1) + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) best = Math.min(best, at(i - 2, j - 2) + 1);
      (d[i] as number[])[j] = best;
    }
  }
  return at(a.length, b.length);
}
