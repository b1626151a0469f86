import { z } from 'zod';

/** A string with at least one non-whitespace character; kept exactly as given (not trimmed). */
export const nonBlankString = z.string().refine((value) => value.trim().length > 0, { message: 'must not be empty or whitespace only' });

/** A finite number from 0 to 1 inclusive. */
export const unitInterval = z.number().min(0).max(1);

/** A valid `Date` (an invalid `new Date('x')` is rejected). */
export const validDate = z.date();

/** A count or limit: a whole number, zero or more. */
export const nonNegativeInt = z.number().int().min(0);

/** A cosine score or threshold: -1 to 1 inclusive. */
export const cosineScore = z.number().min(-1).max(1);
