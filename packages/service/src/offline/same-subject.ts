/** The kind of a subject known only by name ("Chloe just moved to Brighton"): `person:chloe`. */
export const NAMED_PERSON = 'person';

/**
 * Whether two subjects as `analyzeStatement` reads them can be one person or thing: equal, the same
 * kind with a name on at most one side ("my cousin" and "my cousin Luis" may be one person; "my cousin
 * Luis" and "my cousin Ana" are not), or one known only by a name the other has too ("Luis" and "my
 * cousin Luis"). A name alone is never taken for an unnamed kind ("Luis" and "my cousin" stay apart).
 */
export function sameSubject(a: string, b: string): boolean {
  if (a === b) return true;
  const [kindA, nameA] = a.split(':');
  const [kindB, nameB] = b.split(':');
  if (kindA === NAMED_PERSON || kindB === NAMED_PERSON) return nameA !== undefined && nameA === nameB;
  return kindA === kindB && (nameA === undefined || nameB === undefined);
}
