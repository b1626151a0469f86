import { CliError } from './cli-error';
import { EXIT_CODES } from './exit-codes';

/** The longest memory text taken by default, in characters (`--max-text-length`, `$CASUAL_MEMORY_MAX_TEXT_LENGTH`). */
export const DEFAULT_MAX_TEXT_LENGTH = 4000;

/**
 * Text that holds something besides white space; `message` says in the user's words what is missing
 * ("nothing to remember: the text is empty"). `remember` and `recall` check it before they open (or
 * create) the data folder.
 */
export function requireText(text: string, message: string): void {
  if (text.trim() === '') throw new CliError(message, EXIT_CODES.usage, 'VALIDATION_ERROR');
}

/** A letter or a digit of any script: ಬೆಂಗಳೂರು, 北京, é and 5 are; ?, ... and 🚛 are not. */
const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;

/** Whether a text says something in words or numbers: one of punctuation, symbols or emoji alone holds no fact. */
export function hasLetterOrDigit(text: string): boolean {
  return LETTER_OR_DIGIT.test(text);
}

/**
 * Text that holds a letter or a digit (`hasLetterOrDigit`), checked as `requireText` checks for any: refused
 * as the empty text is, with `message` ("nothing to remember: the text has no letters or digits").
 */
export function requireLetterOrDigit(text: string, message: string): void {
  if (!hasLetterOrDigit(text)) throw new CliError(message, EXIT_CODES.usage, 'VALIDATION_ERROR');
}

/**
 * A memory's text within the limit (refused with how to store it: in shorter statements, or with a higher
 * limit, so the user is not left with a message and nothing to do with it), and really text: U+FFFD is
 * what Node makes of bytes in an argument that are not UTF-8, so a text holding it is refused instead of
 * stored damaged.
 */
export function checkMemoryText(text: string, maxLength: number, what = 'the text'): void {
  if (text.length > maxLength) {
    throw new CliError(
      `${what} is ${text.length.toLocaleString('en')} characters; a memory holds at most ${maxLength.toLocaleString('en')} (--max-text-length): ` +
        `split it into shorter statements, one fact each, or raise the limit (--max-text-length ${text.length})`,
      EXIT_CODES.usage,
      'TEXT_TOO_LONG',
    );
  }
  if (text.includes('\uFFFD')) {
    throw new CliError(`${what} is not valid UTF-8 (it holds bytes the terminal could not decode)`, EXIT_CODES.usage, 'BAD_ENCODING');
  }
}
