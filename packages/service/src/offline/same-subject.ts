import { stemWord } from './stem-word';

/** The kind of a subject known only by name ("Chloe just moved to Brighton"): `person:chloe`. */
export const NAMED_PERSON = 'person';

/** The name of a subject known only by name (`person:chloe` → "chloe"); undefined for any other subject. */
export const nameOf = (subject: string): string | undefined =>
  subject.startsWith(`${NAMED_PERSON}:`) ? subject.slice(NAMED_PERSON.length + 1) : undefined;

/**
 * Whether two subjects as `analyzeStatement` reads them can be one person or thing: equal, the same
 * kind with a name on at most one side ("my cousin" and "my cousin Luis" may be one person; "my cousin
 * Luis" and "my cousin Ana" are not), or one known only by a name the other has too ("Luis" and "my
 * cousin Luis"). A name alone is never taken for an unnamed kind ("Luis" and "my cousin" stay apart).
 * Without two names, words that make another person keep the kinds apart: "my old coworker"
 * (`old-coworker`) is not "my coworker", and "my gym buddy" is not "my buddy Andre".
 */
export function sameSubject(a: string, b: string): boolean {
  if (a === b) return true;
  const [kindA = a, nameA] = a.split(':');
  const [kindB = b, nameB] = b.split(':');
  if (kindA === NAMED_PERSON || kindB === NAMED_PERSON) return nameA !== undefined && nameA === nameB;
  const [baseA, qualifierA] = splitKind(kindA);
  const [baseB, qualifierB] = splitKind(kindB);
  if ((ONE_KIND.get(baseA) ?? baseA) !== (ONE_KIND.get(baseB) ?? baseB)) return false;
  // Two names decide; without two, "my old coworker" is not "my coworker".
  if (nameA !== undefined && nameB !== undefined) return nameA === nameB;
  return qualifierA === qualifierB;
}

// Words for one kind of event: "Got a appointment with Dr Ramirez for my sugar checkup" / "they moved my appointment",
// "dentist is 28 March" (a dentist read as an event) / "dentist moved my appointment to 21 March".
const ONE_KIND: ReadonlyMap<string, string> = new Map(
  ['checkup', 'consultation', 'dentist'].map((word): [string, string] => [stemWord(word), stemWord('appointment')]),
);

/** "old-coworker" → ["coworker", "old"]: the kind, and the words that make it another person. */
export function splitKind(kind: string): [base: string, qualifier: string] {
  const at = kind.lastIndexOf('-');
  return at === -1 ? [kind, ''] : [kind.slice(at + 1), kind.slice(0, at)];
}
