import { InMemoryConflictStore } from '@casual-memory/memory-conflicts';
import { InMemoryVectorStore } from '@casual-memory/memory-vector';
import { PENDING_CONFLICT_TAG } from '../src/execution/reserved-tags';
import { MemoryService } from '../src/service/memory-service';
import type { ServiceEvent } from '../src/service/service-event';
import { TEST_DIMENSIONS, topicEmbedding } from './helpers/rule-providers';
import { ruleService } from './helpers/service';

// The original's service tests (tests/test_memory_service.py and the in-memory integration scenarios,
// REFERENCE.md §5.2-5.3, §7) on the in-memory stores, and one test per fix of issue 10.
const u1 = (text: string, extra = {}) => ({ text, type: 'fact' as const, userId: 'u1', ...extra });

describe('MemoryService.add', () => {
  it('adds a first memory and returns the pinned result shape', async () => {
    const { service } = ruleService();
    const result = await service.add(u1('I live in London'));
    expect(Object.keys(result).sort()).toEqual([
      'action',
      'calls',
      'conflictIds',
      'decisions',
      'failures',
      'memoryId',
      'resolvedConflictIds',
      'supersededIds',
      'timings',
    ]);
    expect(result).toMatchObject({
      action: 'added',
      supersededIds: [],
      conflictIds: [],
      resolvedConflictIds: [],
      decisions: [],
      calls: { embedding: 1, nli: 0, llm: 0 },
    });
    expect(Object.keys(result.timings).sort()).toEqual(['classify', 'embedding', 'execute', 'queue', 'search', 'total']);
    for (const value of Object.values(result.timings)) expect(value).toBeGreaterThanOrEqual(0);
  });

  it('calls the same text again a duplicate of the first memory', async () => {
    const { service, vectorStore } = ruleService();
    const first = await service.add(u1('I like coffee'));
    const again = await service.add(u1('I like coffee'));
    expect(again).toMatchObject({ action: 'duplicate', memoryId: first.memoryId, duplicateOf: first.memoryId });
    expect(again.decisions).toEqual([
      {
        memoryId: first.memoryId,
        score: expect.any(Number),
        outcome: 'same',
        classifier: 'nli',
        confidence: 0.99,
        reason: expect.any(String),
      },
    ]);
    expect(again.calls).toEqual({ embedding: 1, nli: 1, llm: 0 });
    expect(vectorStore.size).toBe(1);
  });

  it('lets a refinement supersede the earlier memory', async () => {
    const { service, vectorStore } = ruleService();
    const engineer = await service.add(u1('I work as an engineer', { confidence: 0.6 }));
    const senior = await service.add(u1('I work as a senior software engineer at Google', { confidence: 0.8 }));
    expect(senior).toMatchObject({ action: 'added', supersededIds: [engineer.memoryId] });
    expect((await vectorStore.getById('u1', engineer.memoryId))?.memory).toMatchObject({ archived: true, supersededBy: senior.memoryId });
  });

  it('records a contradiction as a conflict with its category', async () => {
    const { service } = ruleService();
    await service.add(u1('I live in London', { confidence: 0.7 }));
    const paris = await service.add(u1('I live in Paris', { confidence: 0.7 }));
    expect(paris).toMatchObject({ action: 'conflict', conflictIds: [expect.any(String)] });
    const pending = await service.getPendingConflicts('u1');
    expect(pending).toHaveLength(1);
    expect(pending[0]).toMatchObject({
      category: 'location',
      memoryBId: paris.memoryId,
      clarificationHint: 'Where do you currently live?',
    });
  });

  it('auto-resolves by confidence: a confident new job supersedes, a weak one counts as the old', async () => {
    const { service } = ruleService();
    const teacher = await service.add(u1('I work as a teacher', { confidence: 0.5 }));
    const doctor = await service.add(u1('I work as a doctor', { confidence: 0.9 }));
    expect(doctor).toMatchObject({ action: 'added', supersededIds: [teacher.memoryId] });
    expect(doctor.decisions[0]).toMatchObject({ outcome: 'superseded', classifier: 'auto_resolution' });

    const other = ruleService().service;
    const sure = await other.add(u1('I work as a teacher', { confidence: 0.9 }));
    expect(await other.add(u1('I work as a doctor', { confidence: 0.4 }))).toMatchObject({ action: 'duplicate', memoryId: sure.memoryId });
  });

  it('treats an explicit change as an update, not a conflict', async () => {
    const { service } = ruleService();
    const london = await service.add(u1('I live in London'));
    expect(await service.add(u1('I moved to Paris'))).toMatchObject({ action: 'added', supersededIds: [london.memoryId] });
  });

  it('forwards the similarity threshold and limit, per service and per call', async () => {
    const { service, vectorStore } = ruleService({ similarityThreshold: 0.9, maxSimilar: 10 });
    const spy = jest.spyOn(vectorStore, 'findSimilarMemories');
    await service.add(u1('I like tea'));
    expect(spy).toHaveBeenLastCalledWith('u1', expect.any(Float32Array), { threshold: 0.9, limit: 10, excludeArchived: true });
    await service.add(u1('I like tea'), { similarityThreshold: 0.5, maxSimilar: 2 });
    expect(spy).toHaveBeenLastCalledWith('u1', expect.any(Float32Array), { threshold: 0.5, limit: 2, excludeArchived: true });
  });

  it('lets an embedding failure reject the add, storing nothing', async () => {
    const { service, vectorStore, embedding } = ruleService();
    jest.spyOn(embedding, 'embedDocuments').mockRejectedValueOnce(new Error('model down'));
    await expect(service.add(u1('I like tea'))).rejects.toThrow('model down');
    expect(vectorStore.size).toBe(0);
  });

  it('rejects invalid memories, reserved tags and archived input', async () => {
    const { service, vectorStore } = ruleService();
    await expect(service.add({ text: '', type: 'fact', userId: 'u1' })).rejects.toMatchObject({ code: 'VALIDATION_ERROR' });
    await expect(service.add(u1('x', { tags: [PENDING_CONFLICT_TAG] }))).rejects.toMatchObject({
      code: 'VALIDATION_ERROR',
      path: 'memory.tags[0]',
    });
    await expect(service.add(u1('x', { archived: true }))).rejects.toMatchObject({ code: 'VALIDATION_ERROR' });
    await expect(service.add(u1('x'), { maxSimilar: -1 })).rejects.toMatchObject({ code: 'VALIDATION_ERROR' });
    expect(vectorStore.size).toBe(0);
  });
});

describe('fixes of issue 10', () => {
  it('embeds once per add (the original embedded the text twice)', async () => {
    const { service, embedding } = ruleService();
    await service.add(u1('I live in London'));
    await service.add(u1('I live in Paris'));
    await service.add(u1('I live in Paris'));
    expect(embedding.documentCalls).toEqual([['I live in London'], ['I live in Paris'], ['I live in Paris']]);
  });

  it("compares a new memory only with its own user's memories", async () => {
    const { service, vectorStore } = ruleService();
    const spy = jest.spyOn(vectorStore, 'findSimilarMemories');
    const theirs = await service.add({ text: 'I live in London', type: 'fact', userId: 'u2' });
    const mine = await service.add(u1('I live in London'));
    expect(mine.action).toBe('added');
    expect(mine.memoryId).not.toBe(theirs.memoryId);
    expect(spy.mock.calls.map(([userId]) => userId)).toEqual(['u2', 'u1']);
  });

  it('really counts mentions of a duplicate, sets lastSeen and recomputes confidence', async () => {
    let clock = new Date('2024-01-01T10:00:00Z');
    const { service, vectorStore } = ruleService({ now: () => clock });
    const first = await service.add(u1('I like coffee'));
    clock = new Date('2024-01-02T10:00:00Z');
    await service.add(u1('I like coffee'));
    clock = new Date('2024-01-03T10:00:00Z');
    await service.add(u1('I like coffee'));
    const memory = (await vectorStore.getById('u1', first.memoryId))?.memory;
    expect(memory).toMatchObject({ mentionCount: 3, lastSeen: clock, firstSeen: new Date('2024-01-01T10:00:00Z') });
    expect(memory?.confidence).toBe(0.8 * (1 + 2 / 900));
  });

  it('serialises one user’s writes: 50 parallel identical adds give one memory mentioned 50 times', async () => {
    const { service, vectorStore } = ruleService();
    const results = await Promise.all(Array.from({ length: 50 }, () => service.add(u1('I like coffee'))));
    expect(vectorStore.size).toBe(1);
    const id = results[0]?.memoryId ?? '';
    expect(results.filter((result) => result.action === 'added')).toHaveLength(1);
    expect(new Set(results.map((result) => result.memoryId))).toEqual(new Set([id]));
    expect((await vectorStore.getById('u1', id))?.memory).toMatchObject({ mentionCount: 50, confidence: 0.95 });
  });

  it('loses no update under parallel different adds', async () => {
    const { service, vectorStore } = ruleService();
    const texts = ['I like coffee', 'I like tea', 'I went to the dentist'];
    await Promise.all(Array.from({ length: 30 }, (_, index) => service.add(u1(texts[index % 3] ?? ''))));
    const hits = await service.query('u1', 'coffee tea dentist', { topK: 10, minScore: -1 });
    expect(hits.map((hit) => [hit.memory.text, hit.memory.mentionCount]).sort()).toEqual([
      ['I like coffee', 10],
      ['I like tea', 10],
      ['I went to the dentist', 10],
    ]);
    expect(vectorStore.size).toBe(3);
  });

  it('keeps a contradicting memory whole but out of query until resolved; the conflict points at its id', async () => {
    const { service, vectorStore } = ruleService();
    const london = await service.add(u1('I live in London', { tags: ['home'] }));
    const validUntil = new Date('2099-01-01T00:00:00Z');
    const paris = await service.add(
      u1('I live in Paris', { tags: ['home', 'france'], importance: 0.9, source: 'user', confidence: 0.6, validUntil }),
    );
    expect(paris.action).toBe('conflict');
    const held = await vectorStore.getById('u1', paris.memoryId);
    expect(held?.memory).toMatchObject({ text: 'I live in Paris', importance: 0.9, source: 'user', confidence: 0.6, validUntil });
    expect((await service.getPendingConflicts('u1'))[0]).toMatchObject({ memoryAId: london.memoryId, memoryBId: paris.memoryId });
    const texts = async (filter = {}) =>
      (await service.query('u1', 'I live in Paris', { minScore: 0, filter })).map((hit) => hit.memory.text);
    expect(await texts()).toEqual(['I live in London']);
    expect(await texts({ includeArchived: true })).toEqual(['I live in London']);
  });

  it('counts a repeated contradicting statement as a mention of the held memory, not a second conflict', async () => {
    const { service, vectorStore } = ruleService();
    await service.add(u1('I live in London'));
    const paris = await service.add(u1('I live in Paris'));
    const again = await service.add(u1('I live in Paris'));
    expect(again).toMatchObject({ action: 'duplicate', memoryId: paris.memoryId, duplicateOf: paris.memoryId, conflictIds: [] });
    expect(await service.getPendingConflicts('u1')).toHaveLength(1);
    expect((await vectorStore.getById('u1', paris.memoryId))?.memory).toMatchObject({ mentionCount: 2, archived: true });
    // A different contradiction still opens its own conflict.
    expect((await service.add(u1('I live in Rome'))).action).toBe('conflict');
    expect(await service.getPendingConflicts('u1')).toHaveLength(2);
  });

  describe('resolveConflict', () => {
    async function conflictSetup() {
      const setup = ruleService();
      const london = await setup.service.add(u1('I live in London', { tags: ['home'] }));
      const paris = await setup.service.add(u1('I live in Paris', { tags: ['city'] }));
      const conflictId = paris.conflictIds[0] ?? '';
      const current = async () =>
        (await setup.service.query('u1', 'where I live', { minScore: 0, topK: 10 })).map((hit) => hit.memory.text).sort();
      return { ...setup, londonId: london.memoryId, parisId: paris.memoryId, conflictId, current };
    }

    it('keep_a: the new memory is archived as rejected, the old one stays', async () => {
      const { service, vectorStore, conflictId, londonId, parisId, current } = await conflictSetup();
      const result = await service.resolveConflict('u1', conflictId, 'keep_a');
      expect(result).toMatchObject({ applied: true, decision: 'keep_a', currentIds: [londonId], archivedIds: [parisId], failures: [] });
      expect(await current()).toEqual(['I live in London']);
      expect((await vectorStore.getById('u1', parisId))?.memory).toMatchObject({ archived: true, supersededBy: londonId });
      expect(await service.conflictStore.getConflict('u1', conflictId)).toMatchObject({
        status: 'resolved',
        winningMemoryId: londonId,
        resolvedBy: 'u1',
        resolutionType: 'manual',
      });
      const history = await service.history('u1');
      expect(history).toMatchObject([
        { id: parisId, reason: 'rejected', supersededBy: londonId, memory: { text: 'I live in Paris', tags: ['city'] } },
      ]);
      expect(history[0]?.supersededByMemory?.memory.text).toBe('I live in London');
    });

    it('keep_b: the old memory is archived, superseded by the new, which becomes current', async () => {
      const { service, vectorStore, conflictId, londonId, parisId, current } = await conflictSetup();
      const result = await service.resolveConflict('u1', conflictId, {
        decision: 'keep_b',
        resolutionType: 'conversational',
        notes: 'said so',
      });
      expect(result).toMatchObject({ applied: true, currentIds: [parisId], archivedIds: [londonId] });
      expect(await current()).toEqual(['I live in Paris']);
      const paris = (await vectorStore.getById('u1', parisId))?.memory;
      expect(paris).toMatchObject({ archived: false, tags: ['city'] });
      expect(paris?.supersededBy).toBeUndefined();
      expect(await service.history('u1')).toMatchObject([{ id: londonId, reason: 'superseded', supersededBy: parisId }]);
      expect(await service.getPendingConflicts('u1')).toEqual([]);
    });

    it('merge: a memory with the confirmed text supersedes both', async () => {
      const { service, vectorStore, conflictId, londonId, parisId, current } = await conflictSetup();
      const result = await service.resolveConflict('u1', conflictId, {
        decision: 'merge',
        confirmingMemoryText: 'I live in London and work in Paris',
      });
      expect(result).toMatchObject({ applied: true, mergedMemoryId: expect.any(String), archivedIds: [londonId, parisId] });
      expect(await current()).toEqual(['I live in London and work in Paris']);
      const merged = (await vectorStore.getById('u1', result.mergedMemoryId ?? ''))?.memory;
      expect(merged?.tags.sort()).toEqual(['city', 'home']);
      for (const id of [londonId, parisId]) expect((await vectorStore.getById('u1', id))?.memory.supersededBy).toBe(result.mergedMemoryId);
      await expect(service.resolveConflict('u1', conflictId, { decision: 'merge' })).rejects.toMatchObject({ code: 'VALIDATION_ERROR' });
    });

    it('both_valid: both memories are current', async () => {
      const { service, conflictId, londonId, parisId, current } = await conflictSetup();
      expect(await service.resolveConflict('u1', conflictId, 'both_valid')).toMatchObject({
        applied: true,
        currentIds: [londonId, parisId],
        archivedIds: [],
      });
      expect(await current()).toEqual(['I live in London', 'I live in Paris']);
    });

    it('applies once when resolved twice or concurrently', async () => {
      const { service, vectorStore, conflictId } = await conflictSetup();
      const racing = await Promise.all([
        service.resolveConflict('u1', conflictId, { decision: 'merge', confirmingMemoryText: 'I live between London and Paris' }),
        service.resolveConflict('u1', conflictId, { decision: 'merge', confirmingMemoryText: 'I live between London and Paris' }),
        service.resolveConflict('u1', conflictId, 'keep_a'),
      ]);
      expect(racing.map((result) => result.applied)).toEqual([true, false, false]);
      expect(vectorStore.size).toBe(3);
      expect((await service.resolveConflict('u1', conflictId, 'keep_b')).applied).toBe(false);
    });

    it("applies once when another process claims the conflict first: the other process's decision", async () => {
      const { service, conflictStore, conflictId, current } = await conflictSetup();
      // Another process resolves between our read and our claim.
      const getConflict = conflictStore.getConflict.bind(conflictStore);
      jest.spyOn(conflictStore, 'getConflict').mockImplementationOnce(async (userId, id) => {
        const seen = await getConflict(userId, id);
        await conflictStore.resolveConflict(userId, id, {
          conflictId: id,
          decision: 'keep_a',
          resolutionType: 'manual',
          resolvedBy: 'other-process',
        });
        return seen;
      });
      // Its claim is not applied yet, so this call finishes it, with its decision.
      expect(await service.resolveConflict('u1', conflictId, 'keep_b')).toMatchObject({ applied: true, resumed: true, decision: 'keep_a' });
      expect(await current()).toEqual(['I live in London']);
      expect(await service.resolveConflict('u1', conflictId, 'keep_b')).toMatchObject({ applied: false, complete: true });
    });

    it("rejects an unknown conflict, another user's conflict and a bad decision", async () => {
      const { service, conflictId } = await conflictSetup();
      await expect(service.resolveConflict('u1', 'nope', 'keep_a')).rejects.toMatchObject({ code: 'NOT_FOUND' });
      await expect(service.resolveConflict('u2', conflictId, 'keep_a')).rejects.toMatchObject({ code: 'NOT_FOUND' });
      await expect(service.resolveConflict('u1', conflictId, 'keep_both' as 'keep_a')).rejects.toMatchObject({ code: 'VALIDATION_ERROR' });
    });

    it('reports a memory deleted meanwhile instead of failing', async () => {
      const { service, vectorStore, conflictId, parisId } = await conflictSetup();
      await vectorStore.deleteMemory('u1', parisId);
      const result = await service.resolveConflict('u1', conflictId, 'keep_b');
      expect(result.applied).toBe(true);
      expect(result.failures).toEqual([{ memoryId: parisId, operation: 'update', reason: 'not_found', message: expect.any(String) }]);
    });

    it('escalates a conflict, which stays pending', async () => {
      const { service, conflictId } = await conflictSetup();
      expect(await service.escalateConflict('u1', conflictId)).toBe(true);
      expect(await service.getPendingConflicts('u1')).toMatchObject([{ id: conflictId, status: 'escalated', resolutionAttempts: 1 }]);
      expect(await service.escalateConflict('u2', conflictId)).toBe(false);
    });

    it('archives what the held memory superseded once it becomes current', async () => {
      const { service, vectorStore, conflictStore } = ruleService();
      const london = await service.add(u1('I live in London'));
      const paris = await service.add(u1('I live in Paris'));
      // Simulate a classification that both superseded and contradicted: set pendingSupersedes by hand.
      const conflict = (await service.getPendingConflicts('u1'))[0];
      const extra = await vectorStore.add(new Float32Array(TEST_DIMENSIONS).fill(1), {
        text: 'I live near a river',
        type: 'fact',
        userId: 'u1',
      });
      jest
        .spyOn(conflictStore, 'getConflict')
        .mockResolvedValueOnce({ ...(conflict as NonNullable<typeof conflict>), metadata: { pendingSupersedes: [extra] } });
      const result = await service.resolveConflict('u1', paris.conflictIds[0] ?? '', 'keep_b');
      expect(result.archivedIds).toEqual([london.memoryId, extra]);
      expect((await vectorStore.getById('u1', extra))?.memory.supersededBy).toBe(paris.memoryId);
    });
  });

  it('filters expired memories before topK (the original cut to topK first) and returns ids and scores', async () => {
    const { service, vectorStore, embedding } = ruleService();
    const past = new Date('2020-01-01T00:00:00Z');
    const [vector] = await embedding.embedDocuments(['I went to the dentist']);
    for (let i = 0; i < 5; i++)
      await vectorStore.add(vector ?? [], { text: 'I went to the dentist', type: 'event', userId: 'u1', validUntil: past });
    const live = await service.add(u1('I have a dentist appointment soon', { type: 'event' }));
    const hits = await service.query('u1', 'I went to the dentist', { topK: 1, minScore: 0 });
    expect(hits).toEqual([
      { id: live.memoryId, score: expect.any(Number), memory: expect.objectContaining({ text: 'I have a dentist appointment soon' }) },
    ]);
    expect(await service.query('u1', 'I went to the dentist', { topK: 10, minScore: 0, filter: { includeExpired: true } })).toHaveLength(6);
  });

  it('queries with the defaults (topK 5, minScore 0.75), embedding the query once', async () => {
    const { service, vectorStore, embedding } = ruleService();
    await service.add(u1('I like tea'));
    const spy = jest.spyOn(vectorStore, 'search');
    expect((await service.query('u1', 'I like tea')).map((hit) => hit.memory.text)).toEqual(['I like tea']);
    // topK 5 is what the caller gets; the store is asked for 10 more, so facts about the one asked about can move up.
    expect(spy).toHaveBeenCalledWith('u1', expect.any(Float32Array), { topK: 15, minScore: 0.75, filter: {} });
    expect(embedding.queryCalls).toEqual(['I like tea']);
    expect(await service.query('u2', 'I like tea')).toEqual([]);
    await expect(service.query('u1', '  ')).rejects.toMatchObject({ code: 'VALIDATION_ERROR' });
  });

  it('lists archived memories with what superseded them, newest first', async () => {
    let clock = new Date('2024-01-01T00:00:00Z');
    const { service } = ruleService({ now: () => clock });
    const engineer = await service.add(u1('I work as an engineer'));
    const london = await service.add(u1('I live in London'));
    clock = new Date('2024-02-01T00:00:00Z');
    const senior = await service.add(u1('I work as a senior engineer'));
    const paris = await service.add(u1('I moved to Paris'));
    const history = await service.history('u1');
    expect(history.map((entry) => [entry.id, entry.supersededBy, entry.supersededByMemory?.id, entry.reason])).toEqual(
      expect.arrayContaining([
        [engineer.memoryId, senior.memoryId, senior.memoryId, 'superseded'],
        [london.memoryId, paris.memoryId, paris.memoryId, 'superseded'],
      ]),
    );
    expect(history).toHaveLength(2);
    expect(await service.history('u1', { limit: 1 })).toHaveLength(1);
    expect(await service.history('u2')).toEqual([]);
  });
});

describe('observability and options', () => {
  it('sends one span-like event per stage and ignores a handler that throws', async () => {
    const events: ServiceEvent[] = [];
    const { service } = ruleService({
      onEvent: (event) => {
        events.push(event);
        throw new Error('observer bug');
      },
    });
    await service.add(u1('I like tea'));
    await service.query('u1', 'tea');
    expect(events.map((event) => event.name)).toEqual([
      'casual_memory.embed',
      'casual_memory.search',
      'casual_memory.classify',
      'casual_memory.execute',
      'casual_memory.add',
      'casual_memory.query',
    ]);
    const add = events[4];
    expect(add).toMatchObject({ status: 'ok', attributes: { 'user.id': 'u1', action: 'added', 'calls.embedding': 1 } });
    expect(add?.endTime).toBeGreaterThanOrEqual(add?.startTime ?? Number.NaN);
    expect(add?.durationMs).toBeGreaterThanOrEqual(0);
  });

  it('reports a failed stage as an error event', async () => {
    const events: ServiceEvent[] = [];
    const { service, vectorStore } = ruleService({ onEvent: (event) => events.push(event) });
    jest.spyOn(vectorStore, 'findSimilarMemories').mockRejectedValueOnce(new Error('store down'));
    await expect(service.add(u1('I like tea'))).rejects.toThrow('store down');
    expect(events.filter((event) => event.status === 'error').map((event) => [event.name, event.error])).toEqual([
      ['casual_memory.search', 'VectorMemoryStore.findSimilarMemories failed: store down'],
      ['casual_memory.add', 'VectorMemoryStore.findSimilarMemories failed: store down'],
    ]);
  });

  it('checks its options strictly', () => {
    const vectorStore = new InMemoryVectorStore({ dimensions: TEST_DIMENSIONS });
    const conflictStore = new InMemoryConflictStore();
    expect(() => new MemoryService({ vectorStore, conflictStore, similarityTreshold: 0.9 } as never)).toThrow(/similarityTreshold/);
    expect(() => new MemoryService({ vectorStore } as never)).toThrow(expect.objectContaining({ code: 'VALIDATION_ERROR' }));
    expect(() => new MemoryService({ vectorStore, conflictStore, strategy: 'some' as 'all' })).toThrow(
      expect.objectContaining({ code: 'VALIDATION_ERROR' }),
    );
    const wrongSize = { ...topicEmbedding(), dimensions: 8 };
    expect(() => new MemoryService({ vectorStore, conflictStore, embedding: wrongSize })).toThrow(/8-d/);
  });

  it('exposes the metrics of its pipeline and classifiers', async () => {
    const { service } = ruleService();
    await service.add(u1('I like tea'));
    await service.add(u1('I like tea'));
    expect(service.getMetrics()).toMatchObject({
      pipeline: { strategy: 'all', classifiers: ['nli', 'conflict', 'duplicate', 'auto_resolution'] },
      classifiers: { nli: { nliPredictions: 1 } },
    });
  });

  it('runs with nothing but the two stores (offline defaults)', async () => {
    const service = new MemoryService({
      vectorStore: new InMemoryVectorStore({ dimensions: 64 }),
      conflictStore: new InMemoryConflictStore(),
    });
    const first = await service.add(u1('I live in London'));
    expect(await service.add(u1('I live in London'))).toMatchObject({ action: 'duplicate', memoryId: first.memoryId });
  });
});
