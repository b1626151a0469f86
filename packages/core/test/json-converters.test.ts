import { CorruptDataError, type MemoryConflict, type MemoryFact } from '../src';
import {
  memoryConflictFromJson,
  memoryConflictToJson,
  memoryFactFromJson,
  memoryFactToJson,
  shortTermMemoryFromJson,
  shortTermMemoryToJson,
} from '../src/backend';

describe('JSON converters', () => {
  it('round-trip a memory with ISO-8601 UTC dates', () => {
    const memory: MemoryFact = {
      text: 'Dentist',
      type: 'event',
      userId: 'u',
      tags: ['t'],
      importance: 0.8,
      confidence: 0.6,
      mentionCount: 2,
      archived: true,
      validUntil: new Date('2026-05-05T10:00:00.123Z'),
      firstSeen: new Date('2026-01-01T00:00:00Z'),
      lastSeen: new Date('2026-02-01T00:00:00Z'),
      archivedAt: new Date('2026-03-01T00:00:00Z'),
      supersededBy: 'n',
      source: 'user',
    };
    const json = memoryFactToJson(memory);
    expect(json.validUntil).toBe('2026-05-05T10:00:00.123Z');
    expect(JSON.parse(JSON.stringify(json))).toEqual(json);
    expect(memoryFactFromJson(JSON.parse(JSON.stringify(json)))).toEqual(memory);
  });

  it('read null optional fields as absent', () => {
    const stored = {
      text: 'x',
      type: 'fact',
      userId: 'u',
      tags: [],
      importance: 0.5,
      confidence: 0.5,
      mentionCount: 1,
      archived: false,
      validUntil: null,
      source: null,
    };
    const memory = memoryFactFromJson(stored);
    expect('validUntil' in memory).toBe(false);
    expect('source' in memory).toBe(false);
  });

  it('reject corrupt stored data as CORRUPT_DATA naming the record, not as the caller’s bad input', () => {
    expect(() => memoryFactFromJson({ text: 'x', type: 'fact', userId: 'u', validUntil: 'not a date' }, 'memory m1')).toThrow(
      /memory m1\.validUntil/,
    );
    expect(() => memoryFactFromJson('garbage')).toThrow(CorruptDataError);
    try {
      memoryConflictFromJson({ id: 'c9' }, 'conflict "c9" of user "u"');
      throw new Error('expected CorruptDataError');
    } catch (error) {
      expect(CorruptDataError.isInstance(error)).toBe(true);
      expect(error).toMatchObject({ code: 'CORRUPT_DATA', retryable: false, record: 'conflict "c9" of user "u"' });
      expect((error as CorruptDataError).message).toMatch(/^Stored conflict "c9" of user "u" is corrupt: /);
    }
  });

  it('round-trip conflicts and messages', () => {
    const conflict: MemoryConflict = {
      id: 'c',
      userId: 'u',
      memoryAId: 'a',
      memoryBId: 'b',
      category: 'job',
      isSingletonCategory: false,
      similarityScore: 0.9,
      avgImportance: 0.4,
      createdAt: new Date('2025-01-01T00:00:00Z'),
      status: 'resolved',
      resolutionAttempts: 1,
      resolvedAt: new Date('2025-01-02T00:00:00Z'),
      resolutionType: 'manual',
      resolutionDecision: 'keep_a',
      resolvedBy: 'u',
      winningMemoryId: 'a',
      clarificationHint: '?',
      metadata: { x: [1] },
    };
    const json = memoryConflictToJson(conflict);
    expect(json.createdAt).toBe('2025-01-01T00:00:00.000Z');
    expect(memoryConflictFromJson(JSON.parse(JSON.stringify(json)))).toEqual(conflict);
    expect(
      memoryConflictFromJson({
        ...json,
        status: 'pending',
        resolvedAt: null,
        resolutionType: null,
        resolutionDecision: null,
        resolvedBy: null,
        winningMemoryId: null,
      }),
    ).not.toHaveProperty('winningMemoryId');

    const message = { role: 'assistant' as const, content: 'hi', timestamp: new Date('2026-01-01T00:00:00.001Z'), metadata: { a: 1 } };
    const messageJson = shortTermMemoryToJson(message);
    expect(messageJson.timestamp).toBe('2026-01-01T00:00:00.001Z');
    expect(shortTermMemoryFromJson(JSON.parse(JSON.stringify(messageJson)))).toEqual(message);
  });
});
