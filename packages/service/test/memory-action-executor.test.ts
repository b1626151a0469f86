import { InMemoryConflictStore } from '@casual-memory/memory-conflicts';
import { InMemoryVectorStore } from '@casual-memory/memory-vector';
import { createClassificationResult } from '../src/classification/memory-classification-result';
import type { SimilarityResult } from '../src/classification/similarity-result';
import { MemoryActionExecutor } from '../src/execution/memory-action-executor';
import { PENDING_CONFLICT_TAG } from '../src/execution/reserved-tags';
import { fact } from './helpers/memories';

// Ported from the original's tests/test_action_executor.py (REFERENCE.md §5.1, §7), on the in-memory
// stores, plus the fixes: archive after the add, per-id failures, a real mention count, the conflict's
// memory stored whole.
const now = new Date('2024-03-01T12:00:00Z');
const vector = [1, 0, 0];

function setup() {
  const vectorStore = new InMemoryVectorStore({ dimensions: 3 });
  const conflictStore = new InMemoryConflictStore();
  const executor = new MemoryActionExecutor(vectorStore, conflictStore, { now: () => now });
  return { vectorStore, conflictStore, executor };
}

async function stored(vectorStore: InMemoryVectorStore, text: string, extra = {}) {
  return { id: await vectorStore.add(vector, fact(text, extra)), memory: fact(text, extra), score: 0.95 };
}

function result(similar: Awaited<ReturnType<typeof stored>>, outcome: SimilarityResult['outcome'], metadata = {}): SimilarityResult {
  return { similar, outcome, confidence: 0.9, classifier: 'test', reason: `test ${outcome}`, metadata };
}

describe('MemoryActionExecutor', () => {
  it('adds a memory with every field, defaults for the counters and both dates set', async () => {
    const { vectorStore, executor } = setup();
    const memory = fact('I like tea', { type: 'preference', tags: ['drinks'], importance: 0.7, source: 'user', confidence: 0.6 });
    const done = await executor.execute(createClassificationResult(memory, 'add', []), vector);
    expect(done).toEqual({ action: 'added', memoryId: expect.any(String), supersededIds: [], conflictIds: [], failures: [] });
    const saved = await vectorStore.getById('u1', done.memoryId);
    expect(saved?.memory).toEqual({ ...memory, firstSeen: now, lastSeen: now });
    expect(saved?.memory).toMatchObject({ mentionCount: 1, archived: false });
    expect(saved?.memory.supersededBy).toBeUndefined();
  });

  it('keeps the dates a memory already has', async () => {
    const { vectorStore, executor } = setup();
    const firstSeen = new Date('2023-01-01T00:00:00Z');
    const done = await executor.execute(createClassificationResult(fact('x', { firstSeen, lastSeen: firstSeen }), 'add', []), vector);
    expect((await vectorStore.getById('u1', done.memoryId))?.memory).toMatchObject({ firstSeen, lastSeen: firstSeen });
  });

  it('archives superseded memories, in order, superseded by the new id, only after storing it', async () => {
    const { vectorStore, executor } = setup();
    const olds = [await stored(vectorStore, 'a'), await stored(vectorStore, 'b'), await stored(vectorStore, 'c')];
    const order: string[] = [];
    const add = vectorStore.add.bind(vectorStore);
    const archive = vectorStore.archiveMemory.bind(vectorStore);
    jest.spyOn(vectorStore, 'add').mockImplementation(async (...args) => {
      order.push('add');
      return add(...args);
    });
    jest.spyOn(vectorStore, 'archiveMemory').mockImplementation(async (userId, id, by) => {
      order.push(`archive ${id}`);
      return archive(userId, id, by);
    });
    const done = await executor.execute(
      createClassificationResult(
        fact('d'),
        'add',
        olds.map((old) => result(old, 'superseded')),
      ),
      vector,
    );
    expect(order).toEqual(['add', ...olds.map((old) => `archive ${old.id}`)]);
    expect(done.supersededIds).toEqual(olds.map((old) => old.id));
    for (const old of olds)
      expect((await vectorStore.getById('u1', old.id))?.memory).toMatchObject({ archived: true, supersededBy: done.memoryId });
  });

  it('does not archive anything when storing the new memory fails', async () => {
    const { vectorStore, executor } = setup();
    const old = await stored(vectorStore, 'a');
    jest.spyOn(vectorStore, 'add').mockRejectedValueOnce(new Error('disk full'));
    await expect(executor.execute(createClassificationResult(fact('b'), 'add', [result(old, 'superseded')]), vector)).rejects.toThrow(
      'disk full',
    );
    expect((await vectorStore.getById('u1', old.id))?.memory.archived).toBe(false);
  });

  it('reports each superseded memory it could not archive instead of ignoring it', async () => {
    const { vectorStore, executor } = setup();
    const [gone, failing, fine] = [await stored(vectorStore, 'a'), await stored(vectorStore, 'b'), await stored(vectorStore, 'c')];
    await vectorStore.deleteMemory('u1', gone.id);
    const archive = vectorStore.archiveMemory.bind(vectorStore);
    jest.spyOn(vectorStore, 'archiveMemory').mockImplementation(async (userId, id, by) => {
      if (id === failing.id) throw new Error('timeout');
      return archive(userId, id, by);
    });
    const done = await executor.execute(
      createClassificationResult(fact('d'), 'add', [result(gone, 'superseded'), result(failing, 'superseded'), result(fine, 'superseded')]),
      vector,
    );
    expect(done.supersededIds).toEqual([fine.id]);
    expect(done.failures).toEqual([
      { memoryId: gone.id, operation: 'archive', reason: 'not_found', message: expect.any(String) },
      { memoryId: failing.id, operation: 'archive', reason: 'error', message: 'timeout', error: expect.any(Error) },
    ]);
  });

  it('counts a duplicate as a mention: mentionCount + 1 (the original wrote "+1"), lastSeen now, confidence recomputed', async () => {
    const { vectorStore, executor } = setup();
    const old = await stored(vectorStore, 'I like tea', {
      firstSeen: new Date('2024-01-01T12:00:00Z'),
      lastSeen: new Date('2024-01-01T12:00:00Z'),
    });
    const addSpy = jest.spyOn(vectorStore, 'add');
    const done = await executor.execute(createClassificationResult(fact('I like tea'), 'skip', [result(old, 'same')]), vector);
    expect(done).toEqual({ action: 'duplicate', memoryId: old.id, duplicateOf: old.id, supersededIds: [], conflictIds: [], failures: [] });
    expect(addSpy).not.toHaveBeenCalled();
    const saved = (await vectorStore.getById('u1', old.id))?.memory;
    expect(saved?.mentionCount).toBe(2);
    expect(saved?.lastSeen).toEqual(now);
    expect(saved?.confidence).toBe(0.7 * (1 + 60 / 900)); // two mentions 60 days apart
  });

  it('never lowers a confidence the caller set', async () => {
    const { vectorStore, executor } = setup();
    const old = await stored(vectorStore, 'x', { confidence: 0.9 });
    await executor.execute(createClassificationResult(fact('x'), 'skip', [result(old, 'same')]), vector);
    expect((await vectorStore.getById('u1', old.id))?.memory.confidence).toBe(0.9);
  });

  it('stores the statement after all when its duplicate vanished', async () => {
    const { vectorStore, executor } = setup();
    const old = await stored(vectorStore, 'x');
    await vectorStore.deleteMemory('u1', old.id);
    const done = await executor.execute(createClassificationResult(fact('x'), 'skip', [result(old, 'same')]), vector);
    expect(done.action).toBe('added');
    expect(done.failures).toEqual([{ memoryId: old.id, operation: 'update', reason: 'not_found', message: expect.any(String) }]);
    expect(await vectorStore.getById('u1', done.memoryId)).not.toBeNull();
  });

  it('stores a contradicting memory whole but held, and records a conflict pointing at its real id', async () => {
    const { vectorStore, conflictStore, executor } = setup();
    const old = await stored(vectorStore, 'I live in London', { importance: 0.8 });
    const memory = fact('I live in Paris', {
      tags: ['home'],
      importance: 0.6,
      source: 'user',
      confidence: 0.7,
      validUntil: new Date('2030-01-01T00:00:00Z'),
    });
    const done = await executor.execute(
      createClassificationResult(memory, 'conflict', [
        result({ ...old, score: 1.0000001 }, 'conflict', {
          category: 'location',
          clarificationHint: 'Where do you currently live?',
          avgImportance: 0.7,
          detectionMethod: 'llm',
        }),
      ]),
      vector,
    );
    expect(done).toMatchObject({ action: 'conflict', supersededIds: [], conflictIds: [expect.any(String)] });
    const held = await vectorStore.getById('u1', done.memoryId);
    expect(held?.memory).toEqual({ ...memory, tags: ['home', PENDING_CONFLICT_TAG], archived: true, firstSeen: now, lastSeen: now });
    const conflict = await conflictStore.getConflict('u1', done.conflictIds[0] ?? '');
    expect(conflict).toMatchObject({
      memoryAId: old.id,
      memoryBId: done.memoryId,
      category: 'location',
      similarityScore: 1,
      avgImportance: 0.7,
      clarificationHint: 'Where do you currently live?',
      status: 'pending',
      metadata: {
        memoryAText: 'I live in London',
        memoryBText: 'I live in Paris',
        detectionMethod: 'llm',
        reason: 'test conflict',
        pendingSupersedes: [],
      },
    });
  });

  it('uses the classifier defaults when a conflict result lacks metadata', async () => {
    const { vectorStore, conflictStore, executor } = setup();
    const old = await stored(vectorStore, 'a', { importance: 0.4 });
    const done = await executor.execute(
      createClassificationResult(fact('b', { importance: 0.6 }), 'conflict', [result(old, 'conflict')]),
      vector,
    );
    expect(await conflictStore.getConflict('u1', done.conflictIds[0] ?? '')).toMatchObject({
      category: 'factual',
      clarificationHint: 'Which of these statements is more accurate or current?',
      avgImportance: 0.5,
    });
  });

  it('removes the held memory when the conflict cannot be recorded', async () => {
    const { vectorStore, conflictStore, executor } = setup();
    const old = await stored(vectorStore, 'a');
    jest.spyOn(conflictStore, 'addConflict').mockRejectedValueOnce(new Error('db down'));
    const deleteSpy = jest.spyOn(vectorStore, 'deleteMemory');
    await expect(executor.execute(createClassificationResult(fact('b'), 'conflict', [result(old, 'conflict')]), vector)).rejects.toThrow(
      'db down',
    );
    expect(deleteSpy).toHaveBeenCalledTimes(1);
    expect(vectorStore.size).toBe(1);
  });

  it('rejects an unknown outcome and a skip without a duplicate', async () => {
    const { executor } = setup();
    await expect(executor.execute(createClassificationResult(fact('x'), 'unknown_outcome' as 'add', []), vector)).rejects.toMatchObject({
      code: 'VALIDATION_ERROR',
    });
    await expect(executor.execute(createClassificationResult(fact('x'), 'skip', []), vector)).rejects.toMatchObject({
      code: 'VALIDATION_ERROR',
    });
  });
});
