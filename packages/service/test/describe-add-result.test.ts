import { InMemoryConflictStore } from '@casual-memory/memory-conflicts';
import { InMemoryVectorStore } from '@casual-memory/memory-vector';
import { describeAddResult } from '../src';
import { MemoryService } from '../src/service/memory-service';

function setup() {
  const service = new MemoryService({
    vectorStore: new InMemoryVectorStore({ dimensions: 384 }),
    conflictStore: new InMemoryConflictStore(),
  });
  const lookup = {
    memory: (id: string) => service.vectorStore.getById('u1', id),
    conflict: (id: string) => service.conflictStore.getConflict('u1', id),
  };
  const remember = async (text: string) => describeAddResult(await service.add({ text, type: 'fact', userId: 'u1' }), text, lookup);
  return { service, lookup, remember };
}

describe('describeAddResult', () => {
  it('says what was added, what it duplicates (with the mention count) and what it supersedes, with reasons', async () => {
    const { remember } = setup();
    const london = await remember('I live in London');
    expect(london).toMatchObject({ action: 'added', text: 'I live in London', supersedes: [], duplicateOf: null, conflicts: [] });
    expect(london.lines).toEqual([`added #${london.memoryId} "I live in London"`]);

    const again = await remember('I live in London');
    expect(again.duplicateOf).toMatchObject({ id: london.memoryId, text: 'I live in London', mentionCount: 2 });
    expect(again.lines[0]).toBe(`duplicate of #${london.memoryId} "I live in London" (mentioned 2 times)`);

    const lisbon = await remember('I moved to Lisbon');
    expect(lisbon.supersedes).toEqual([{ id: london.memoryId, text: 'I live in London', reason: expect.stringMatching(/moved/) }]);
    expect(lisbon.lines).toEqual([
      `added #${lisbon.memoryId} "I moved to Lisbon"`,
      `  supersedes #${london.memoryId} "I live in London": ${lisbon.supersedes[0]?.reason}`,
    ]);
  });

  it('names the closest memory an added statement was compared with and left current, with why', async () => {
    const { remember } = setup();
    const london = await remember('I live in London');
    const sister = await remember('My sister lives in Boston');
    expect(sister.keptBeside).toMatchObject({ id: london.memoryId, text: 'I live in London', reason: expect.stringMatching(/sister/) });
    expect(sister.keptBeside?.score).toBeGreaterThan(0);
    expect(sister.lines).toEqual([
      `added #${sister.memoryId} "My sister lives in Boston"`,
      `  kept beside #${london.memoryId} "I live in London" (similarity ${sister.keptBeside?.score.toFixed(2)}): ${sister.keptBeside?.reason}`,
    ]);
    // Nothing compared, or a memory it replaced: no such line.
    const lisbon = await remember('I moved to Lisbon');
    expect(lisbon.keptBeside).toBeNull();
    expect(lisbon.lines.some((line) => line.includes('kept beside'))).toBe(false);
  });

  it('names both sides of a contradiction with the question to ask, and the next step when given one', async () => {
    const { service, lookup, remember } = setup();
    const london = await remember('I live in London');
    const result = await service.add({ text: 'I live in Paris', type: 'fact', userId: 'u1' });
    const described = await describeAddResult(result, 'I live in Paris', lookup, { nextStep: (id) => `settle ${id}` });
    expect(described.action).toBe('conflict');
    const [conflict] = described.conflicts;
    expect(conflict).toMatchObject({
      id: result.conflictIds[0],
      question: 'Where do you currently live?',
      memoryA: { id: london.memoryId, text: 'I live in London' },
      memoryB: { id: result.memoryId, text: 'I live in Paris' },
    });
    expect(described.lines[0]).toBe(`conflict #${conflict?.id}: "I live in Paris" contradicts #${london.memoryId} "I live in London"`);
    expect(described.lines).toContain('  ask the user: Where do you currently live?');
    expect(described.lines).toContain(`  then: settle ${conflict?.id}`);
    expect(described.lines.at(-1)).toBe(`  the new statement, #${result.memoryId}, is kept out of recall until then`);
  });

  it('ends with what the add could not do to other memories, as warnings', async () => {
    const vectorStore = new InMemoryVectorStore({ dimensions: 384 });
    // The store refuses to archive: the superseded memory stays, and the add reports it.
    vectorStore.archiveMemory = () => Promise.reject(new Error('the disk is full'));
    const service = new MemoryService({ vectorStore, conflictStore: new InMemoryConflictStore() });
    await service.add({ text: 'I live in London', type: 'fact', userId: 'u1' });
    const lisbon = await service.add({ text: 'I moved to Lisbon', type: 'fact', userId: 'u1' });
    expect(lisbon.failures).toHaveLength(1);
    const described = await describeAddResult(lisbon, 'I moved to Lisbon', {
      memory: (id) => vectorStore.getById('u1', id),
      conflict: (id) => service.conflictStore.getConflict('u1', id),
    });
    expect(described.warnings).toEqual([lisbon.failures[0]?.message]);
    expect(described.warnings[0]).toMatch(/disk is full/);
    expect(described.lines.at(-1)).toBe(`  warning: ${described.warnings[0]}`);
  });

  it('gives a memory deleted since the add an empty text rather than failing', async () => {
    const { service, lookup } = setup();
    const london = await service.add({ text: 'I live in London', type: 'fact', userId: 'u1' });
    const lisbon = await service.add({ text: 'I moved to Lisbon', type: 'fact', userId: 'u1' });
    await service.forget('u1', london.memoryId);
    const described = await describeAddResult(lisbon, 'I moved to Lisbon', lookup);
    expect(described.supersedes).toEqual([{ id: london.memoryId, text: '', reason: expect.stringMatching(/moved/) }]);
  });
});
