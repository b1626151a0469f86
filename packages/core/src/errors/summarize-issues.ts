import type { ValidationIssue } from './validation-error';

/** How many issues an error message lists before "and N more" (all of them stay on `issues`). */
export const MAX_ISSUES_IN_MESSAGE = 5;

/** Lists the first few issues as `path: message` (just the message for an empty path), then "and N more": bounded whatever the count. */
export function summarizeIssues(issues: readonly ValidationIssue[], shown = MAX_ISSUES_IN_MESSAGE): string {
  const listed = issues.slice(0, shown).map((issue) => (issue.path === '' ? issue.message : `${issue.path}: ${issue.message}`));
  const more = issues.length - listed.length;
  return more > 0 ? `${listed.join('; ')}; and ${more} more` : listed.join('; ');
}
