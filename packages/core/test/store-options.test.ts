import { z } from 'zod';
import { DEFAULT_RECENT_MESSAGES_LIMIT, ValidationError } from '../src';
import {
  MaxMessagesSchema,
  parseFindSimilarOptions,
  parseId,
  parseOptionalStatus,
  parsePendingConflictsOptions,
  parseRecentMessagesOptions,
  parseSearchOptions,
  parseShortTermMessages,
  parseStoreOptions,
  parseUserId,
} from '../src/backend';

const rejects = (run: () => unknown, path: string): ValidationError => {
  try {
    run();
  } catch (error) {
    expect(ValidationError.isInstance(error)).toBe(true);
    expect((error as ValidationError).path).toBe(path);
    return error as ValidationError;
  }
  throw new Error(`expected a ValidationError at ${path}`);
};

describe('store option parsers', () => {
  it('search: no options means topK 5, minScore 0.7, an empty filter; 0 allowed; negatives and fractions not', () => {
    expect(parseSearchOptions(undefined)).toEqual({ filter: {}, topK: 5, minScore: 0.7 });
    expect(parseSearchOptions({ filter: { types: ['fact'] } })).toEqual({ filter: { types: ['fact'] }, topK: 5, minScore: 0.7 });
    expect(parseSearchOptions({ topK: 0, minScore: -1 }).topK).toBe(0);
    rejects(() => parseSearchOptions({ topK: -1 }), 'options.topK');
    rejects(() => parseSearchOptions({ topK: 2.5 }), 'options.topK');
    rejects(() => parseSearchOptions({ minScore: 1.1 }), 'options.minScore');
    rejects(() => parseSearchOptions({ filter: { userId: 'u' } }), 'options.filter');
    rejects(() => parseSearchOptions({ topk: 3 }), 'options');
  });

  it('findSimilar: threshold 0.85, limit 5, excludeArchived true by default', () => {
    expect(parseFindSimilarOptions(undefined)).toEqual({ threshold: 0.85, limit: 5, excludeArchived: true });
    rejects(() => parseFindSimilarOptions({ limit: -2 }), 'options.limit');
    rejects(() => parseFindSimilarOptions({ userId: 'u' }), 'options');
  });

  it('pending conflicts: no limit means all, 0 is allowed', () => {
    expect(parsePendingConflictsOptions(undefined)).toEqual({});
    expect(parsePendingConflictsOptions({ limit: 0 })).toEqual({ limit: 0 });
    rejects(() => parsePendingConflictsOptions({ limit: -1 }), 'options.limit');
  });

  it('ids, user ids and statuses', () => {
    expect(parseUserId('u1')).toBe('u1');
    rejects(() => parseUserId('  '), 'userId');
    rejects(() => parseId(''), 'id');
    rejects(() => parseId(undefined, 'supersededBy'), 'supersededBy');
    expect(parseOptionalStatus(undefined)).toBeUndefined();
    expect(parseOptionalStatus('escalated')).toBe('escalated');
    rejects(() => parseOptionalStatus('open'), 'status');
  });

  it('recent messages: limit 20 by default, 0 allowed, negatives not', () => {
    expect(parseRecentMessagesOptions(undefined)).toEqual({ limit: DEFAULT_RECENT_MESSAGES_LIMIT });
    expect(parseRecentMessagesOptions({ limit: 0 })).toEqual({ limit: 0 });
    rejects(() => parseRecentMessagesOptions({ limit: -1 }), 'options.limit');
  });

  it('store options: a strict schema names an unknown key instead of ignoring it', () => {
    const schema = z.strictObject({ maxMessages: MaxMessagesSchema });
    expect(parseStoreOptions(schema, undefined, 'MyStore')).toEqual({ maxMessages: 20 });
    expect(parseStoreOptions(schema, { maxMessages: 3 }, 'MyStore')).toEqual({ maxMessages: 3 });
    rejects(() => parseStoreOptions(schema, { maxMessages: 0 }, 'MyStore'), 'MyStore options.maxMessages');
    expect(rejects(() => parseStoreOptions(schema, { maxMessage: 4 }, 'MyStore'), 'MyStore options').message).toMatch(/maxMessage/);
  });

  it('message batches are validated whole, naming the failing message', () => {
    expect(parseShortTermMessages([{ role: 'user', content: 'hi' }])[0]?.timestamp).toBeInstanceOf(Date);
    rejects(
      () =>
        parseShortTermMessages([
          { role: 'user', content: 'ok' },
          { role: 'x', content: 'bad' },
        ]),
      'messages[1].role',
    );
  });

  it('bound the message however many issues there are, keeping them all on issues', () => {
    const bad = Array.from({ length: 100_000 }, () => ({ role: 'bot', content: 'x' }));
    const error = rejects(() => parseShortTermMessages(bad), 'messages[0].role');
    expect(error.issues).toHaveLength(100_000);
    expect(error.message.length).toBeLessThan(1000);
    expect(error.message).toMatch(/and 99995 more$/);
  });
});

describe('parseInput', () => {
  it('turns a getter or Proxy trap that throws into a ValidationError, and names the label once', () => {
    const schema = z.strictObject({ maxMessages: MaxMessagesSchema });
    const hostile = new Proxy(
      {},
      {
        ownKeys: () => {
          throw new TypeError('trap');
        },
        get: () => {
          throw new TypeError('trap');
        },
      },
    );
    const error = rejects(() => parseStoreOptions(schema, hostile, 'MyStore'), 'MyStore options');
    expect(error.message).toBe('Invalid MyStore options: it could not be read (trap)');
    expect(rejects(() => parseStoreOptions(schema, { maxMessage: 4 }, 'MyStore'), 'MyStore options').message).toBe(
      'Invalid MyStore options: Unrecognized key: "maxMessage"',
    );
  });
});
