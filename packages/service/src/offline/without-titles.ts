// "my boss Mr Greene", "my new boss is Ms Alvarez": a title before a name says nothing of whom the statement is about,
// and read as a name it hid the name ("Mr" was the boss's name). "Dr" stays: it tells what the person is.
const TITLE = /\b(?:Mr|Mrs|Ms|Miss|Mx)\.?\s+(?=[A-Z][a-z])/g;
// "Brother Jim retired, the new preacher is Brother Wade Collins", "Father Tom", "Pastor Ade": a title of the church
// (or a ward sister's), written with a capital before a name and owned by no one ("my brother Jim" is kin), is no kin.
const CHURCH_TITLE =
  /(?<!\b(?:my|our|your|his|her|their|me|ma|wor|oor)\s+)\b(?:Brother|Sister|Father|Pastor|Reverend|Rev|Deacon|Elder|Bishop)\.?\s+(?=[A-Z][a-z])/g;

/** `text` without the titles before names ("Mr Greene" → "Greene", "Brother Jim" → "Jim"). */
export function withoutTitles(text: string): string {
  return text.replace(TITLE, '').replace(CHURCH_TITLE, '');
}
