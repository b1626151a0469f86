/** `word` with its first letter in upper case ("bryn" → "Bryn"), as a name is written. */
export const capitalized = (word: string): string => word.charAt(0).toUpperCase() + word.slice(1);
