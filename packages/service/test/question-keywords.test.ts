import type { EmbeddingProvider } from '@casual-memory/core';
import { InMemoryConflictStore } from '@casual-memory/memory-conflicts';
import { InMemoryVectorStore } from '@casual-memory/memory-vector';
import { MemoryService } from '../src/service/memory-service';
import { questionKeywords } from '../src/service/question-keywords';

/**
 * Stored texts sit on axes of their own; each query text is at the given cosine with each stored text, so a
 * test decides how close the whole question and its keywords each are to every fact.
 */
function chosenCosines(stored: readonly string[], queries: Readonly<Record<string, Readonly<Record<string, number>>>>): EmbeddingProvider {
  const dimensions = stored.length + 1;
  const unit = (at: number) => Float32Array.from({ length: dimensions }, (_, index) => (index === at ? 1 : 0));
  const embed = (text: string): Float32Array => {
    const at = stored.indexOf(text);
    if (at !== -1) return unit(at);
    const cosines = queries[text] ?? {};
    const vector = new Float32Array(dimensions);
    for (const [fact, cosine] of Object.entries(cosines)) vector[stored.indexOf(fact)] = cosine;
    vector[stored.length] = Math.sqrt(Math.max(0, 1 - vector.reduce((sum, value) => sum + value * value, 0)));
    return vector;
  };
  return { dimensions, recallFloor: 0.3, embedDocuments: async (texts) => texts.map(embed), embedQuery: async (text) => embed(text) };
}

const RAISED = "saw Dr Raghavan, heart rate still too fast so he's put the bisoprolol up to 5mg in the morning";
const ALLERGY = "for the record I'm allergic to penicillin, came out in a rash years ago";
const NOOR_CAR = 'My sister Noor drives a 2020 Kia Soul';
const NOOR_HOBBY = 'my sister is really into salsa dancing!';

function service(queries: Readonly<Record<string, Readonly<Record<string, number>>>>) {
  const embedding = chosenCosines([RAISED, ALLERGY, NOOR_CAR, NOOR_HOBBY], queries);
  return new MemoryService({
    vectorStore: new InMemoryVectorStore({ dimensions: embedding.dimensions }),
    conflictStore: new InMemoryConflictStore(),
    embedding,
  });
}
const say = (text: string) => ({ text, type: 'fact' as const, userId: 'u1' });

describe('questionKeywords', () => {
  it('keeps the words a question asks about, as written', () => {
    expect(questionKeywords('what dose of bisoprolol am I on now?')).toBe('dose bisoprolol');
    expect(questionKeywords("What's Tessa's share of the rent now?")).toBe("tessa's share rent");
  });

  it('has none when every word or no word is asked about', () => {
    expect(questionKeywords('bisoprolol dose')).toBeUndefined();
    expect(questionKeywords('what is it now?')).toBeUndefined();
  });
});

describe('query, searched again by the words a question asks about', () => {
  it('finds a fact far from the whole question that holds a word it asks about', async () => {
    const QUESTION = 'what dose of bisoprolol am I on now?';
    const memories = service({ [QUESTION]: { [RAISED]: 0.18, [ALLERGY]: 0.39 }, 'dose bisoprolol': { [RAISED]: 0.5, [ALLERGY]: 0.2 } });
    for (const text of [RAISED, ALLERGY]) await memories.add(say(text));
    const hits = await memories.query('u1', QUESTION);
    expect(hits.map((hit) => hit.memory.text)).toEqual([ALLERGY, RAISED]);
    // Found by the keywords alone, it carries their cosine less 0.2, not more than it is.
    expect(hits[1]?.score).toBeCloseTo(0.3, 5);
  });

  it('pulls in no fact that shares only whom the question is about', async () => {
    const QUESTION = "what's my sister Noor's hobby these days?";
    const memories = service({ [QUESTION]: { [NOOR_HOBBY]: 0.45 }, "sister noor's hobby": { [NOOR_CAR]: 0.7, [NOOR_HOBBY]: 0.4 } });
    for (const text of [NOOR_CAR, NOOR_HOBBY]) await memories.add(say(text));
    const hits = await memories.query('u1', QUESTION);
    expect(hits.map((hit) => hit.memory.text)).toEqual([NOOR_HOBBY]);
  });

  it('keeps a hit found only by the keywords out when its score falls under minScore', async () => {
    const QUESTION = 'what dose of bisoprolol am I on now?';
    const memories = service({ [QUESTION]: { [ALLERGY]: 0.39 }, 'dose bisoprolol': { [RAISED]: 0.45 } });
    for (const text of [RAISED, ALLERGY]) await memories.add(say(text));
    const hits = await memories.query('u1', QUESTION, { minScore: 0.3 });
    expect(hits.map((hit) => hit.memory.text)).toEqual([ALLERGY]);
  });
});
