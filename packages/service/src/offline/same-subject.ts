/**
 * Whether two subjects as `analyzeStatement` reads them can be one person or thing: equal, or the same
 * kind with a name on at most one side ("my cousin" and "my cousin Luis" may be one person; "my cousin
 * Luis" and "my cousin Ana" are not).
 */
export function sameSubject(a: string, b: string): boolean {
  if (a === b) return true;
  const [kindA, nameA] = a.split(':');
  const [kindB, nameB] = b.split(':');
  return kindA === kindB && (nameA === undefined || nameB === undefined);
}
