import assert from 'node:assert/strict';
import { randomId } from '../random-id';
import { conflict, type ConflictHarness } from './conflict-fixtures';

export function registerAddAndGetTests({ it, withStore }: ConflictHarness): void {
  it('addConflict returns the id it was given', withStore(async (store) => {
    const id = randomId('conflict');
    assert.equal(await store.addConflict(conflict(randomId('user'), { id })), id);
  }));

  it('generates a uuid when no id is given', withStore(async (store) => {
    const id = await store.addConflict(conflict(randomId('user')));
    assert.match(id, /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/);
    assert.equal((await store.getConflict(id))?.id, id);
  }));

  it('fills in defaults', withStore(async (store) => {
    const before = Date.now();
    const id = await store.addConflict(conflict(randomId('user')));
    const stored = await store.getConflict(id);
    assert.ok(stored);
    assert.equal(stored.status, 'pending');
    assert.equal(stored.resolutionAttempts, 0);
    assert.equal(stored.isSingletonCategory, false);
    assert.deepEqual(stored.metadata, {});
    assert.ok(stored.createdAt instanceof Date);
    assert.ok(stored.createdAt.getTime() >= before - 1000 && stored.createdAt.getTime() <= Date.now() + 1000);
    for (const field of ['resolvedAt', 'resolutionType', 'winningMemoryId']) assert.equal(field in stored, false, `${field} stays absent`);
  }));

  it('round-trips every field exactly', withStore(async (store) => {
    const userId = randomId('user');
    const input = conflict(userId, {
      id: randomId('conflict'),
      category: 'job',
      isSingletonCategory: true,
      similarityScore: 0.9312,
      avgImportance: 0.65,
      createdAt: new Date('2025-06-07T08:09:10.123Z'),
      status: 'escalated',
      resolutionAttempts: 2,
      clarificationHint: 'What is your current job — «really»?',
      metadata: { memoryAText: 'I work as a teacher', nested: { list: [1, 'two', null, true, { deep: 'ünïcode ✓' }] }, score: 0.5 },
    });
    const id = await store.addConflict(input);
    assert.deepEqual(await store.getConflict(id), input);
  }));

  it('round-trips the resolution fields of a conflict added as resolved', withStore(async (store) => {
    const input = conflict(randomId('user'), {
      id: randomId('conflict'),
      createdAt: new Date('2025-01-01T00:00:00.000Z'),
      status: 'resolved',
      resolvedAt: new Date('2025-01-02T00:00:00.000Z'),
      resolutionType: 'manual',
      winningMemoryId: 'memory-x',
      resolutionAttempts: 1,
      isSingletonCategory: false,
      metadata: {},
    });
    input.memoryAId = 'memory-x';
    const id = await store.addConflict(input);
    assert.deepEqual(await store.getConflict(id), input);
  }));

  it('getConflict of an unknown id is null', withStore(async (store) => {
    assert.equal(await store.getConflict(randomId('missing')), null);
  }));
}
