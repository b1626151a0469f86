import type { JudgedCandidate } from './pairs-worth-asking';

/** The rules' reading of a strong change word with little in common ("Sold the Golf" / "I drive a VW Golf"). */
export const LOOSE_UPDATE = 'loose-update';
/** Readings of change that rest on the two statements' own content. */
const FIRM_CHANGES: ReadonlySet<string> = new Set(['update', 'correction']);

/**
 * A strong change word with one word in common reads as an update, but an add finds several memories
 * that share a word: "switched my food bank volunteer shift to Thursday" shares "volunteer" with "I
 * volunteered at a park cleanup" too. What one statement says changed is one thing, so a loose reading
 * stands only for the likeliest memory: none when another memory of the add is read as a firm update or
 * correction, else the closest loose one. Returns the loose pairs set aside, each with why.
 */
export function looseUpdatesOutdone(judged: readonly JudgedCandidate[]): Map<string, string> {
  const outdone = new Map<string, string>();
  const loose = judged.filter((candidate) => candidate.rules.relation === LOOSE_UPDATE && candidate.rules.outcome === 'superseded');
  if (loose.length === 0) return outdone;
  const firm = judged.find((candidate) => candidate.rules.outcome === 'superseded' && FIRM_CHANGES.has(candidate.rules.relation ?? ''));
  const likeliest = firm ?? loose.reduce((best, candidate) => (candidate.similar.score > best.similar.score ? candidate : best));
  const why =
    firm === undefined
      ? `a closer memory shares the change: "${likeliest.similar.memory.text}"`
      : `the add reads as a firmer update of "${likeliest.similar.memory.text}"`;
  for (const candidate of loose) if (candidate !== likeliest) outdone.set(candidate.similar.id, why);
  return outdone;
}
