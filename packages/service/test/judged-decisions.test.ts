import type { EmbeddingProvider } from '@casual-memory/core';
import { ValidationError } from '@casual-memory/core';
import { InMemoryConflictStore } from '@casual-memory/memory-conflicts';
import { InMemoryVectorStore } from '@casual-memory/memory-vector';
import { JudgeClassifier } from '../src/classification/judge-classifier';
import { MemoryClassificationPipeline } from '../src/classification/memory-classification-pipeline';
import type { PairJudge, PairVerdict } from '../src/judgement/pair-verdict';
import { LlmPairJudge } from '../src/llm/llm-pair-judge';
import { HashingEmbeddingProvider } from '../src/offline/hashing-embedding-provider';
import { HeuristicPairJudge } from '../src/offline/heuristic-pair-judge';
import { MemoryService } from '../src/service/memory-service';
import { scriptedChat } from './helpers/chat';
import { closenessEmbedding } from './helpers/closeness-embedding';
import { fact, scored } from './helpers/memories';

function service(options: Partial<ConstructorParameters<typeof MemoryService>[0]> = {}) {
  return new MemoryService({
    vectorStore: new InMemoryVectorStore({ dimensions: options.embedding?.dimensions ?? 384 }),
    conflictStore: new InMemoryConflictStore(),
    ...options,
  });
}
const say = (text: string, userId = 'u1') => ({ text, type: 'fact' as const, userId });

describe('decisions a user relies on (offline defaults)', () => {
  it('counts the same words said again as a mention, even with a change word in them', async () => {
    const memories = service();
    const first = await memories.add(say("I've been getting into gardening lately"));
    const again = await memories.add(say("I've been getting into gardening lately."));
    expect(again).toMatchObject({ action: 'duplicate', duplicateOf: first.memoryId, supersededIds: [] });
    expect(again.decisions[0]).toMatchObject({ outcome: 'same', reason: 'the same words again' });
  });

  it('does not take an appointment that moved for a home that moved', async () => {
    const memories = service();
    await memories.add(say('I moved to Denver last month'));
    const appointment = await memories.add(say('My dentist appointment got moved to Tuesday'));
    expect(appointment).toMatchObject({ action: 'added', supersededIds: [], conflictIds: [] });
    expect((await memories.query('u1', 'where do I live')).map((hit) => hit.memory.text)).toContain('I moved to Denver last month');
  });

  it('keeps two named friends apart', async () => {
    const memories = service();
    await memories.add(say('My best friend Ravi lives in Berlin'));
    const aisha = await memories.add(say('My best friend Aisha lives in Madrid'));
    expect(aisha).toMatchObject({ action: 'added', supersededIds: [], conflictIds: [] });
  });

  it("answers a question about the user with the user's fact before a relative's", async () => {
    const memories = service();
    await memories.add(say('My sister lives in Boston'));
    await memories.add(say('I live in Porto'));
    const hits = await memories.query('u1', 'where do I live');
    expect(hits[0]?.memory.text).toBe('I live in Porto');
    const sister = await memories.query('u1', 'where does my sister live');
    expect(sister[0]?.memory.text).toBe('My sister lives in Boston');
  });

  it('answers a question about one thing with one value with that thing before another such thing', async () => {
    // The time one gets up is the closer to the question; the bedtime is what it asks for.
    const BED = 'I try to be in bed by 11:30';
    const WAKE = 'I usually get up at 6:30 on weekdays';
    const embedding = closenessEmbedding({ [WAKE]: 0.8, [BED]: 0.75 }, { similarityFloor: 0.9, recallFloor: 0.3 });
    const memories = service({ embedding });
    await memories.add(say(BED));
    await memories.add(say(WAKE));
    const bedtime = await memories.query('u1', 'what time do I usually go to bed?');
    expect(bedtime.map((hit) => hit.memory.text)).toEqual([BED, WAKE]);
  });

  it("answers who the user's dentist is with the user's dentist", async () => {
    const memories = service();
    await memories.add(say('My dentist is Dr. Choi'));
    await memories.add(say('My sister is a dentist in Leeds'));
    const hits = await memories.query('u1', 'who is my dentist?');
    expect(hits[0]?.memory.text).toBe('My dentist is Dr. Choi');
  });

  it("answers a question about someone known by name with their fact before the user's", async () => {
    const memories = service();
    await memories.add(say('Chloe lives in Glasgow'));
    await memories.add(say('I live in Brighton'));
    expect((await memories.query('u1', 'where does Chloe live?'))[0]?.memory.text).toBe('Chloe lives in Glasgow');
    expect((await memories.query('u1', 'where do I live?'))[0]?.memory.text).toBe('I live in Brighton');
  });

  it('reads "what\'s Dan\'s ..." as about Dan, and a fact told with "her" as perhaps about whom it asks', async () => {
    const memories = service();
    await memories.add(say("Dan's favourite restaurant is Barberian's, the steakhouse"));
    await memories.add(say('my favourite restaurant right now is Pai on Duncan st'));
    expect((await memories.query('u1', "what's Dan's favourite restaurant?"))[0]?.memory.text).toBe(
      "Dan's favourite restaurant is Barberian's, the steakhouse",
    );
    await memories.add(say('My birthday is the 3rd of May'));
    await memories.add(say("her birthday's April 23rd btw"));
    expect((await memories.query('u1', "when is Ellie's birthday?"))[0]?.memory.text).toBe("her birthday's April 23rd btw");
  });

  it('searches again in the first person for a question that names the user by the name they gave', async () => {
    const embedding = new HashingEmbeddingProvider({ dimensions: 384 });
    const asked: string[] = [];
    const memories = service({
      embedding: Object.assign(Object.create(embedding) as HashingEmbeddingProvider, {
        embedQuery: (text: string) => {
          asked.push(text);
          return embedding.embedQuery(text);
        },
      }),
    });
    const apart = { similarityThreshold: 1 };
    await memories.add(say('hey! tomasz here, 29, junior architect'), apart);
    await memories.add(say('my sister Ola lives in Gdansk with her husband'), apart);
    const home = await memories.add(say('I live in a tiny studio in Sagene'), apart);
    const hits = await memories.query('u1', 'Where does Tomasz live?', { minScore: 0 });
    expect(asked).toEqual(['Where does Tomasz live?', 'Where do I live?']);
    expect(hits[0]?.id).toBe(home.memoryId);
    // A question in the first person is searched once.
    asked.length = 0;
    await memories.query('u1', 'where do I live?', { minScore: 0 });
    expect(asked).toEqual(['where do I live?']);
    // "The user", as an agent asks, is read as "I" before the search.
    asked.length = 0;
    expect((await memories.query('u1', 'Where does the user live?', { minScore: 0 }))[0]?.id).toBe(home.memoryId);
    expect(asked).toEqual(['Where do I live?']);
  });

  it("answers a question about a named coworker before another named coworker's fact", async () => {
    const memories = service();
    // Kept apart on purpose (no comparison), to look at the ranking alone.
    const apart = { similarityThreshold: 1 };
    const unnamed = await memories.add(say("my coworker's birthday is October 16"), apart);
    const luis = await memories.add(say("my coworker Luis's birthday is January 17th"), apart);
    const hits = await memories.query('u1', "when is my coworker Derek's birthday?", { minScore: 0 });
    // Luis's fact is the newer and close in score, but about another coworker: it is not read first.
    expect(hits.map((hit) => hit.id)).toEqual([unnamed.memoryId, luis.memoryId]);
  });

  describe('a newer statement about the same thing is read first', () => {
    const OLD_DOSE = 'I take sertraline, 50mg daily';
    const NEW_DOSE = 'New sertraline dose as of today: 100mg daily';
    const DOSE_QUESTION = 'what dose of sertraline am I on?';

    // Each statement is said on its day at a chosen cosine with the question, and far from every other
    // statement, so the rules compare nothing and the order is the ranking's alone.
    async function told(statements: [day: number, text: string, closeness: number][]) {
      const embedding = closenessEmbedding(Object.fromEntries(statements.map(([, text, cosine]) => [text, cosine])), {
        similarityFloor: 0.95,
        recallFloor: 0.3,
      });
      let day = 1;
      const memories = service({ embedding, now: () => new Date(Date.UTC(2026, 0, day)) });
      for (const [on, text] of statements) {
        day = on;
        await memories.add(say(text));
      }
      const ask = async (question: string, topK?: number) =>
        (await memories.query('u1', question, topK === undefined ? {} : { topK })).map((hit) => hit.memory.text);
      return { ask };
    }

    it('ranks a new dose kept beside the old one above it, though the old one is a little closer', async () => {
      const { ask } = await told([
        [1, OLD_DOSE, 0.8],
        [20, NEW_DOSE, 0.74],
      ]);
      expect(await ask(DOSE_QUESTION)).toEqual([NEW_DOSE, OLD_DOSE]);
    });

    it('ranks the later of two close facts first even when the rules compared nothing between them', async () => {
      const GYM = 'I go to the gym on mondays';
      const PILATES = 'I do pilates on thursdays';
      const { ask } = await told([
        [1, GYM, 0.8],
        [20, PILATES, 0.74],
      ]);
      expect(await ask('what exercise do I do?')).toEqual([PILATES, GYM]);
    });

    it('counts a fact said again as said when it was last said', async () => {
      const { ask } = await told([
        [1, OLD_DOSE, 0.74],
        [20, NEW_DOSE, 0.8],
        [40, OLD_DOSE, 0.74],
      ]);
      expect((await ask(DOSE_QUESTION))[0]).toBe(OLD_DOSE);
    });

    it('leaves a clearly closer older statement first when the newer one says no change of it', async () => {
      const DREAMS = 'sertraline gives me weird dreams';
      const { ask } = await told([
        [1, OLD_DOSE, 0.9],
        [20, DREAMS, 0.6],
      ]);
      expect((await ask(DOSE_QUESTION))[0]).toBe(OLD_DOSE);
    });

    it('ranks a newer statement that says the older one changed first, however far behind', async () => {
      const { ask } = await told([
        [1, OLD_DOSE, 0.9],
        [20, NEW_DOSE, 0.6],
      ]);
      expect(await ask(DOSE_QUESTION)).toEqual([NEW_DOSE, OLD_DOSE]);
    });

    it('ranks a newer statement the rules read as a change first from further behind than a close one', async () => {
      const PLAN = 'maman is coming to visit in october, ten days from the 3rd';
      const CHANGED = "maman changed her flights, she's coming october 10 to 20 now";
      const { ask } = await told([
        [1, PLAN, 0.8],
        [20, CHANGED, 0.62],
      ]);
      expect(await ask('when is maman coming over?')).toEqual([CHANGED, PLAN]);
    });

    it('leaves first an older fact that the newer one, further behind, only adds to', async () => {
      const PEANUTS = "I'm allergic to peanuts";
      const SHELLFISH = "turns out I'm allergic to shellfish too";
      const { ask } = await told([
        [1, PEANUTS, 0.8],
        [20, SHELLFISH, 0.62],
      ]);
      expect(await ask('what am I allergic to?')).toEqual([PEANUTS, SHELLFISH]);
    });

    it("does not put a newer fact about another attribute, or someone else's, first", async () => {
      const { ask } = await told([
        [1, 'My friend Bea is a firefighter', 0.8],
        // Later by half the hits' span, it gains half the bonus for lateness (0.05): not enough to pass 0.8.
        [10, 'My friend Bea has lived in Brooklyn for a while', 0.74],
        [20, 'My friend Jo is a paramedic now', 0.78],
      ]);
      expect((await ask('what does my friend Bea do for work?'))[0]).toBe('My friend Bea is a firefighter');
    });

    it('never moves a newer fact about another named roommate ahead of one about a roommate unnamed', async () => {
      const { ask } = await told([
        [1, 'Fyi my roommate works as a pharmacist', 0.62],
        [20, 'My old college roommate Mei is a firefighter', 0.7],
      ]);
      expect(await ask('What does my roommate Kat do for work?')).toEqual([
        'Fyi my roommate works as a pharmacist',
        'My old college roommate Mei is a firefighter',
      ]);
    });

    it('pulls in from past topK a newer statement that says a returned one changed, and no other', async () => {
      // Said before the old dose, the breakfast fact gains nothing over it for lateness.
      const { ask } = await told([
        [1, 'I take my sertraline with breakfast', 0.79],
        [2, OLD_DOSE, 0.8],
        [20, NEW_DOSE, 0.75],
      ]);
      expect(await ask(DOSE_QUESTION, 2)).toEqual([NEW_DOSE, OLD_DOSE]);
      const other = await told([
        [1, 'I take my sertraline with breakfast', 0.79],
        [2, OLD_DOSE, 0.8],
        [20, 'My sister started a new job at the pharmacy', 0.75],
      ]);
      expect((await other.ask(DOSE_QUESTION, 2)).sort()).toEqual(['I take my sertraline with breakfast', OLD_DOSE]);
    });
  });

  describe('one statement replaces one memory, not every memory its change word reaches', () => {
    const SHIFT = 'I have my food bank volunteer shift Tuesday mornings';
    const CLEANUP = 'I volunteered at a park cleanup on Saturday';
    const CLASS = 'korean class is mon and wed evenings';
    const LEARNING = "I'm learning Korean, about a year in, taking classes at Seattle Central";
    const MOVED_CLASS = 'korean moved to tues/thurs for spring quarter';
    // The park cleanup is the closer one, so only the reading decides which memory the shift replaces.
    const embedding = closenessEmbedding({ [CLEANUP]: 0.8, [SHIFT]: 0.75, [CLASS]: 0.78, [LEARNING]: 0.72 }, { similarityFloor: 0.5 });

    it('keeps a memory that shares only the word when another reads as the one replaced', async () => {
      const memories = service({ embedding });
      const shift = await memories.add(say(SHIFT));
      const cleanup = await memories.add(say(CLEANUP));
      const moved = await memories.add(say('switched my food bank volunteer shift to Thursday afternoons'));
      expect(moved).toMatchObject({ action: 'added', supersededIds: [shift.memoryId] });
      const kept = moved.decisions.find((decision) => decision.memoryId === cleanup.memoryId);
      expect(kept).toMatchObject({ outcome: 'neutral' });
      expect(kept?.reason).toMatch(
        /^undecided, both kept: the new one may replace it \(.*only "volunteer\w*" in common\), not surely enough to archive it \(confidence 0\.34\); offline/,
      );
      expect((await memories.query('u1', CLEANUP)).map((hit) => hit.id)).toContain(cleanup.memoryId);
    });

    it('keeps a memory that shares only one word with a change, and says the rules lean but cannot tell', async () => {
      // "korean moved to tues/thurs" replaces the class schedule ("mon and wed": days, cut short) but not "I'm learning
      // Korean": on the pairs a search finds, a change with one word in common is right about a third of the time.
      const memories = service({ embedding });
      const learning = await memories.add(say(LEARNING));
      const schedule = await memories.add(say(CLASS));
      const moved = await memories.add(say(MOVED_CLASS));
      expect(moved).toMatchObject({ action: 'added', supersededIds: [schedule.memoryId] });
      const kept = moved.decisions.find((each) => each.memoryId === learning.memoryId);
      expect(kept).toMatchObject({ outcome: 'neutral' });
      expect(kept?.reason).toMatch(
        /^undecided, both kept: the new one may replace it \(.*only "korean" in common\), not surely enough to archive it \(confidence 0\.34\); offline/,
      );
      expect(moved.decisions.find((each) => each.memoryId === schedule.memoryId)?.reason).toMatch(/at another time/);
      const hits = (await memories.query('u1', 'when is my korean class?', { minScore: 0 })).map((hit) => hit.id);
      expect(hits[0]).toBe(moved.memoryId);
      expect(hits).toContain(learning.memoryId);
      expect(hits).not.toContain(schedule.memoryId);
    });

    it('archives only the memory that says most of what changed, though both read as changed', async () => {
      const RENT = 'the rent on our flat is £1,350 a month';
      const LANDLORD = 'we rent our flat off a man called Mr Hussain';
      // The landlord's memory is the closer one: only what the statements share decides.
      const close = closenessEmbedding({ [LANDLORD]: 0.8, [RENT]: 0.7 }, { similarityFloor: 0.5 });
      const memories = service({ embedding: close });
      const rent = await memories.add(say(RENT));
      const landlord = await memories.add(say(LANDLORD));
      // "changed", not "going up": a word that only moves an amount would not reach the landlord at all.
      const rise = await memories.add(say("the rent on our flat has changed, it's £1,425 a month from July"));
      expect(rise.supersededIds).toEqual([rent.memoryId]);
      const kept = rise.decisions.find((decision) => decision.memoryId === landlord.memoryId);
      expect(kept).toMatchObject({ outcome: 'neutral' });
      expect(kept?.reason).toMatch(/^undecided, both kept: the new one may replace it \(.*\); one statement changes one memory/);
      expect((await memories.query('u1', 'who is our landlord?')).map((hit) => hit.id)).toContain(landlord.memoryId);
    });

    it('archives the memory that holds what the statement names as replaced, before one sharing more words', async () => {
      const STATIN = 'I take Atorvastatin 20mg at night for the cholestrol.';
      const PRESSURE = 'Dr. Murphy has put my Amlodipine up to 10mg daily as the pressure was still too high.';
      const close = closenessEmbedding({ [PRESSURE]: 0.8, [STATIN]: 0.7 }, { similarityFloor: 0.5 });
      const memories = service({ embedding: close });
      const statin = await memories.add(say(STATIN));
      const pressure = await memories.add(say(PRESSURE));
      const switched = await memories.add(say('Dr. Murphy switched me from Atorvastatin to Rosuvastatin 10mg for the cholesterol.'));
      expect(switched.supersededIds).toEqual([statin.memoryId]);
      expect(switched.decisions.find((decision) => decision.memoryId === pressure.memoryId)).toMatchObject({ outcome: 'neutral' });
    });

    it('archives every memory that holds what the statement names as replaced, not only the first', async () => {
      const FIRST = 'Im on amlodipine 5mg for my blood pressure, one every morning wi my porridge';
      const RESTATED = 'my blood pressure tablet is amlodipine 5mg';
      const PHYSIO = 'physio is on Mondays at the Western General';
      const close = closenessEmbedding({ [FIRST]: 0.7, [RESTATED]: 0.8, [PHYSIO]: 0.6 }, { similarityFloor: 0.5 });
      const memories = service({ embedding: close });
      const first = await memories.add(say(FIRST));
      const restated = await memories.add(say(RESTATED));
      const physio = await memories.add(say(PHYSIO));
      const switched = await memories.add(
        say("Doctor's switched me off the amlodipine onto ramipril 2.5mg because my ankles were swelling"),
      );
      expect([...switched.supersededIds].sort()).toEqual([first.memoryId, restated.memoryId].sort());
      expect(switched.supersededIds).not.toContain(physio.memoryId);
      const hits = (await memories.query('u1', 'how much amlodipine do I take?', { minScore: 0 })).map((hit) => hit.id);
      expect(hits).not.toContain(first.memoryId);
      expect(hits).not.toContain(restated.memoryId);
    });

    it('still replaces a memory that shares one word when it is the only one', async () => {
      const memories = service({ embedding: closenessEmbedding({ 'I drive a VW Golf': 0.7 }, { similarityFloor: 0.5 }) });
      const golf = await memories.add(say('I drive a VW Golf'));
      const sold = await memories.add(say("Sold the Golf, I've got a Tesla now"));
      expect(sold.supersededIds).toEqual([golf.memoryId]);
    });
  });

  it('keeps both facts when the rules cannot tell, and says so', async () => {
    const memories = service();
    // One more allergy, or the first one corrected: the rules cannot tell which.
    await memories.add(say("I'm allergic to peanuts"));
    const later = await memories.add(say("turns out I'm allergic to shellfish"));
    expect(later.action).toBe('added');
    expect(later.supersededIds).toEqual([]);
    expect(later.decisions[0]?.reason).toMatch(/^undecided, both kept: .*; offline, there is no chat model to ask$/);
  });
});

describe("a statement said again with one more word, by the provider's paraphrase floor", () => {
  const GOLF = 'I drive a Golf';
  const said = (earlier: string, cosine: number, paraphraseFloor?: number) =>
    service({
      embedding: closenessEmbedding(
        { [earlier]: cosine },
        { similarityFloor: 0.5, ...(paraphraseFloor === undefined ? {} : { paraphraseFloor }) },
      ),
    });

  it('counts it as a mention of the earlier one at or above the floor, and says which word it adds', async () => {
    const memories = said(GOLF, 0.82, 0.75);
    const earlier = await memories.add(say(GOLF));
    const later = await memories.add(say('I drive a VW golf'));
    expect(later).toMatchObject({ action: 'duplicate', duplicateOf: earlier.memoryId, supersededIds: [] });
    expect(later.decisions[0]?.reason).toBe('close in meaning, and the later one adds only "vw"');
  });

  it('keeps both below the floor, or when the provider declares none (as the hashing embedder)', async () => {
    for (const memories of [said(GOLF, 0.7, 0.75), said(GOLF, 0.82)]) {
      await memories.add(say(GOLF));
      const later = await memories.add(say('I drive a VW golf'));
      expect(later.action).toBe('added');
      expect(later.decisions[0]?.reason).toMatch(/^undecided, both kept/);
    }
    const hashing: EmbeddingProvider = new HashingEmbeddingProvider();
    expect(hashing.paraphraseFloor).toBeUndefined();
  });

  it('keeps both when the later one drops a word of the earlier, or adds a number', async () => {
    const uni = said('I met Aisha at uni', 0.82, 0.75);
    await uni.add(say('I met Aisha at uni'));
    expect((await uni.add(say('Aisha and I met at work'))).action).not.toBe('duplicate');
    const kids = said('I have two kids', 0.85, 0.75);
    await kids.add(say('I have two kids'));
    expect((await kids.add(say('I have two kids, 4 and 7'))).action).not.toBe('duplicate');
  });

  it('keeps the later one when its one more word is one more of a list ("penicillin + sulfa"), nothing lost', async () => {
    for (const later of ['allergic to penicillin + sulfa', 'allergic to penicillin and sulfa']) {
      const memories = said('allergic to penicillin', 0.86, 0.75);
      await memories.add(say('allergic to penicillin'));
      const result = await memories.add(say(later));
      // Stored as a memory of its own (replacing the shorter one or beside it), so the sulfa allergy is kept.
      expect(result.action).toBe('added');
    }
  });
});

describe('similarity floors belong to the embedding provider', () => {
  // Vectors chosen by text: two statements at cosine 0.3, a question at cosine 0.2 with one of them.
  function calibrated(similarityFloor: number | undefined, recallFloor: number | undefined, modelFloor?: number): EmbeddingProvider {
    const unit = (x: number): Float32Array => Float32Array.from([x, Math.sqrt(1 - x * x), 0, 0]);
    const vectors: Record<string, Float32Array> = {
      'I live in London': Float32Array.from([1, 0, 0, 0]),
      'I live in Paris': unit(0.3),
      'I love Paris in the spring': unit(0.3),
      'where do I live': Float32Array.from([0.2, 0, Math.sqrt(0.96), 0]),
    };
    const embed = (text: string) => vectors[text] ?? Float32Array.from([0, 0, 1, 0]);
    return {
      dimensions: 4,
      ...(similarityFloor === undefined ? {} : { similarityFloor }),
      ...(recallFloor === undefined ? {} : { recallFloor }),
      ...(modelFloor === undefined ? {} : { modelFloor }),
      embedDocuments: async (texts) => texts.map(embed),
      embedQuery: async (text) => embed(text),
    };
  }

  it("compares pairs above the provider's floor, and not below it", async () => {
    const low = service({ embedding: calibrated(0.25, 0.1) });
    await low.add(say('I live in London'));
    expect((await low.add(say('I live in Paris'))).action).toBe('conflict');
    const high = service({ embedding: calibrated(0.35, 0.1) });
    await high.add(say('I live in London'));
    expect((await high.add(say('I live in Paris'))).decisions).toEqual([]);
  });

  it("compares down to the provider's lower model floor when a chat model can settle the pair", async () => {
    // Offline, only a pair that gives two values of the same one-valued thing is compared below the floor.
    const offline = service({ embedding: calibrated(0.35, 0.1, 0.25) });
    await offline.add(say('I live in London'));
    expect((await offline.add(say('I love Paris in the spring'))).decisions).toEqual([]);
    const chat = scriptedChat(JSON.stringify({ relation: 'update', reason: 'moved' }));
    const withModel = service({ embedding: calibrated(0.35, 0.1, 0.25), chat: chat.provider });
    const london = await withModel.add(say('I live in London'));
    const paris = await withModel.add(say('I live in Paris'));
    expect(paris).toMatchObject({ action: 'added', supersededIds: [london.memoryId], calls: { llm: 1 } });
    // Without a model floor, a chat model changes nothing about which pairs are compared.
    const noModelFloor = service({ embedding: calibrated(0.35, 0.1), chat: scriptedChat('{}').provider });
    await noModelFloor.add(say('I live in London'));
    expect((await noModelFloor.add(say('I live in Paris'))).decisions).toEqual([]);
  });

  it('offline, compares a pair below the floor when both give a value of the same one-valued thing, from the model floor', async () => {
    const offline = service({ embedding: calibrated(0.35, 0.1, 0.25) });
    const london = await offline.add(say('I live in London'));
    const paris = await offline.add(say('I live in Paris'));
    expect(paris).toMatchObject({ action: 'conflict', decisions: [{ memoryId: london.memoryId, outcome: 'conflict' }] });
    // Not below the model floor, not when the caller sets the floor, and not with rules of the caller's own.
    const belowModelFloor = service({ embedding: calibrated(0.35, 0.1, 0.31) });
    await belowModelFloor.add(say('I live in London'));
    expect((await belowModelFloor.add(say('I live in Paris'))).decisions).toEqual([]);
    const setFloor = service({ embedding: calibrated(0.35, 0.1, 0.25), similarityThreshold: 0.35 });
    await setFloor.add(say('I live in London'));
    expect((await setFloor.add(say('I live in Paris'))).decisions).toEqual([]);
    const perCall = service({ embedding: calibrated(0.35, 0.1, 0.25) });
    await perCall.add(say('I live in London'));
    expect((await perCall.add(say('I live in Paris'), { similarityThreshold: 0.35 })).decisions).toEqual([]);
    const ownJudge = service({ embedding: calibrated(0.35, 0.1, 0.25), judge: new HeuristicPairJudge() });
    await ownJudge.add(say('I live in London'));
    expect((await ownJudge.add(say('I live in Paris'))).decisions).toEqual([]);
  });

  it('finds such a weak pair even when more than maxSimilar memories score above the floor', async () => {
    const others = ['I love croissants', 'My cat is called Tom', 'I play the cello', 'I work at Dell', 'I drive a Golf', 'I hate mornings'];
    const closeness = Object.fromEntries([['I live in London', 0.45], ...others.map((text, i) => [text, 0.8 - i * 0.02])]);
    const memories = service({ embedding: closenessEmbedding(closeness, { similarityFloor: 0.5, modelFloor: 0.4 }), maxSimilar: 5 });
    const london = await memories.add(say('I live in London'));
    for (const text of others) await memories.add(say(text));
    const paris = await memories.add(say('I live in Paris'));
    expect(paris).toMatchObject({ action: 'conflict' });
    expect(paris.decisions.find((decision) => decision.memoryId === london.memoryId)).toMatchObject({ outcome: 'conflict' });
    // The memories above the floor are compared as before, up to maxSimilar.
    expect(paris.decisions.filter((decision) => decision.score >= 0.5)).toHaveLength(5);
  });

  it('reads a weak pair whose later statement says one the earlier one speaks of is gone, and no other weak pair', async () => {
    // "I have a cat called Pepper" / "Pepper died last night": cosine 0.40 with the sentence encoder, under its floor.
    const closeness = { 'I have a cat called Pepper': 0.45, 'I had lunch with Pepper': 0.45 };
    const memories = service({ embedding: closenessEmbedding(closeness, { similarityFloor: 0.5, modelFloor: 0.4 }) });
    const cat = await memories.add(say('I have a cat called Pepper'));
    const gone = await memories.add(say('Pepper died last night'));
    expect(gone).toMatchObject({ action: 'added', supersededIds: [cat.memoryId] });
    // A weak pair that states nothing of the kind is still not compared.
    const other = service({ embedding: closenessEmbedding(closeness, { similarityFloor: 0.5, modelFloor: 0.4 }) });
    await other.add(say('I had lunch with Pepper'));
    expect((await other.add(say('Pepper is coming over on Friday'))).decisions).toEqual([]);
  });

  it('reads a weak pair whose later statement moves what the earlier one names at a time to another time', async () => {
    // "closing on the farm is set for August 29" / "closing got pushed back to September 10": cosine 0.46 with the sentence encoder.
    const closeness = { 'closing on the farm is set for August 29': 0.45, 'my dentist appointment is on August 29': 0.45 };
    const memories = service({ embedding: closenessEmbedding(closeness, { similarityFloor: 0.5, modelFloor: 0.4 }) });
    const closing = await memories.add(say('closing on the farm is set for August 29'));
    const moved = await memories.add(say('closing got pushed back to September 10, title company is dragging its feet'));
    expect(moved).toMatchObject({ action: 'added', supersededIds: [closing.memoryId] });
    // Moved to a time, but not what the earlier one names: still not compared.
    const other = service({ embedding: closenessEmbedding(closeness, { similarityFloor: 0.5, modelFloor: 0.4 }) });
    await other.add(say('my dentist appointment is on August 29'));
    expect((await other.add(say('the book club got moved to September 10'))).decisions).toEqual([]);
  });

  it('reads a weak pair of long statements when a clause of the later one says the home changed', async () => {
    // Two rambling statements with a home in one clause each: cosine 0.34 with the sentence encoder, under its floor.
    const house =
      "I still live in the little brick house on Wilmington Pike that Hal and I bought in 1974, its too big for me now but I can't bear to leave it just yet.";
    const lunch = 'Loretta and I had lunch at the Olive Garden in Kettering, she had the soup, I had the pasta.';
    const closeness = { [house]: 0.42, [lunch]: 0.42 };
    const memories = service({ embedding: closenessEmbedding(closeness, { similarityFloor: 0.5, modelFloor: 0.4 }) });
    const home = await memories.add(say(house));
    const moved = await memories.add(
      say(
        'I moved into my new apartment at Bethany Village in Centerville last week, second floor, they have an elevator, and Buttons came with me.',
      ),
    );
    expect(moved).toMatchObject({ action: 'added', supersededIds: [home.memoryId] });
    // A clause of a long statement that tells no move still leaves the weak pair alone.
    const other = service({ embedding: closenessEmbedding(closeness, { similarityFloor: 0.5, modelFloor: 0.4 }) });
    await other.add(say(house));
    expect((await other.add(say('the church ladies came over for coffee, my house was a mess but they did not mind'))).decisions).toEqual(
      [],
    );
  });

  it('reads a weak pair whose later statement switches a weekly thing to another day', async () => {
    // "Hobbies: running club on Thursdays" / "running club switched to Tuesdays — …": cosine 0.50 with the sentence encoder.
    const closeness = { 'Hobbies: running club on Thursdays': 0.45 };
    const memories = service({ embedding: closenessEmbedding(closeness, { similarityFloor: 0.5, modelFloor: 0.4 }) });
    const club = await memories.add(say('Hobbies: running club on Thursdays'));
    const switched = await memories.add(say('running club switched to Tuesdays — the Thursday slot clashed'));
    expect(switched).toMatchObject({ action: 'added', supersededIds: [club.memoryId] });
  });

  it("uses the provider's recall floor as the default minScore, and 0.85 / 0.75 when it declares none", async () => {
    const withFloor = service({ embedding: calibrated(0.9, 0.15) });
    await withFloor.add(say('I live in Paris'));
    expect(await withFloor.query('u1', 'where do I live')).toHaveLength(0);
    await withFloor.add(say('I live in London'));
    expect((await withFloor.query('u1', 'where do I live')).map((hit) => hit.memory.text)).toEqual(['I live in London']);
    const without = service({ embedding: calibrated(undefined, undefined) });
    await without.add(say('I live in London'));
    expect(await without.query('u1', 'where do I live')).toHaveLength(0);
    expect((await without.add(say('I live in Paris'))).decisions).toEqual([]);
  });

  it('declares calibrated floors on the hashing embedder', () => {
    const hashing = new HashingEmbeddingProvider({ dimensions: 64 });
    expect(hashing.similarityFloor).toBeGreaterThan(hashing.baseline);
    expect(hashing.recallFloor).toBeLessThan(hashing.baseline);
    expect(hashing.modelId).toBe('hashing-64');
  });
});

describe('a chat model behind the rules', () => {
  it('is asked only about pairs the rules are not sure of, at most once per add', async () => {
    const { provider, calls } = scriptedChat('{"relation": "distinct", "reason": "different things"}');
    const memories = service({ chat: provider });
    // The same words again: the one reading the rules are sure of (no reading of two different
    // sentences is right 95% of the time on independent pairs, so each of those is asked).
    await memories.add(say('I live in London'));
    const again = await memories.add(say('I live in London'));
    expect(again.calls.llm).toBe(0);
    expect(again.action).toBe('duplicate');
    await memories.add(say('I support Arsenal', 'u2'));
    await memories.add(say('My favourite food is pasta', 'u2'));
    const spurs = await memories.add(say("I'm a lifelong Spurs supporter", 'u2'));
    expect(spurs.calls.llm).toBe(1);
    expect(calls).toHaveLength(1);
    expect(JSON.parse(calls[0]?.messages.at(-1)?.content ?? '{}')).toHaveProperty('later', "I'm a lifelong Spurs supporter");
  });

  it("counts each add's own calls when adds of different users run at once", async () => {
    // The chat answers after a pause, so the two adds' model calls overlap.
    let asked = 0;
    const slowChat = {
      async chat() {
        asked += 1;
        await new Promise((resolve) => setTimeout(resolve, 20));
        return '{"relation": "distinct", "reason": "different things"}';
      },
    };
    const memories = service({ chat: slowChat });
    await memories.add(say('I support Arsenal', 'u1'));
    await memories.add(say('I support Arsenal', 'u2'));
    const both = await Promise.all([
      memories.add(say("I'm a lifelong Spurs supporter", 'u1')),
      memories.add(say("I'm a lifelong Spurs supporter", 'u2')),
    ]);
    expect(asked).toBe(2);
    expect(both.map((result) => result.calls)).toEqual([
      { embedding: 1, nli: 0, llm: 1 },
      { embedding: 1, nli: 0, llm: 1 },
    ]);
  });

  it('keeps to maxModelCallsPerAdd across the runs of one operation, with a model that counts no calls of its own', async () => {
    let asked = 0;
    const quietModel = {
      async judge() {
        asked += 1;
        return { outcome: 'neutral' as const, confidence: 0.9, reason: 'different things', method: 'own-model' };
      },
    };
    const pipeline = new MemoryClassificationPipeline([new JudgeClassifier(new HeuristicPairJudge(), { model: quietModel })]);
    const calls = { embedding: 1, nli: 0, llm: 0 };
    const spurs = fact("I'm a lifelong Spurs supporter");
    const arsenal = scored('m1', 'I support Arsenal', 0.9);
    await pipeline.classify(spurs, [arsenal], { calls });
    // A second run of the same add (against memories held by conflicts, say) has no call left.
    const again = await pipeline.classify(spurs, [arsenal], { calls });
    expect(asked).toBe(1);
    expect(again.similarityResults[0]?.reason).toMatch(/the model was already asked for this add/);
    // Another operation has its own budget.
    await pipeline.classify(spurs, [arsenal], { calls: { embedding: 1, nli: 0, llm: 0 } });
    expect(asked).toBe(2);
  });

  describe("spends the add's one call on the pair likeliest to be related", () => {
    // Vectors chosen by text: the cousin's job is closer to the new statement than the user's old job;
    // the earlier statements are not similar enough to each other to be compared.
    const NEW_JOB = "I switched roles, I'm an assistant principal now";
    const OLD_JOB = 'I work as a history teacher';
    const COUSIN = 'My cousin Marco is a paralegal';
    const FOOD = 'My favourite food is pasta';
    const embedding = closenessEmbedding({ [COUSIN]: 0.83, [FOOD]: 0.79, [OLD_JOB]: 0.72 }, { similarityFloor: 0.7 });
    const asked = (calls: ReturnType<typeof scriptedChat>['calls']) =>
      calls.map((call) => JSON.parse(call.messages.at(-1)?.content ?? '{}').earlier);

    it('asks about the own old job the rules read as replaced, not the closer cousin or the other attribute', async () => {
      const { provider, calls } = scriptedChat('{"relation": "update", "reason": "a new role"}');
      const memories = service({ embedding, chat: provider, maxPairsPerCall: 1 });
      const teacher = await memories.add(say(OLD_JOB));
      await memories.add(say(COUSIN));
      await memories.add(say(FOOD));
      calls.length = 0;
      const principal = await memories.add(say(NEW_JOB));
      expect(asked(calls)).toEqual([OLD_JOB]);
      expect(principal).toMatchObject({ action: 'added', supersededIds: [teacher.memoryId], calls: { llm: 1 } });
      // The closer pairs the model was not asked about stay two facts, and say why.
      const cousin = principal.decisions.find((decision) => decision.score > 0.82);
      expect(cousin?.reason).toMatch(/^undecided, both kept: .*the model was asked about a likelier pair of this add/);
    });

    it('asks as many pairs as maxModelCallsPerAdd allows, likeliest first', async () => {
      const { provider, calls } = scriptedChat('{"relation": "distinct", "reason": "different things"}');
      const judge = new JudgeClassifier(new HeuristicPairJudge(), {
        model: new LlmPairJudge(provider),
        maxModelCallsPerAdd: 2,
        maxPairsPerCall: 1,
      });
      const memories = service({ embedding, classifiers: [judge] });
      for (const text of [COUSIN, FOOD, OLD_JOB]) await memories.add(say(text));
      calls.length = 0;
      const principal = await memories.add(say(NEW_JOB));
      expect(asked(calls).sort()).toEqual([FOOD, OLD_JOB].sort());
      expect(principal.calls.llm).toBe(2);
    });
  });

  describe('asks about several pairs of an add in one call', () => {
    const NEW_JOB = "I switched roles, I'm an assistant principal now";
    const OLD_JOB = 'I work as a history teacher';
    const COUSIN = 'My cousin Marco is a paralegal';
    const FOOD = 'My favourite food is pasta';
    const embedding = closenessEmbedding({ [COUSIN]: 0.83, [FOOD]: 0.79, [OLD_JOB]: 0.72 }, { similarityFloor: 0.7 });
    const together = (calls: ReturnType<typeof scriptedChat>['calls']) =>
      calls.map((call) => JSON.parse(call.messages.at(-1)?.content ?? '{}') as { later: string; earlier: { id: number; text: string }[] });

    async function addJob(reply: string, options: Partial<ConstructorParameters<typeof MemoryService>[0]> = {}) {
      const { provider, calls } = scriptedChat(reply);
      const memories = service({ embedding, chat: provider, ...options });
      const earlier = new Map<string, string>();
      for (const text of [COUSIN, FOOD, OLD_JOB]) earlier.set(text, (await memories.add(say(text))).memoryId);
      calls.length = 0;
      return { result: await memories.add(say(NEW_JOB)), calls, earlier };
    }

    it('names the earlier statements with ids, likeliest first, and applies what the model says of each', async () => {
      // The model says the old job (id 1: the rules read it as replaced, so it is asked first) is updated.
      const { result, calls, earlier } = await addJob('{"matches": [{"id": 1, "relation": "update", "reason": "a new role"}]}');
      expect(calls).toHaveLength(1);
      const [asked] = together(calls);
      expect(asked?.later).toBe(NEW_JOB);
      expect(asked?.earlier.map((entry) => entry.text)).toEqual([OLD_JOB, FOOD, COUSIN]);
      expect(asked?.earlier.map((entry) => entry.id)).toEqual([1, 2, 3]);
      expect(result).toMatchObject({ action: 'added', supersededIds: [earlier.get(OLD_JOB)], calls: { llm: 1 } });
      const cousin = result.decisions.find((decision) => decision.memoryId === earlier.get(COUSIN));
      expect(cousin).toMatchObject({ outcome: 'neutral', reason: 'the model: distinct (asked about 3 similar memories at once)' });
    });

    it('keeps every pair as two facts when the reply cannot be read as a whole', async () => {
      for (const reply of [
        '{"relation": "update"}',
        '{"matches": [{"id": 7, "relation": "update"}]}',
        '{"matches": [{"id": 1, "relation": "replaced"}]}',
        'the first one',
      ]) {
        const { result, calls } = await addJob(reply);
        expect(calls).toHaveLength(1);
        expect(result).toMatchObject({ action: 'added', supersededIds: [], conflictIds: [] });
        for (const decision of result.decisions) expect(decision.reason).toMatch(/^undecided, both kept: .*unreadable reply/);
      }
    });

    it('asks about as many as maxPairsPerCall, and one pair in the prompt of its own', async () => {
      const two = await addJob('{"matches": []}', { maxPairsPerCall: 2 });
      expect(together(two.calls)[0]?.earlier.map((entry) => entry.text)).toEqual([OLD_JOB, FOOD]);
      const one = await addJob('{"relation": "distinct", "reason": "different things"}', { maxPairsPerCall: 1 });
      expect(JSON.parse(one.calls[0]?.messages.at(-1)?.content ?? '{}')).toEqual({ earlier: OLD_JOB, later: NEW_JOB });
      expect(() => service({ embedding, maxPairsPerCall: 0 })).toThrow(/maxPairsPerCall/);
    });

    it('by default compares up to 8 similar memories and asks about up to 6 of them in the one call', async () => {
      const earlierTexts = [
        'I work as a history teacher',
        'I teach at Lincoln High',
        'I coach the debate team after school',
        'I run the school chess club',
        'I tutor kids on saturdays',
        'I mark papers on sunday nights',
        'I have a masters in education',
        'I volunteer at the library',
        'I sing in a choir',
      ];
      const crowd = closenessEmbedding(Object.fromEntries(earlierTexts.map((text, i) => [text, 0.9 - i * 0.02])), { similarityFloor: 0.5 });
      const { provider, calls } = scriptedChat('{"matches": []}');
      const memories = service({ embedding: crowd, chat: provider });
      for (const text of earlierTexts) await memories.add(say(text));
      calls.length = 0;
      const result = await memories.add(say(NEW_JOB));
      expect(result.decisions).toHaveLength(8);
      expect(result.decisions.map((decision) => decision.score)).not.toContainEqual(expect.closeTo(0.74, 5));
      expect(calls).toHaveLength(1);
      expect(together(calls)[0]?.earlier).toHaveLength(6);
    });
  });

  describe('with standOutMargin, asks about a pair the rules read as unrelated only when it stands out from the other similar memories', () => {
    const NEW_JOB = "I switched roles, I'm an assistant principal now";
    const COUSIN = 'My cousin Marco is a paralegal';
    const FOOD = 'My favourite food is pasta';
    const asked = (calls: ReturnType<typeof scriptedChat>['calls']) =>
      calls.map((call) => JSON.parse(call.messages.at(-1)?.content ?? '{}').earlier);

    it('by default asks about the closest pair among those that read alike, near-equals or not', async () => {
      const { provider, calls } = scriptedChat('{"relation": "distinct", "reason": "different things"}');
      const embedding = closenessEmbedding({ [COUSIN]: 0.83, [FOOD]: 0.79 }, { similarityFloor: 0.7 });
      const memories = service({ embedding, chat: provider, maxPairsPerCall: 1 });
      await memories.add(say(COUSIN));
      await memories.add(say(FOOD));
      calls.length = 0;
      await memories.add(say(NEW_JOB));
      // Neither reads as replaced; the other attribute of the user's comes before someone else's.
      expect(asked(calls)).toEqual([FOOD]);
    });

    it('takes such pairs among near-equals as two facts without asking, and says why', async () => {
      const { provider, calls } = scriptedChat('{"relation": "update", "reason": "would be wrong"}');
      const embedding = closenessEmbedding({ [COUSIN]: 0.83, [FOOD]: 0.79 }, { similarityFloor: 0.7 });
      const memories = service({ embedding, chat: provider, standOutMargin: 0.1 });
      await memories.add(say(COUSIN));
      await memories.add(say(FOOD));
      const principal = await memories.add(say(NEW_JOB));
      expect(calls).toHaveLength(0);
      expect(principal).toMatchObject({ action: 'added', supersededIds: [], conflictIds: [] });
      for (const decision of principal.decisions) {
        expect(decision).toMatchObject({ outcome: 'neutral', confidence: 0.99 });
        expect(decision.reason).toMatch(/it is no closer than the other similar memories$/);
      }
    });

    it('asks about a lone similar memory, and about one clearly closer than the rest', async () => {
      for (const closeness of [{ [FOOD]: 0.79 }, { [FOOD]: 0.9, [COUSIN]: 0.75 }] as Record<string, number>[]) {
        const { provider, calls } = scriptedChat('{"relation": "distinct", "reason": "different things"}');
        const memories = service({
          embedding: closenessEmbedding(closeness, { similarityFloor: 0.7 }),
          chat: provider,
          standOutMargin: 0.1,
        });
        for (const text of Object.keys(closeness)) await memories.add(say(text));
        calls.length = 0;
        await memories.add(say(NEW_JOB));
        expect(asked(calls)).toEqual([FOOD]);
      }
    });

    it('follows standOutMargin, and refuses a margin that is no similarity difference', async () => {
      const { provider, calls } = scriptedChat('{"relation": "distinct", "reason": "different things"}');
      const embedding = closenessEmbedding({ [COUSIN]: 0.83, [FOOD]: 0.79 }, { similarityFloor: 0.7 });
      const memories = service({ embedding, chat: provider, standOutMargin: 0.03 });
      await memories.add(say(COUSIN));
      await memories.add(say(FOOD));
      await memories.add(say(NEW_JOB));
      expect(asked(calls)).toEqual([COUSIN]);
      expect(() => service({ standOutMargin: 1.5 })).toThrow(ValidationError);
      expect(() => new JudgeClassifier(new HeuristicPairJudge(), { standOutMargin: -0.1 })).toThrow(ValidationError);
    });
  });

  it("acts on the model's answer, with its reason", async () => {
    const { provider } = scriptedChat('{"relation": "contradiction", "category": "preference", "reason": "two teams"}');
    const memories = service({ chat: provider });
    await memories.add(say('I support Arsenal'));
    const spurs = await memories.add(say("I'm a lifelong Spurs supporter"));
    expect(spurs.action).toBe('conflict');
    expect(spurs.decisions[0]).toMatchObject({ classifier: 'judge', reason: 'the model: two teams' });
    expect((await memories.getPendingConflicts('u1'))[0]).toMatchObject({ category: 'preference' });
  });

  it('keeps both facts when the model fails or answers nonsense', async () => {
    for (const reply of [new Error('down'), 'I would rather not say']) {
      const { provider } = scriptedChat(reply);
      const memories = service({ chat: provider });
      await memories.add(say('I support Arsenal'));
      const spurs = await memories.add(say("I'm a lifelong Spurs supporter"));
      expect(spurs).toMatchObject({ action: 'added', supersededIds: [], conflictIds: [] });
      expect(spurs.decisions[0]?.reason).toMatch(/^undecided, both kept: .*the model could not be asked/);
    }
  });
});

describe('JudgeClassifier and the pair judges', () => {
  it('validates its options', () => {
    expect(() => new JudgeClassifier(new HeuristicPairJudge(), { acceptOffline: 2 })).toThrow(ValidationError);
    expect(() => new JudgeClassifier(new HeuristicPairJudge(), { maxModelCallsPerAdd: -1 })).toThrow(ValidationError);
  });

  it('gives each heuristic verdict a confidence in [0, 1] and a reason', async () => {
    const judge = new HeuristicPairJudge();
    for (const [earlier, later] of [
      ['I live in London', 'I live in Paris'],
      ['I like tea', 'My dog likes walks'],
      ['I smoke', 'I quit smoking'],
    ] as const) {
      const verdict = await judge.judge(fact(earlier), fact(later), 0.9);
      expect(verdict.confidence).toBeGreaterThanOrEqual(0);
      expect(verdict.confidence).toBeLessThanOrEqual(1);
      expect(verdict.reason.length).toBeGreaterThan(0);
    }
  });

  it('reads the model reply in its four words and the older verifiers words', async () => {
    for (const [word, outcome] of [
      ['same', 'same'],
      ['update', 'superseded'],
      ['contradiction', 'conflict'],
      ['distinct', 'neutral'],
      ['none', 'neutral'],
    ] as const) {
      const { provider } = scriptedChat(`{"relation": "${word}"}`);
      const verdict = await new LlmPairJudge(provider).judge(fact('a'), fact('b'), 0.5);
      expect(verdict.outcome).toBe(outcome);
    }
  });

  it('says why a pair stayed two facts in words a user reads: the likelier reading and how sure, no fault', async () => {
    const ruling = (outcome: PairVerdict['outcome'], confidence: number): PairJudge => ({
      judge: async () => ({ outcome, confidence, reason: 'only "tea" in common', method: 'heuristic' }),
    });
    const reasonOf = async (judge: PairJudge) =>
      (await new JudgeClassifier(judge).classifyPair(fact('I like tea'), scored('m1', 'I like green tea', 0.8), 'primary', null))?.reason;
    expect(await reasonOf(ruling('neutral', 0.41))).toBe(
      'undecided, both kept: most likely separate facts (only "tea" in common, confidence 0.41); offline, there is no chat model to ask',
    );
    expect(await reasonOf(ruling('same', 0.3))).toBe(
      'undecided, both kept: it may be the same fact again (only "tea" in common), not surely enough to merge them (confidence 0.30); offline, there is no chat model to ask',
    );
    expect(await reasonOf(ruling('conflict', 0.45))).toMatch(
      /^undecided, both kept: they may contradict each other .*not surely enough to raise a conflict/,
    );
    expect(await reasonOf(ruling('unsure', 0.01))).toMatch(
      /^undecided, both kept: the rules cannot tell how the two relate \(only "tea" in common\); offline/,
    );
    for (const outcome of ['neutral', 'same', 'conflict', 'superseded', 'unsure'] as const)
      expect(await reasonOf(ruling(outcome, 0.3))).not.toMatch(/configured|lean to/);
  });

  it('passes an existing result on unchanged', async () => {
    const classifier = new JudgeClassifier(new HeuristicPairJudge());
    const existing = {
      similar: scored('m1', 'x', 0.9),
      outcome: 'same' as const,
      confidence: 1,
      classifier: 'x',
      reason: 'x',
      metadata: {},
    };
    expect(await classifier.classifyPair(fact('y'), existing.similar, 'primary', existing)).toBe(existing);
  });
});

describe('floors a provider declares', () => {
  it('refuses a floor that is no cosine', () => {
    const embedding = { dimensions: 4, similarityFloor: 3, embedDocuments: async () => [], embedQuery: async () => new Float32Array(4) };
    expect(() => service({ embedding })).toThrow(/similarityFloor 3, expected a cosine in \[-1, 1\]/);
    expect(() => service({ embedding: { ...embedding, similarityFloor: 0.4, recallFloor: Number.NaN } })).toThrow(ValidationError);
    const chat = scriptedChat('{}').provider;
    expect(() => service({ embedding: { ...embedding, similarityFloor: 0.4, modelFloor: -2 }, chat })).toThrow(/modelFloor -2/);
    expect(() => service({ embedding: { ...embedding, similarityFloor: 0.4, paraphraseFloor: 1.5 } })).toThrow(/paraphraseFloor 1.5/);
    expect(() => new HeuristicPairJudge({ paraphraseFloor: Number.NaN })).toThrow(ValidationError);
  });
});
