// Words a person uses to settle a question ("To be clear, I live in Paris"): said with one side of a
// pending conflict again, they answer the conflict. A plain repeat is only one more mention. The
// clarifying openings are also asides (`strip-asides.ts`) and corrections (`analyze-statement.ts`).

/** "To be clear", "let me be clear", "to clear that up", "to settle it": as a regular expression source. */
export const CLARIFYING_PHRASES = 'to be clear|let me be clear|just to be clear|to clear (?:that|this|it) up|to settle (?:it|this|that)';

const SETTLING = new RegExp(
  `\\b(?:${CLARIFYING_PHRASES}|for the record|to confirm|i can confirm|definitely|actually|i meant|correction)\\b`,
  'i',
);

/** Whether `text` says it settles something ("to be clear", "for the record", "actually"). */
export function saysSettled(text: string): boolean {
  return SETTLING.test(text);
}
