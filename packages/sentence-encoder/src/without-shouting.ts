// The sentence encoder reads case: "SOLD THE CIVIC" and "hey so I drive a 2014 honda civic" score 0.30, the
// same words in lower case 0.57. Words typed in capitals for emphasis (two or more in a row, besides "I" and
// "A") are read in lower case, so a statement is compared with what it is about; an acronym on its own
// ("my GP", "moved to NYC") keeps its case.
const CAPITALS_RUN = /\b[A-Z][A-Z']*(?:[\s.,;:!?-]+[A-Z][A-Z']*)+\b/g;

/** `text` with every run of two or more words in capitals in lower case. */
export function withoutShouting(text: string): string {
  return text.replace(CAPITALS_RUN, (run) => ((run.match(/[A-Z']{2,}/g)?.length ?? 0) >= 2 ? run.toLowerCase() : run));
}
