// "my boss Mr Greene", "my new boss is Ms Alvarez": a title before a name says nothing of whom the statement is about,
// and read as a name it hid the name ("Mr" was the boss's name). "Dr" stays: it tells what the person is.
const TITLE = /\b(?:Mr|Mrs|Ms|Miss|Mx)\.?\s+(?=[A-Z][a-z])/g;

/** `text` without the titles before names ("Mr Greene" → "Greene"). */
export function withoutTitles(text: string): string {
  return text.replace(TITLE, '');
}
