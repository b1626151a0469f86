import { z } from 'zod';
import { ConflictStateError, type ConflictStatus, type MemoryConflict, type ShortTermMemory } from '../src';
import {
  applyConflictResolution,
  type ConflictListQuery,
  ConflictStoreBase,
  compareCodePoints,
  comparePendingConflicts,
  escalateMemoryConflict,
  isResolutionUnapplied,
  MaxMessagesSchema,
  markResolutionApplied,
  type ParsedConflictResolution,
  pageConflictsByCreation,
  parseStoreOptions,
  ShortTermStoreBase,
} from '../src/backend';

/** A conflict store over one Map keyed by user and id: what the kit hands down, nothing more. */
class MapConflictStore extends ConflictStoreBase {
  readonly rows = new Map<string, MemoryConflict>();
  leak = false;

  constructor() {
    super('MapConflictStore');
  }

  private key(userId: string, id: string): string {
    return JSON.stringify([userId, id]);
  }
  protected insertConflict(conflict: MemoryConflict): void {
    const key = this.key(conflict.userId, conflict.id);
    if (this.rows.has(key)) throw new ConflictStateError({ message: `conflict "${conflict.id}" exists` });
    this.rows.set(key, conflict);
  }
  protected findConflict(userId: string, id: string): MemoryConflict | null {
    if (this.leak) return [...this.rows.values()].find((row) => row.id === id) ?? null;
    return this.rows.get(this.key(userId, id)) ?? null;
  }
  protected listPendingConflicts(userId: string): MemoryConflict[] {
    return [...this.rows.values()]
      .filter((row) => this.leak || (row.userId === userId && row.status !== 'resolved'))
      .sort(comparePendingConflicts);
  }
  protected listUserConflicts(userId: string, query: ConflictListQuery) {
    return pageConflictsByCreation(
      [...this.rows.values()].filter((row) => this.leak || row.userId === userId),
      this.leak ? { ...query, statuses: undefined } : query,
    );
  }
  protected resolveStoredConflict(userId: string, id: string, resolution: ParsedConflictResolution, resolvedAt: Date): boolean {
    const row = this.rows.get(this.key(userId, id));
    if (row === undefined || row.status === 'resolved') return false;
    this.rows.set(this.key(userId, id), applyConflictResolution(row, resolution, resolvedAt));
    return true;
  }
  protected markStoredResolutionApplied(userId: string, id: string, appliedAt: Date): boolean {
    const row = this.rows.get(this.key(userId, id));
    if (row === undefined || !isResolutionUnapplied(row)) return false;
    this.rows.set(this.key(userId, id), markResolutionApplied(row, appliedAt));
    return true;
  }
  protected listUnappliedResolutions(userId: string): MemoryConflict[] {
    return [...this.rows.values()].filter((row) => this.leak || (row.userId === userId && isResolutionUnapplied(row)));
  }
  protected escalateStoredConflict(userId: string, id: string): boolean {
    const row = this.rows.get(this.key(userId, id));
    if (row === undefined || row.status === 'resolved') return false;
    this.rows.set(this.key(userId, id), escalateMemoryConflict(row));
    return true;
  }
  protected countConflicts(userId: string, status: ConflictStatus | undefined): number {
    return [...this.rows.values()].filter((row) => row.userId === userId && (status === undefined || row.status === status)).length;
  }
  protected removeUserConflicts(userId: string, status: ConflictStatus | undefined): number {
    let removed = 0;
    for (const [key, row] of this.rows)
      if (row.userId === userId && (status === undefined || row.status === status) && this.rows.delete(key)) removed++;
    return removed;
  }
  protected closeStore(): void {
    this.rows.clear();
  }
}

/** The short-term store of core's README, kept here so the README's example is known to work. */
const OptionsSchema = z.strictObject({ maxMessages: MaxMessagesSchema });
class ArrayShortTermStore extends ShortTermStoreBase {
  private readonly lists = new Map<string, ShortTermMemory[]>();
  private readonly maxMessages: number;

  constructor(options?: z.input<typeof OptionsSchema>) {
    super('ArrayShortTermStore');
    this.maxMessages = parseStoreOptions(OptionsSchema, options, 'ArrayShortTermStore').maxMessages;
  }
  protected appendMessages(userId: string, messages: readonly ShortTermMemory[]) {
    this.lists.set(userId, [...(this.lists.get(userId) ?? []), ...messages].slice(-this.maxMessages));
  }
  protected readRecentMessages(userId: string, limit: number) {
    return (this.lists.get(userId) ?? []).slice(-limit);
  }
  protected countMessages(userId: string) {
    return this.lists.get(userId)?.length ?? 0;
  }
  protected removeUserMessages(userId: string) {
    const count = this.countMessages(userId);
    this.lists.delete(userId);
    return count;
  }
  protected closeStore() {
    this.lists.clear();
  }
}

const conflict = (userId: string, id: string) => ({
  id,
  userId,
  memoryAId: 'a',
  memoryBId: 'b',
  category: 'location',
  similarityScore: 0.9,
  avgImportance: 0.5,
  clarificationHint: 'Where do you live?',
});

describe('ConflictStoreBase', () => {
  it('parses, scopes, checks the resolution names its conflict, and copies', async () => {
    const store = new MapConflictStore();
    expect(await store.addConflict(conflict('u1', 'c1'))).toBe('c1');
    expect(await store.addConflict(conflict('u2', 'c1'))).toBe('c1');
    await expect(store.addConflict(conflict('u1', 'c1'))).rejects.toMatchObject({ code: 'CONFLICT_STATE' });
    await expect(store.addConflict({ ...conflict('u1', 'c2'), status: 'pending', resolvedBy: 'u1' })).rejects.toMatchObject({
      code: 'VALIDATION_ERROR',
    });

    const resolution = { conflictId: 'c1', decision: 'keep_b', resolutionType: 'manual', resolvedBy: 'u1' } as const;
    await expect(store.resolveConflict('u1', 'c9', resolution)).rejects.toMatchObject({ path: 'resolution.conflictId' });
    expect(await store.escalateConflict('u1', 'c1')).toBe(true);
    expect(await store.resolveConflict('u1', 'c1', resolution)).toBe(true);
    expect(await store.resolveConflict('u1', 'c1', resolution)).toBe(false);
    expect(await store.getConflict('u1', 'c1')).toMatchObject({
      status: 'resolved',
      resolutionDecision: 'keep_b',
      winningMemoryId: 'b',
      resolutionAttempts: 1,
    });
    expect(await store.getConflict('u2', 'c1')).toMatchObject({ status: 'pending' });
    expect(await store.getConflictCount('u1', 'resolved')).toBe(1);

    store.leak = true;
    expect(await store.getConflict('u3', 'c1')).toBeNull();
    expect(await store.getPendingConflicts('u1')).toEqual([]);
    store.leak = false;

    const pending = await store.getPendingConflicts('u2', { limit: 1e10 });
    expect(pending.map((row) => row.id)).toEqual(['c1']);
    pending[0]!.metadata['mutated'] = true;
    expect((await store.getConflict('u2', 'c1'))!.metadata).toEqual({});
    expect(await store.getPendingConflicts('u2', { limit: 0 })).toEqual([]);
    expect(await store.clearUserConflicts('u2', 'pending')).toBe(1);
    await store.close();
    await expect(store.getConflictCount('u1')).rejects.toMatchObject({ code: 'STORE_CLOSED' });
  });
});

describe('ConflictStoreBase.listConflicts', () => {
  it('pages every status in createdAt-then-id order through opaque cursors, filters by status, scopes and copies', async () => {
    const store = new MapConflictStore();
    const at = (minute: number) => new Date(Date.UTC(2025, 0, 1, 0, minute));
    for (const [id, minute] of [
      ['c3', 1],
      ['c2', 1],
      ['c1', 2],
      ['c4', 0],
    ] as const)
      await store.addConflict({ ...conflict('u1', id), createdAt: at(minute) });
    await store.addConflict({ ...conflict('u2', 'other'), createdAt: at(0) });
    await store.resolveConflict('u1', 'c2', { conflictId: 'c2', decision: 'keep_a', resolutionType: 'manual', resolvedBy: 'u1' });
    await store.escalateConflict('u1', 'c1');

    const first = await store.listConflicts('u1', { limit: 2 });
    expect(first.conflicts.map((row) => row.id)).toEqual(['c4', 'c2']);
    expect(first.conflicts[1]).toMatchObject({ status: 'resolved', resolutionDecision: 'keep_a', winningMemoryId: 'a' });
    expect(first.nextCursor).toMatch(/^cm1\./);
    const second = await store.listConflicts('u1', { limit: 2, cursor: first.nextCursor! });
    expect(second.conflicts.map((row) => row.id)).toEqual(['c3', 'c1']);
    expect(second.nextCursor).toBeUndefined();
    expect((await store.listConflicts('u1')).conflicts).toHaveLength(4);

    expect((await store.listConflicts('u1', { status: 'resolved' })).conflicts.map((row) => row.id)).toEqual(['c2']);
    expect((await store.listConflicts('u1', { status: ['pending', 'escalated'] })).conflicts.map((row) => row.id)).toEqual([
      'c4',
      'c3',
      'c1',
    ]);

    first.conflicts[0]!.metadata['mutated'] = true;
    expect((await store.getConflict('u1', 'c4'))!.metadata).toEqual({});

    store.leak = true;
    expect((await store.listConflicts('u1', { status: 'resolved' })).conflicts.map((row) => row.id)).toEqual(['c2']);
    expect((await store.listConflicts('u1')).conflicts.map((row) => row.userId)).toEqual(['u1', 'u1', 'u1', 'u1']);
    store.leak = false;

    const forged = (text: string) => `cm1.${btoa(JSON.stringify({ after: text })).replaceAll('=', '')}`;
    for (const cursor of [
      '',
      'abc',
      'cm1.!!',
      forged('c1'),
      forged('["2025-01-01T00:00:00Z","c1"]'),
      forged('["2025-01-01T00:00:00.000Z"," "]'),
    ])
      await expect(store.listConflicts('u1', { cursor })).rejects.toMatchObject({ code: 'VALIDATION_ERROR', path: 'options.cursor' });
    for (const limit of [0, 1001, 1.5])
      await expect(store.listConflicts('u1', { limit })).rejects.toMatchObject({ code: 'VALIDATION_ERROR', path: 'options.limit' });
    for (const status of ['done', [], ['pending', 'open']])
      await expect(store.listConflicts('u1', { status } as never)).rejects.toMatchObject({ code: 'VALIDATION_ERROR' });
    await expect(store.listConflicts('u1', { offset: 2 } as never)).rejects.toMatchObject({ code: 'VALIDATION_ERROR' });
    await store.close();
    await expect(store.listConflicts('u1')).rejects.toMatchObject({ code: 'STORE_CLOSED' });
  });

  it('compares ids by code point, as UTF-8 byte order does', () => {
    expect(compareCodePoints('\u{1F600}', '\uFFFD')).toBeGreaterThan(0);
    expect(compareCodePoints('a', 'ab')).toBeLessThan(0);
    expect(compareCodePoints('b', 'a')).toBeGreaterThan(0);
    expect(compareCodePoints('same', 'same')).toBe(0);
  });
});

describe('ShortTermStoreBase', () => {
  it('runs the README example store: strict options, trimming, limits, copies, closed state', async () => {
    expect(() => new ArrayShortTermStore({ maxMessage: 4 } as never)).toThrow(/maxMessage/);
    const store = new ArrayShortTermStore({ maxMessages: 3 });
    expect(
      await store.addMessages(
        'u1',
        ['a', 'b', 'c', 'd'].map((content) => ({ role: 'user' as const, content })),
      ),
    ).toBe(4);
    expect(await store.addMessages('u1', [])).toBe(0);
    const recent = await store.getRecentMessages('u1', { limit: 1e10 });
    expect(recent.map((message) => message.content)).toEqual(['b', 'c', 'd']);
    recent[0]!.content = 'changed';
    expect((await store.getRecentMessages('u1', { limit: 1 })).map((message) => message.content)).toEqual(['d']);
    expect((await store.getRecentMessages('u1'))[0]!.content).toBe('b');
    expect(await store.getRecentMessages('u1', { limit: 0 })).toEqual([]);
    await expect(store.addMessages('u1', [{ role: 'bot', content: 'x' }] as never)).rejects.toMatchObject({ path: 'messages[0].role' });
    expect(await store.getMessageCount('u1')).toBe(3);
    expect(await store.clearUserMessages('u1')).toBe(3);
    await store.close();
    await expect(store.getMessageCount('u1')).rejects.toMatchObject({ code: 'STORE_CLOSED' });
  });
});
