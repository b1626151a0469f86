import { lookupTable } from '../lookup-table';

// The original's categories and questions; keywords match whole words (the original matched
// substrings, so "know" counted as "now" and "olive" as "live").
const CATEGORY_RULES: ReadonlyArray<readonly [string, RegExp]> = [
  ['location', /\b(?:live[sd]?|living|reside[sd]?|residing|located|city|country)\b/],
  ['job', /\b(?:work(?:s|ed|ing)?|jobs?|careers?|employed|position)\b/],
  ['preference', /\b(?:like[sd]?|love[sd]?|hate[sd]?|prefer(?:s|red)?|favou?rite)\b/],
  ['temporal', /\b(?:used to|previously|now|currently|before)\b/],
];

const CLARIFICATION_HINTS = lookupTable<string>({
  location: 'Where do you currently live?',
  job: 'What is your current job or position?',
  preference: 'How do you feel about this now?',
  temporal: 'Is this still the case, or has it changed?',
  name: 'What name should I use for you?',
  age: 'How old are you now?',
  relationship: 'What is your relationship status now?',
  schedule: 'Which date or time is the right one?',
  vehicle: 'Which car do you drive now?',
  diet: 'Which diet do you follow now?',
  school: 'Which school do you go to now?',
});

/** The question to ask when no category-specific one exists (the classifier's, also used by the executor). */
export const DEFAULT_CLARIFICATION_HINT = 'Which of these statements is more accurate or current?';

/** What two contradicting statements are about, from keywords in both: location, job, preference, temporal or factual. */
export function conflictCategory(earlier: string, later: string): string {
  const text = `${earlier} ${later}`.toLowerCase();
  for (const [category, pattern] of CATEGORY_RULES) if (pattern.test(text)) return category;
  return 'factual';
}

// The same questions about someone else than the user ("your sister", "Leo"), who stands for `{}`.
const CLARIFICATION_HINTS_ABOUT = lookupTable<string>({
  location: 'Where does {} live now?',
  job: 'What does {} do now?',
  name: 'What is the name of {}?',
  age: 'How old is {} now?',
  relationship: "What is {}'s relationship status now?",
  preference: 'How does {} feel about this now?',
  vehicle: 'What does {} drive now?',
  diet: 'Which diet does {} follow now?',
  school: 'Which school does {} go to now?',
});

/**
 * The question to put to the user for a contradiction of `category`; with `about` ("your sister", "Leo"),
 * one about that person rather than about the user.
 */
export function clarificationHint(category: string, about?: string): string {
  if (about === undefined) return CLARIFICATION_HINTS[category] ?? DEFAULT_CLARIFICATION_HINT;
  const question = CLARIFICATION_HINTS_ABOUT[category];
  if (question === undefined) return `Which of these statements about ${about} is right?`;
  // "Where do your parents live now?", not "does".
  const asked = PLURAL.test(about) ? question.replace(/\bdoes \{\}/, 'do {}').replace(/\bis \{\}/, 'are {}') : question;
  return asked.replace('{}', about);
}

// Whom a question asks about, when they are more than one: "your parents", "your kids", "Rhian and Dai".
const PLURAL =
  /\b(?:parents|kids|children|grandparents|grandkids|grandchildren|in-laws|folks|twins|sisters|brothers|siblings|cousins|neighbours|neighbors|friends)$|\band\b/i;
