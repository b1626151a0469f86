/** Whether `text` holds `word` as a whole word, in any case ("Nell" in "nell's had to be put down"). */
export const namesWord = (text: string, word: string): boolean => new RegExp(`\\b${word}\\b`, 'i').test(text);
