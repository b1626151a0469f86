import { createHash, timingSafeEqual } from 'node:crypto';
import { ValidationError } from '@casual-memory/core';

/** Shorter tokens can be guessed; 32 hex digits (128 bits) is the least this accepts. */
export const MIN_TOKEN_LENGTH = 32;

const digest = (token: string) => createHash('sha256').update(token, 'utf8').digest();

/**
 * Bearer token -> user id. Tokens are kept as SHA-256 digests and a presented token is compared with
 * every one of them in constant time, so neither the answer's timing nor an early exit tells an
 * attacker how much of a token was right.
 */
export class BearerTokens {
  readonly #entries: { digest: Buffer; userId: string }[];

  constructor(tokens: Readonly<Record<string, string>> | ReadonlyMap<string, string>) {
    const pairs = tokens instanceof Map ? [...tokens.entries()] : Object.entries(tokens as Record<string, string>);
    if (pairs.length === 0) throw new ValidationError({ path: 'tokens', message: 'Invalid tokens: expected at least one token' });
    this.#entries = pairs.map(([token, userId], index) => {
      if (typeof token !== 'string' || token.length < MIN_TOKEN_LENGTH || /\s/.test(token)) {
        throw new ValidationError({
          path: `tokens[${index}]`,
          message: `Invalid token: expected at least ${MIN_TOKEN_LENGTH} characters without spaces (e.g. openssl rand -hex 32)`,
        });
      }
      if (typeof userId !== 'string' || userId.trim() === '') {
        throw new ValidationError({ path: `tokens[${index}]`, message: 'Invalid token: its user id must be a non-empty string' });
      }
      return { digest: digest(token), userId };
    });
  }

  /** The users the tokens map to. */
  get users(): string[] {
    return [...new Set(this.#entries.map((entry) => entry.userId))];
  }

  /** The user of an `Authorization` header (`Bearer <token>`), or `undefined`. */
  userOf(authorization: string | undefined): string | undefined {
    const match = /^Bearer +(\S+) *$/i.exec(authorization ?? '');
    if (match === null) return undefined;
    const presented = digest(match[1] as string);
    let found: string | undefined;
    for (const entry of this.#entries) {
      if (timingSafeEqual(entry.digest, presented) && found === undefined) found = entry.userId;
    }
    return found;
  }
}
