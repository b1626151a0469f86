import { MEMORY_SOURCES, MEMORY_TYPES } from '@casual-memory/core';
import { RESERVED_TAG_PREFIX } from '@casual-memory/service';
import { CliError } from './cli-error';
import { EXIT_CODES } from './exit-codes';
import { hasLetterOrDigit } from './text-limits';

/**
 * The fields of a memory an import line carries, checked before anything of the line is stored, so a bad
 * one is named in the words of the other line errors (`"importance" must be a number from 0 to 1 (got 5)`)
 * rather than in the validator's (`Invalid memory: memory.importance: Too big: expected number to be <=1`).
 * Dates are checked where they are read (`withDates`). `exported` is a line of an export, whose tags may
 * hold the service's own markers (a held or rejected memory); a line of new memories' may not.
 */
export function checkMemoryFields(record: Record<string, unknown>, { exported }: { exported: boolean }): void {
  const { text, type, tags, importance, confidence, source, mentionCount, userId } = record;
  if (text === undefined) bad('"text" is missing');
  if (typeof text !== 'string') bad(`"text" must be a string${got(text)}`);
  else if (text.trim() === '') bad('"text" is empty');
  // An export restores what was stored, as it was; a new memory says something.
  else if (!exported && !hasLetterOrDigit(text)) bad('"text" has no letters or digits');
  if (userId !== undefined) {
    if (typeof userId !== 'string') bad(`"userId" must be a string${got(userId)}`);
    else if (userId.trim() === '') bad('"userId" is empty');
  }
  oneOf('type', type, MEMORY_TYPES);
  oneOf('source', source, MEMORY_SOURCES);
  unitInterval('importance', importance);
  unitInterval('confidence', confidence);
  if (mentionCount !== undefined && !(Number.isSafeInteger(mentionCount) && (mentionCount as number) >= 1))
    bad(`"mentionCount" must be a whole number of 1 or more${got(mentionCount)}`);
  if (tags !== undefined) {
    if (!Array.isArray(tags) || !tags.every((tag) => typeof tag === 'string')) bad(`"tags" must be a list of strings${got(tags)}`);
    const reserved = exported ? undefined : (tags as string[]).find((tag) => tag.startsWith(RESERVED_TAG_PREFIX));
    if (reserved !== undefined)
      bad(
        `"tags" holds ${JSON.stringify(reserved)}: tags starting with "${RESERVED_TAG_PREFIX}" are reserved for casual-memory's own marks`,
      );
  }
}

function oneOf(field: string, value: unknown, allowed: readonly string[]): void {
  if (value !== undefined && !allowed.includes(value as string)) bad(`"${field}" must be one of ${allowed.join(', ')}${got(value)}`);
}

function unitInterval(field: string, value: unknown): void {
  if (value !== undefined && !(typeof value === 'number' && value >= 0 && value <= 1))
    bad(`"${field}" must be a number from 0 to 1${got(value)}`);
}

/** What the line gave instead, as JSON, cut short when long. */
function got(value: unknown): string {
  const json = JSON.stringify(value) ?? String(value);
  return ` (got ${json.length > 60 ? `${json.slice(0, 57)}...` : json})`;
}

function bad(message: string): never {
  throw new CliError(message, EXIT_CODES.usage, 'BAD_LINE');
}
