import { ValidationError } from '@casual-memory/core';

// The service marks memories with tags because tags are the one free-form field every
// VectorMemoryStore backend stores and filters the same way: no backend change is needed.

/** Prefix of the tags the service reserves for itself; users' tags may not start with it. */
export const RESERVED_TAG_PREFIX = 'casual-memory:';
/**
 * A new memory that contradicts an earlier one, waiting for the user's answer. It is stored
 * archived (so searches, duplicate checks and `query` skip it) and carries this tag, which tells it
 * apart from memories archived for good.
 */
export const PENDING_CONFLICT_TAG = `${RESERVED_TAG_PREFIX}pending-conflict`;
/** A memory the user rejected when resolving a conflict (`keep_a`); archived, superseded by the kept one. */
export const REJECTED_TAG = `${RESERVED_TAG_PREFIX}rejected`;

export function isReservedTag(tag: string): boolean {
  return tag.startsWith(RESERVED_TAG_PREFIX);
}

/** The tags without the service's own. */
export function userTags(tags: readonly string[]): string[] {
  return tags.filter((tag) => !isReservedTag(tag));
}

/** Rejects a user's tags that would pass for the service's markers. */
export function checkUserTags(tags: readonly string[], path: string): void {
  const index = tags.findIndex(isReservedTag);
  if (index !== -1) {
    throw new ValidationError({
      path: `${path}[${index}]`,
      message: `Invalid ${path}[${index}]: tags starting with "${RESERVED_TAG_PREFIX}" are reserved`,
    });
  }
}

/**
 * Carried by a merged memory while its conflict's resolution is being applied, so a retry finds the
 * memory an interrupted attempt added instead of adding a second; removed as the last step.
 */
export function mergedFromTag(conflictId: string): string {
  return `${RESERVED_TAG_PREFIX}merged-from:${conflictId}`;
}
