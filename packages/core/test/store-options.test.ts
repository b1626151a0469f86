import {
  DEFAULT_RECENT_MESSAGES_LIMIT,
  ValidationError,
  parseFindSimilarOptions,
  parseId,
  parseMaxMessages,
  parseOptionalStatus,
  parsePendingConflictsOptions,
  parseRecentMessagesLimit,
  parseSearchOptions,
  parseShortTermMessages,
  parseUserId,
} from '../src';

const rejects = (run: () => unknown, path: string) => {
  try {
    run();
  } catch (error) {
    expect(ValidationError.isInstance(error)).toBe(true);
    expect((error as ValidationError).path).toBe(path);
    return;
  }
  throw new Error(`expected a ValidationError at ${path}`);
};

describe('store option parsers', () => {
  it('search: topK 5 and minScore 0.7 by default; 0 allowed; negatives and fractions not', () => {
    expect(parseSearchOptions({ filter: { userId: 'u' } })).toEqual({ filter: { userId: 'u' }, topK: 5, minScore: 0.7 });
    expect(parseSearchOptions({ filter: { userId: 'u' }, topK: 0, minScore: -1 }).topK).toBe(0);
    rejects(() => parseSearchOptions({ filter: { userId: 'u' }, topK: -1 }), 'options.topK');
    rejects(() => parseSearchOptions({ filter: { userId: 'u' }, topK: 2.5 }), 'options.topK');
    rejects(() => parseSearchOptions({ filter: { userId: 'u' }, minScore: 1.1 }), 'options.minScore');
    rejects(() => parseSearchOptions(undefined), 'options');
  });

  it('findSimilar: threshold 0.85, limit 5, excludeArchived true by default', () => {
    expect(parseFindSimilarOptions({ userId: 'u' })).toEqual({ userId: 'u', threshold: 0.85, limit: 5, excludeArchived: true });
    rejects(() => parseFindSimilarOptions({ userId: 'u', limit: -2 }), 'options.limit');
    rejects(() => parseFindSimilarOptions({}), 'options.userId');
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

  it('recent messages and maxMessages', () => {
    expect(parseRecentMessagesLimit(undefined)).toBe(DEFAULT_RECENT_MESSAGES_LIMIT);
    expect(parseRecentMessagesLimit(0)).toBe(0);
    rejects(() => parseRecentMessagesLimit(-1), 'limit');
    expect(parseMaxMessages(undefined, 20)).toBe(20);
    expect(parseMaxMessages(3, 20)).toBe(3);
    rejects(() => parseMaxMessages(0, 20), 'maxMessages');
  });

  it('message batches are validated whole, naming the failing message', () => {
    expect(parseShortTermMessages([{ role: 'user', content: 'hi' }])[0]?.timestamp).toBeInstanceOf(Date);
    rejects(() => parseShortTermMessages([{ role: 'user', content: 'ok' }, { role: 'x', content: 'bad' }]), 'messages[1].role');
  });
});
