/** Ids and user ids every method must reject with `VALIDATION_ERROR`: blank, or not a string at all. */
export const BAD_IDS: readonly unknown[] = ['', '   ', '\n\t', undefined, null, 42, {}, ['x']];

/** How a bad value reads in a failure message. */
export function describeBadId(bad: unknown): string {
  return JSON.stringify(bad) ?? String(bad);
}

/** The `[userId, id]` argument pairs with `bad` in one position and the valid value in the other. */
export function badIdPositions(bad: unknown, userId: string, id: string): [never, never, string][] {
  return [
    [bad as never, id as never, 'userId'],
    [userId as never, bad as never, 'id'],
  ];
}
