import { type MemoryConflict, MemoryConflictSchema, type MemoryFact, MemoryFactSchema, ValidationError } from '../src';
import {
  applyConflictResolution,
  applyMemoryPatch,
  archiveMemoryFact,
  cloneJson,
  cloneMemoryConflict,
  cloneMemoryFact,
  cloneShortTermMemory,
  comparePendingConflicts,
  escalateMemoryConflict,
  matchesFilter,
  parseInput,
  parseMemoryPatch,
} from '../src/backend';

const memory = (extra: Partial<MemoryFact> = {}): MemoryFact =>
  parseInput(MemoryFactSchema, { text: 'I live in London', type: 'fact', userId: 'u1', ...extra }, 'memory');

const conflict = (extra: Partial<MemoryConflict> = {}): MemoryConflict => ({
  id: 'c1',
  userId: 'u1',
  memoryAId: 'a',
  memoryBId: 'b',
  category: 'location',
  isSingletonCategory: false,
  similarityScore: 0.9,
  avgImportance: 0.5,
  createdAt: new Date('2025-01-01T00:00:00Z'),
  status: 'pending',
  resolutionAttempts: 0,
  clarificationHint: 'Where?',
  metadata: { kept: true },
  ...extra,
});

describe('matchesFilter', () => {
  const now = new Date('2026-06-01T00:00:00Z');

  it('hides archived memories unless asked', () => {
    expect(matchesFilter(memory(), {}, now)).toBe(true);
    expect(matchesFilter(memory({ archived: true }), {}, now)).toBe(false);
    expect(matchesFilter(memory({ archived: true }), { includeArchived: true }, now)).toBe(true);
  });

  it('hides memories expired at validAt (default now), keeping the boundary', () => {
    const validUntil = new Date('2026-05-01T00:00:00Z');
    expect(matchesFilter(memory({ validUntil }), {}, now)).toBe(false);
    expect(matchesFilter(memory({ validUntil }), { includeExpired: true }, now)).toBe(true);
    expect(matchesFilter(memory({ validUntil }), { validAt: validUntil }, now)).toBe(true);
    expect(matchesFilter(memory({ validUntil }), { validAt: new Date('2026-04-01T00:00:00Z') }, now)).toBe(true);
  });

  it('filters by types, tags (any of) and minimum importance', () => {
    const tagged = memory({ type: 'preference', tags: ['food', 'daily'], importance: 0.6 });
    expect(matchesFilter(tagged, { types: ['fact'] }, now)).toBe(false);
    expect(matchesFilter(tagged, { types: ['fact', 'preference'] }, now)).toBe(true);
    expect(matchesFilter(tagged, { tags: ['work', 'daily'] }, now)).toBe(true);
    expect(matchesFilter(tagged, { tags: ['work'] }, now)).toBe(false);
    expect(matchesFilter(tagged, { minImportance: 0.6 }, now)).toBe(true);
    expect(matchesFilter(tagged, { minImportance: 0.61 }, now)).toBe(false);
  });
});

describe('memory patches', () => {
  it('applies values, removes optional fields given null, ignores undefined, leaves the input alone', () => {
    const original = memory({ source: 'user', tags: ['a'] });
    const patched = applyMemoryPatch(original, parseMemoryPatch({ mentionCount: 3, source: null, text: undefined, tags: ['b'] }));
    expect(patched).toMatchObject({ mentionCount: 3, text: 'I live in London', tags: ['b'] });
    expect('source' in patched).toBe(false);
    expect(original.source).toBe('user');
    expect(original.tags).toEqual(['a']);
  });

  it('refuses userId and unknown keys', () => {
    expect(() => parseMemoryPatch({ userId: 'u2' })).toThrow(/userId cannot be patched/);
    expect(() => parseMemoryPatch({ colour: 'red' })).toThrow(ValidationError);
    expect(() => parseMemoryPatch({ importance: -1 })).toThrow(/patch\.importance/);
  });
});

describe('archiveMemoryFact', () => {
  it('archives with the time and successor, keeping the first archive time', () => {
    const first = new Date('2026-01-01T00:00:00Z');
    const archived = archiveMemoryFact(memory(), first, 'new-id');
    expect(archived).toMatchObject({ archived: true, archivedAt: first, supersededBy: 'new-id' });
    const again = archiveMemoryFact(archived, new Date('2026-02-01T00:00:00Z'));
    expect(again.archivedAt).toBe(first);
    expect(again.supersededBy).toBe('new-id');
  });
});

describe('conflict records', () => {
  const now = new Date('2026-03-03T00:00:00Z');

  it('resolution records the decision in the conflict’s own fields and leaves metadata to the caller', () => {
    const callerMetadata = conflict({ metadata: { kept: true, resolvedBy: 'the caller' } });
    const keepA = applyConflictResolution(
      callerMetadata,
      { conflictId: 'c1', decision: 'keep_a', resolutionType: 'manual', resolvedBy: 'u1', notes: 'said so' },
      now,
    );
    expect(keepA).toMatchObject({
      status: 'resolved',
      resolvedAt: now,
      resolutionType: 'manual',
      winningMemoryId: 'a',
      resolutionDecision: 'keep_a',
      resolvedBy: 'u1',
      resolutionNotes: 'said so',
    });
    expect(keepA.metadata).toEqual({ kept: true, resolvedBy: 'the caller' });
    expect(MemoryConflictSchema.safeParse(keepA).success).toBe(true);
    const keepB = applyConflictResolution(
      conflict(),
      { conflictId: 'c1', decision: 'keep_b', resolutionType: 'automated', resolvedBy: 'system' },
      now,
    );
    expect(keepB.winningMemoryId).toBe('b');
    const merged = applyConflictResolution(
      conflict({ winningMemoryId: 'a' }),
      { conflictId: 'c1', decision: 'merge', confirmingMemoryText: 'both', resolutionType: 'manual', resolvedBy: 'u1' },
      now,
    );
    expect('winningMemoryId' in merged).toBe(false);
    expect(merged).toMatchObject({ resolutionDecision: 'merge', mergedText: 'both' });
    expect(merged.metadata).toEqual({ kept: true });
    expect(MemoryConflictSchema.safeParse(merged).success).toBe(true);
  });

  it('escalation counts attempts', () => {
    expect(escalateMemoryConflict(escalateMemoryConflict(conflict()))).toMatchObject({ status: 'escalated', resolutionAttempts: 2 });
  });

  it('pending order: importance desc, then oldest, then id', () => {
    const list = [
      conflict({ id: 'late', avgImportance: 0.5, createdAt: new Date('2025-02-01T00:00:00Z') }),
      conflict({ id: 'b', avgImportance: 0.5, createdAt: new Date('2025-01-01T00:00:00Z') }),
      conflict({ id: 'top', avgImportance: 0.9 }),
      conflict({ id: 'a', avgImportance: 0.5, createdAt: new Date('2025-01-01T00:00:00Z') }),
    ];
    expect(list.sort(comparePendingConflicts).map((item) => item.id)).toEqual(['top', 'a', 'b', 'late']);
  });
});

describe('clones', () => {
  it('copy dates, tags and nested metadata', () => {
    const original = memory({ tags: ['x'], lastSeen: new Date('2026-01-01T00:00:00Z') });
    const copy = cloneMemoryFact(original);
    copy.tags.push('y');
    copy.lastSeen!.setTime(0);
    expect(original.tags).toEqual(['x']);
    expect(original.lastSeen?.getTime()).not.toBe(0);

    const withMetadata = conflict({ metadata: { list: [1, { a: 'b' }] } });
    const conflictCopy = cloneMemoryConflict(withMetadata);
    ((conflictCopy.metadata['list'] as unknown[])[1] as Record<string, string>)['a'] = 'changed';
    conflictCopy.createdAt.setTime(0);
    expect(withMetadata.metadata).toEqual({ list: [1, { a: 'b' }] });
    expect(withMetadata.createdAt.getTime()).not.toBe(0);

    const message = { role: 'user' as const, content: 'hi', timestamp: new Date(5), metadata: { n: [1] } };
    const messageCopy = cloneShortTermMemory(message);
    (messageCopy.metadata!['n'] as number[]).push(2);
    expect(message.metadata.n).toEqual([1]);
    expect(cloneShortTermMemory({ role: 'user', content: 'x', timestamp: new Date(1) })).not.toHaveProperty('metadata');
    expect(cloneJson('text')).toBe('text');
  });

  it('keep a __proto__ key as plain data', () => {
    const original = JSON.parse('{"__proto__": {"polluted": true}, "a": [1]}') as Record<string, never>;
    const copy = cloneJson(original);
    expect(Object.getPrototypeOf(copy)).toBe(Object.prototype);
    expect(Object.keys(copy)).toEqual(['__proto__', 'a']);
    expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
    expect((copy as Record<string, unknown>)['polluted']).toBeUndefined();
  });
});

describe('clones of inputs with explicit undefined', () => {
  it('drop the key, so the record reads back like one without the field', () => {
    const copy = cloneMemoryFact({ ...memory(), source: undefined });
    expect('source' in copy).toBe(false);
    const message = cloneShortTermMemory({ role: 'user', content: 'x', timestamp: new Date(0), metadata: undefined });
    expect(message).toEqual({ role: 'user', content: 'x', timestamp: new Date(0) });
    expect('metadata' in message).toBe(false);
  });
});
