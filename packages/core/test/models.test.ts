import {
  ConflictResolutionSchema,
  type MemoryConflictInput,
  MemoryConflictSchema,
  MemoryFactSchema,
  MemoryFilterSchema,
  ShortTermMemorySchema,
  ValidationError,
} from '../src';
import { parseInput } from '../src/backend';

const parseFact = (value: unknown) => parseInput(MemoryFactSchema, value, 'memory');
const failure = (run: () => unknown): ValidationError => {
  try {
    run();
  } catch (error) {
    if (ValidationError.isInstance(error)) return error;
    throw error;
  }
  throw new Error('expected a ValidationError');
};

describe('MemoryFact', () => {
  it('fills defaults and keeps the text as given', () => {
    expect(parseFact({ text: '  I like tea ', type: 'preference', userId: 'u1' })).toEqual({
      text: '  I like tea ',
      type: 'preference',
      userId: 'u1',
      tags: [],
      importance: 0.5,
      confidence: 0.5,
      mentionCount: 1,
      archived: false,
    });
  });

  it('names every failing field with its path', () => {
    const error = failure(() => parseFact({ text: ' ', type: 'opinion', userId: 'u', importance: 2, mentionCount: 1.5 }));
    expect(error.path).toBe('memory.text');
    expect(error.issues.map((issue) => issue.path)).toEqual(['memory.text', 'memory.type', 'memory.importance', 'memory.mentionCount']);
    expect(error.message).toMatch(/^Invalid memory: memory\.text: must not be empty/);
  });

  it('rejects unknown keys, NaN, Infinity and invalid dates', () => {
    expect(failure(() => parseFact({ text: 'x', type: 'fact', userId: 'u', user_id: 'u' })).message).toMatch(/user_id/);
    expect(failure(() => parseFact({ text: 'x', type: 'fact', userId: 'u', confidence: Number.NaN })).path).toBe('memory.confidence');
    expect(failure(() => parseFact({ text: 'x', type: 'fact', userId: 'u', importance: Infinity })).path).toBe('memory.importance');
    expect(failure(() => parseFact({ text: 'x', type: 'fact', userId: 'u', validUntil: new Date('x') })).path).toBe('memory.validUntil');
    expect(failure(() => parseFact({ text: 'x', type: 'fact' })).path).toBe('memory.userId');
  });

  it('gives each memory its own tags array', () => {
    const a = parseFact({ text: 'a', type: 'fact', userId: 'u' });
    const b = parseFact({ text: 'b', type: 'fact', userId: 'u' });
    a.tags.push('x');
    expect(b.tags).toEqual([]);
  });
});

describe('MemoryFilter', () => {
  it('rejects a userId (the user is the call’s first argument) and empty type or tag lists', () => {
    expect(parseInput(MemoryFilterSchema, {}, 'filter')).toEqual({});
    expect(failure(() => parseInput(MemoryFilterSchema, { userId: 'u' }, 'filter')).message).toMatch(/userId/);
    expect(failure(() => parseInput(MemoryFilterSchema, { types: [] }, 'filter')).message).toMatch(/at least one type/);
    expect(failure(() => parseInput(MemoryFilterSchema, { tags: [] }, 'filter')).message).toMatch(/at least one tag/);
    expect(parseInput(MemoryFilterSchema, { types: ['event'], tags: ['t'], minImportance: 0 }, 'filter')).toEqual({
      types: ['event'],
      tags: ['t'],
      minImportance: 0,
    });
  });
});

describe('MemoryConflict', () => {
  const base: MemoryConflictInput = {
    userId: 'u',
    memoryAId: 'a',
    memoryBId: 'b',
    category: 'location',
    similarityScore: 0.9,
    avgImportance: 0.6,
    clarificationHint: 'Where?',
  };

  it('fills defaults: uuid, now, pending, 0 attempts, {} metadata', () => {
    const before = Date.now();
    const conflict = parseInput(MemoryConflictSchema, base, 'conflict');
    expect(conflict.id).toMatch(/^[0-9a-f-]{36}$/);
    expect(conflict.createdAt.getTime()).toBeGreaterThanOrEqual(before);
    expect(conflict).toMatchObject({ status: 'pending', resolutionAttempts: 0, isSingletonCategory: false, metadata: {} });
    expect(parseInput(MemoryConflictSchema, base, 'conflict').id).not.toBe(conflict.id);
  });

  it('needs two different memories and JSON metadata', () => {
    expect(failure(() => parseInput(MemoryConflictSchema, { ...base, memoryBId: 'a' }, 'conflict')).path).toBe('conflict.memoryBId');
    expect(failure(() => parseInput(MemoryConflictSchema, { ...base, metadata: { at: new Date() } }, 'conflict')).path).toMatch(
      /^conflict\.metadata/,
    );
    expect(failure(() => parseInput(MemoryConflictSchema, { ...base, similarityScore: 1.0000001 }, 'conflict')).path).toBe(
      'conflict.similarityScore',
    );
  });
});

describe('MemoryConflict consistency', () => {
  const base: MemoryConflictInput = {
    userId: 'u',
    memoryAId: 'a',
    memoryBId: 'b',
    category: 'location',
    similarityScore: 0.9,
    avgImportance: 0.6,
    clarificationHint: 'Where?',
  };
  const resolved: MemoryConflictInput = {
    ...base,
    status: 'resolved',
    resolvedAt: new Date(),
    resolutionType: 'manual',
    resolutionDecision: 'keep_a',
    resolvedBy: 'u',
    winningMemoryId: 'a',
  };
  const parse = (value: MemoryConflictInput) => parseInput(MemoryConflictSchema, value, 'conflict');

  it('accepts a resolved record that says when, how, what and by whom', () => {
    expect(parse(resolved)).toMatchObject({ status: 'resolved', resolutionDecision: 'keep_a', winningMemoryId: 'a' });
    expect(parse({ ...resolved, resolutionDecision: 'merge', winningMemoryId: undefined, mergedText: 'both' }).mergedText).toBe('both');
    expect(parse({ ...resolved, resolutionDecision: 'both_valid', winningMemoryId: undefined }).status).toBe('resolved');
  });

  it('rejects a resolved record missing its decision, time, type or resolver', () => {
    for (const field of ['resolvedAt', 'resolutionType', 'resolutionDecision', 'resolvedBy'] as const) {
      expect(failure(() => parse({ ...resolved, [field]: undefined })).issues.map((issue) => issue.path)).toContain(`conflict.${field}`);
    }
  });

  it('rejects resolution fields on pending and escalated records', () => {
    for (const status of ['pending', 'escalated'] as const) {
      for (const [field, value] of [
        ['resolvedAt', new Date()],
        ['resolutionType', 'manual'],
        ['resolutionDecision', 'keep_a'],
        ['resolvedBy', 'u'],
        ['resolutionNotes', 'n'],
        ['mergedText', 't'],
        ['winningMemoryId', 'a'],
      ] as const) {
        expect(failure(() => parse({ ...base, status, [field]: value })).path).toBe(`conflict.${field}`);
      }
    }
  });

  it('wants the winner to be one of the two memories and to match the decision', () => {
    expect(failure(() => parse({ ...resolved, winningMemoryId: 'c' })).path).toBe('conflict.winningMemoryId');
    expect(failure(() => parse({ ...resolved, winningMemoryId: 'b' })).message).toMatch(/keep_a resolution has winningMemoryId "a"/);
    expect(failure(() => parse({ ...resolved, winningMemoryId: undefined })).path).toBe('conflict.winningMemoryId');
    expect(failure(() => parse({ ...resolved, resolutionDecision: 'both_valid' })).path).toBe('conflict.winningMemoryId');
    expect(failure(() => parse({ ...resolved, resolutionDecision: 'merge', winningMemoryId: undefined })).path).toBe('conflict.mergedText');
    expect(failure(() => parse({ ...resolved, mergedText: 'x' })).path).toBe('conflict.mergedText');
  });
});

describe('ConflictResolution', () => {
  it('requires the merged text for a merge and refuses it otherwise', () => {
    const merge = { conflictId: 'c', decision: 'merge', resolutionType: 'manual', resolvedBy: 'u' };
    expect(failure(() => parseInput(ConflictResolutionSchema, merge, 'resolution')).path).toBe('resolution.confirmingMemoryText');
    expect(parseInput(ConflictResolutionSchema, { ...merge, confirmingMemoryText: 'both' }, 'resolution').decision).toBe('merge');
    expect(
      failure(() => parseInput(ConflictResolutionSchema, { ...merge, decision: 'keep_a', confirmingMemoryText: 'x' }, 'resolution')).path,
    ).toBe('resolution.confirmingMemoryText');
  });
});

describe('ShortTermMemory', () => {
  it('defaults the timestamp to now and accepts the four roles', () => {
    for (const role of ['user', 'assistant', 'system', 'tool']) {
      const message = parseInput(ShortTermMemorySchema, { role, content: '' }, 'message');
      expect(message.timestamp).toBeInstanceOf(Date);
    }
    expect(failure(() => parseInput(ShortTermMemorySchema, { role: 'bot', content: 'x' }, 'message')).path).toBe('message.role');
  });
});
