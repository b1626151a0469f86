import type { EmbeddingProvider, ScoredMemory } from '@casual-memory/core';
import { InMemoryConflictStore } from '@casual-memory/memory-conflicts';
import { InMemoryVectorStore } from '@casual-memory/memory-vector';
import { PENDING_CONFLICT_TAG } from '../src/execution/reserved-tags';
import { withReplacements } from '../src/service/follow-replacements';
import { MemoryService } from '../src/service/memory-service';
import { scored } from './helpers/memories';

const QUESTION = 'what cholesterol tablet am I on?';
const STATIN = 'I take atorvastatin 40mg at night for the cholesterol';
const SWITCHED = 'the atorvastatin was giving me awful aches in the legs so Dr Keane switched me to rosuvastatin 10mg';
const RAISED = 'Dr Keane put the rosuvastatin up to 20mg';
const WALKS = 'I walk Bran round the village every morning';

/** Each stored text on an axis of its own; the question at the given cosine with each, as a sentence encoder may place them. */
function chosenCosines(stored: readonly string[], question: Readonly<Record<string, number>>): EmbeddingProvider {
  const dimensions = stored.length + 1;
  const embed = (text: string): Float32Array => {
    const vector = new Float32Array(dimensions);
    const at = stored.indexOf(text);
    if (at !== -1) vector[at] = 1;
    else {
      for (const [fact, cosine] of Object.entries(question)) vector[stored.indexOf(fact)] = cosine;
      vector[stored.length] = Math.sqrt(Math.max(0, 1 - vector.reduce((sum, value) => sum + value * value, 0)));
    }
    return vector;
  };
  return { dimensions, recallFloor: 0.3, embedDocuments: async (texts) => texts.map(embed), embedQuery: async (text) => embed(text) };
}

/** The statements stored, and each earlier one replaced by the next (as an update read at `add` leaves them). */
async function replacedInTurn(texts: readonly string[], question: Readonly<Record<string, number>>) {
  const embedding = chosenCosines([...texts, WALKS], question);
  const vectorStore = new InMemoryVectorStore({ dimensions: embedding.dimensions });
  const memories = new MemoryService({ vectorStore, conflictStore: new InMemoryConflictStore(), embedding });
  const ids: string[] = [];
  for (const text of [...texts, WALKS]) ids.push((await memories.add({ text, type: 'fact', userId: 'u1' })).memoryId);
  for (let at = 0; at + 1 < texts.length; at++) await vectorStore.archiveMemory('u1', ids[at]!, ids[at + 1]);
  return memories;
}

describe('query, through what replaced a close memory', () => {
  it('answers with the memory that replaced the one closest to the question', async () => {
    // The replaced statement names the cholesterol; what replaced it only the medicines.
    const memories = await replacedInTurn([STATIN, SWITCHED], { [STATIN]: 0.65, [SWITCHED]: 0.1, [WALKS]: 0.32 });
    const hits = await memories.query('u1', QUESTION);
    expect(hits.map((hit) => hit.memory.text)).toEqual([SWITCHED, WALKS]);
    // It ranks just under the statement it stands for.
    expect(hits[0]?.score).toBeCloseTo(0.6, 5);
  });

  it('follows a chain of replacements to the one that holds now', async () => {
    const memories = await replacedInTurn([STATIN, SWITCHED, RAISED], { [STATIN]: 0.65, [SWITCHED]: 0.2, [RAISED]: 0.1 });
    const hits = await memories.query('u1', QUESTION);
    expect(hits.map((hit) => hit.memory.text)).toEqual([RAISED]);
  });

  it('never returns a replacement with a score under the query floor', async () => {
    // The replaced statement clears the floor (0.3) by less than the offset: what replaced it comes back at the floor.
    const memories = await replacedInTurn([STATIN, SWITCHED], { [STATIN]: 0.32, [SWITCHED]: 0.1, [WALKS]: 0.31 });
    const hits = await memories.query('u1', QUESTION);
    expect(hits.map((hit) => hit.memory.text).sort()).toEqual([SWITCHED, WALKS].sort());
    expect(hits.find((hit) => hit.memory.text === SWITCHED)?.score).toBeCloseTo(0.3, 5);
  });

  it('returns only what the store finds when the query has a filter', async () => {
    const memories = await replacedInTurn([STATIN, SWITCHED], { [STATIN]: 0.65, [SWITCHED]: 0.1, [WALKS]: 0.32 });
    const hits = await memories.query('u1', QUESTION, { filter: { types: ['fact'] } });
    expect(hits.map((hit) => hit.memory.text)).toEqual([WALKS]);
  });
});

describe('withReplacements', () => {
  const NOW = new Date('2026-06-01T00:00:00Z');
  const lookUpIn = (memories: readonly ScoredMemory[]) => {
    const calls: string[] = [];
    const getById = async (id: string) => {
      calls.push(id);
      const found = memories.find((memory) => memory.id === id);
      return found === undefined ? null : { id: found.id, memory: found.memory };
    };
    return { calls, getById };
  };

  it('does not follow a statement held while a conflict is open, nor a link to a memory that is gone', async () => {
    const held = scored('held', 'I live in Paris', 0.8, { archived: true, supersededBy: 'home', tags: [PENDING_CONFLICT_TAG] });
    const gone = scored('old', 'I drive a Golf', 0.7, { archived: true, supersededBy: 'forgotten' });
    const home = scored('home', 'I live in London', 0.2);
    const { getById } = lookUpIn([home]);
    const hits = await withReplacements([home], [held, gone, home], getById, NOW, 0);
    expect(hits.map((hit) => [hit.id, hit.score])).toEqual([['home', 0.2]]);
  });

  it('skips a replacement that has expired, stops after four links, and looks each memory up once', async () => {
    const expired = scored('new-plan', 'Dinner with Ana on Friday', 0.1, { validUntil: new Date('2026-05-01T00:00:00Z') });
    const plan = scored('plan', 'Dinner with Ana on Thursday', 0.6, { archived: true, supersededBy: 'new-plan' });
    const chain = Array.from({ length: 6 }, (_, at) =>
      scored(`c${at}`, `My bike is the ${at}th one`, 0.5, at < 5 ? { archived: true, supersededBy: `c${at + 1}` } : {}),
    );
    const { calls, getById } = lookUpIn([expired, ...chain]);
    const hits = await withReplacements([], [plan, chain[0]!, chain[1]!], getById, NOW, 0);
    // c0 reaches c4 after four links, still archived: nothing; c1 reaches c5, which holds.
    expect(hits.map((hit) => hit.id)).toEqual(['c5']);
    expect(hits[0]?.score).toBeCloseTo(0.45, 5);
    expect(calls.filter((id) => id === 'c2')).toHaveLength(1);
  });
});
