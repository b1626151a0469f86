import { type EmbeddingProvider, ValidationError } from '@casual-memory/core';
import { InMemoryConflictStore } from '@casual-memory/memory-conflicts';
import { InMemoryVectorStore } from '@casual-memory/memory-vector';
import type { PairJudge, PairVerdict } from '../src/judgement/pair-verdict';
import { HashingEmbeddingProvider } from '../src/offline/hashing-embedding-provider';
import { HeuristicPairJudge } from '../src/offline/heuristic-pair-judge';
import { describeAddResult } from '../src/service/describe-add-result';
import { MemoryService } from '../src/service/memory-service';
import { scriptedChat } from './helpers/chat';

// The service end to end with its offline defaults (no model, no network) on the in-memory stores.
function offlineService(options: Partial<ConstructorParameters<typeof MemoryService>[0]> = {}) {
  return new MemoryService({
    vectorStore: new InMemoryVectorStore({ dimensions: 384 }),
    conflictStore: new InMemoryConflictStore(),
    ...options,
  });
}
const u1 = (text: string) => ({ text, type: 'fact' as const, userId: 'u1' });

describe('MemoryService offline (default providers)', () => {
  it('answers "what is my name" with the introduction, not a pet named later', async () => {
    const service = offlineService();
    for (const text of [
      "Hi lah, I'm Mei-Ling Tan, 45 this year, working as accountant in Vancouver, stay here 12 years already",
      'We adopt another cat, name Milo, grey tabby, Kopi not so happy haha',
      'Kopi passed away last week, kidney failure, very sad',
      'my son Ethan named his goldfish Bubbles',
      'the dog next door is called Rex, what a name',
    ])
      await service.add(u1(text));
    const [first] = await service.query('u1', 'what is my name');
    expect(first?.memory.text).toMatch(/^Hi lah, I'm Mei-Ling Tan/);
  });

  it('ends the statin a "quit the statin" means, and keeps the doctor it names in passing', async () => {
    const vectorStore = new InMemoryVectorStore({ dimensions: 384 });
    const service = offlineService({ vectorStore });
    const gp = await service.add(u1('My GP is Dr Patel at Gore Health.'));
    const statin = await service.add(u1("Doc's upped my atorvastatin to 40mg."));
    const quit = await service.add(u1("Quit the statin, it gave me shocking leg cramps, Dr Patel says we'll try something else later."));
    expect(quit.supersededIds).toEqual([statin.memoryId]);
    expect((await vectorStore.getById('u1', gp.memoryId))?.memory.archived).toBe(false);
  });

  it.each([
    ['I live in London', 'I live in Paris', 'conflict'],
    ['I live in London', 'I moved to Paris', 'added'],
    ['I live in London', 'I live in London', 'duplicate'],
    ['I like coffee', 'I love coffee', 'duplicate'],
    ['I live in London', 'My sister lives in Paris', 'added'],
    ['My name is Sam', 'My name is Alex', 'conflict'],
    ['I smoke', 'I no longer smoke', 'added'],
  ])('%j then %j: %s', async (earlier, later, action) => {
    const service = offlineService();
    await service.add(u1(earlier));
    const result = await service.add(u1(later));
    expect(result.action).toBe(action);
    expect(result.calls).toEqual({ embedding: 1, nli: 0, llm: 0 });
  });

  it('reads an age said again, older by the time since, as the age now; a jump the clock does not explain stays a contradiction', async () => {
    let clock = new Date('2026-01-01T12:00:00Z');
    const service = offlineService({ now: () => clock });
    const six = await service.add(u1('My daughter is 6 months old already, time flies'));
    clock = new Date('2026-04-02T12:00:00Z');
    const nine = await service.add(u1('my daughter is 9 months old already, time flies'));
    expect(nine.action).toBe('added');
    expect(nine.supersededIds).toEqual([six.memoryId]);
    // The same jump a day later is no growing up: two ages to ask about.
    const next = offlineService({ now: () => clock });
    await next.add(u1('My son is 7 years old'));
    clock = new Date('2026-04-03T12:00:00Z');
    expect((await next.add(u1('My son is 9 years old'))).action).toBe('conflict');
  });

  it('reads an age one year on from a birthday just told, said the same day, as a contradiction, not a year grown', async () => {
    let clock = new Date('2026-08-20T12:00:00Z');
    const service = offlineService({ now: () => clock });
    const five = await service.add(u1('Anika turned 5 on 12 aug, had a small party'));
    clock = new Date('2026-08-20T12:01:00Z');
    const six = await service.add(u1('Anika is 6'));
    expect(six.action).toBe('conflict');
    expect(six.supersededIds).not.toContain(five.memoryId);
    // A year on, it is the age grown into.
    const later = offlineService({ now: () => clock });
    const turned = await later.add(u1('Anika turned 5 on 12 aug, had a small party'));
    clock = new Date('2027-08-25T12:00:00Z');
    expect((await later.add(u1('Anika is 6'))).supersededIds).toEqual([turned.memoryId]);
  });

  it("validates the heuristic judge's clock", () => {
    expect(() => new HeuristicPairJudge({ now: 'today' as unknown as () => Date })).toThrow(ValidationError);
  });

  it.each([
    ["I'm vegetarian", "I'm vegan", 'Which diet do you follow now?'],
    ['I drive a 2015 Skoda Octavia', 'I drive a Ford Focus', 'Which car do you drive now?'],
    ['my sister is vegetarian', 'my sister is pescatarian', 'Which diet does your sister follow now?'],
    ['my partner marina lives in hamburg', 'marina lives in munich', 'Where does your partner Marina live now?'],
    ["my son Alfie's in year 2 at Moortown primary", 'Alfie goes to Talbot Primary', 'Which school does your son Alfie go to now?'],
    // The question names the two values the rules read, where they know the thing.
    [
      "biscuit's vet is companion care",
      "biscuit's vet is vets4pets in swinton",
      "Who is Biscuit's vet now: companion care or vets4pets in swinton?",
    ],
    ['We have a little Westie called Bryn', 'Bryn is a Jack Russell', 'What breed is Bryn: westie or jack russell?'],
    ['my boss Mr Greene is always on about deadlines', 'my boss is Ms Alvarez', 'Is Greene still your boss?'],
  ])('asks what is right now when %j meets %j', async (earlier, later, question) => {
    const service = offlineService();
    await service.add(u1(earlier));
    const result = await service.add(u1(later));
    expect(result.action).toBe('conflict');
    const [conflict] = await service.getPendingConflicts('u1');
    expect(conflict?.clarificationHint).toBe(question);
  });

  it("reads one diet at a time: a new one said as a change replaces the old, another person's stays apart", async () => {
    const service = offlineService();
    const vegetarian = await service.add(u1("I'm vegetarian"));
    expect(await service.add(u1('my partner is vegan'))).toMatchObject({ action: 'added', supersededIds: [] });
    expect(await service.add(u1("I've gone pescatarian now"))).toMatchObject({ action: 'added', supersededIds: [vegetarian.memoryId] });
    expect(await service.add(u1('made a vegan lasagne for dinner'))).toMatchObject({ action: 'added', supersededIds: [] });
  });

  it('answers a question with the same first hits whatever topK asks for, up to five', async () => {
    const service = offlineService();
    for (const text of [
      'moved from são paulo to berlin in march last year',
      'my gf marina lives in hamburg',
      'i bike to the coworking most days',
      'raised my day rate to 600€',
      'marina moved to berlin!! she got her own place in kreuzberg',
      'flying back to berlin on 10 jan',
      'my sister lives in campinas',
      'cancelled mcfit, the gym wasnt for me',
      'my flatmate jonas moved out, lea lives here now',
      'my visa expires on 15 october 2025',
      'i live in neukölln now, near the canal',
    ])
      await service.add(u1(text));
    for (const question of ['where do i live', 'where does my girlfriend live', 'what is my day rate', 'who lives with me']) {
      const five = (await service.query('u1', question, { topK: 5, minScore: -1 })).map((hit) => hit.id);
      expect(five).toHaveLength(5);
      for (const topK of [1, 2, 3, 4]) {
        const first = (await service.query('u1', question, { topK, minScore: -1 })).map((hit) => hit.id);
        expect(first).toEqual(five.slice(0, topK));
      }
    }
  });

  it('supersedes on an explicit change and finds the new fact with the default query settings', async () => {
    const service = offlineService();
    const london = await service.add(u1('I live in London'));
    const paris = await service.add(u1('I moved to Paris'));
    expect(paris.supersededIds).toEqual([london.memoryId]);
    expect((await service.query('u1', 'where do I live')).map((hit) => hit.memory.text)).toEqual(['I moved to Paris']);
    expect(await service.history('u1')).toMatchObject([{ id: london.memoryId, supersededBy: paris.memoryId }]);
  });

  it('reads a moved appointment as a new time for it, never as a move of home', async () => {
    const service = offlineService();
    const home = await service.add(u1('I moved to Denver last month'));
    const appointment = await service.add(u1('I have a dentist appointment on Saturday, October 18 at 9:30am'));
    const moved = await service.add(u1('My dentist appointment got moved to Tuesday, November 4 at 4:15pm'));
    expect(moved.supersededIds).toEqual([appointment.memoryId]);
    expect((await service.query('u1', 'where do I live')).map((hit) => hit.id)).toContain(home.memoryId);
  });

  it('reads a statement said again with "like I mentioned" or "don\'t forget" as a mention of the first', async () => {
    const service = offlineService();
    const first = await service.add(u1("My mom's birthday is July 28"));
    for (const again of ["Don't forget my mom's birthday is July 28", "My mom's birthday is July 28, as I said before"]) {
      expect(await service.add(u1(again))).toMatchObject({ action: 'duplicate', duplicateOf: first.memoryId });
    }
  });

  it('keeps a fact about someone when a statement about something else of theirs says "lately"', async () => {
    const service = offlineService();
    const richmond = await service.add(u1('My cousin Luis is in Richmond'));
    const climbing = await service.add(u1('My cousin Luis has gotten super into rock climbing lately'));
    expect(climbing.supersededIds).toEqual([]);
    expect((await service.query('u1', 'where does my cousin Luis live')).map((hit) => hit.id)).toContain(richmond.memoryId);
  });

  it('reads a statement opening with a name in lower case as about the one an earlier statement names so', async () => {
    const service = offlineService();
    const leeds = await service.add(u1('My sister Jess lives in Leeds'));
    const york = await service.add(u1('jess moved to york'));
    expect(york.supersededIds).toEqual([leeds.memoryId]);
    const nurse = await service.add(u1('my friend tom is a nurse'));
    const paramedic = await service.add(u1('tom is a paramedic now'));
    expect(paramedic.supersededIds).toEqual([nurse.memoryId]);
    // Someone else, or no one named: nothing of Jess's or Tom's changes.
    const other = await service.add(u1('sam moved to bristol'));
    expect(other.supersededIds).toEqual([]);
  });

  it('keeps one boss at a time: a new one replaces the old, another name unsaid to change is asked about', async () => {
    const service = offlineService();
    const linda = await service.add(u1('My boss is Linda'));
    const rob = await service.add(u1('my new boss is Rob'));
    expect(rob.supersededIds).toEqual([linda.memoryId]);
    // The reason quotes the word the user wrote ("new"), and reads as English.
    expect(rob.decisions[0]?.reason).toBe('another boss of the user\'s (one at a time), and the later one says it changed ("new")');
    expect((await service.query('u1', "who's my manager?"))[0]?.id).toBe(rob.memoryId);
    const tom = await service.add(u1('my manager is Tom'));
    expect(tom.action).toBe('conflict');
    // Someone else of the same name is no boss.
    const sister = await service.add(u1('my sister is Linda'));
    expect(sister.supersededIds).toEqual([]);
    expect(sister.action).toBe('added');
  });

  it('asks about the one a contradiction is about, not about the user', async () => {
    const service = offlineService();
    await service.add(u1('my sister lives in Leeds'));
    const york = await service.add(u1('my sister lives in York'));
    expect(york.action).toBe('conflict');
    const [conflict] = await service.getPendingConflicts('u1');
    expect(conflict?.clarificationHint).toBe('Where does your sister live now?');
    // The user's own still gets the question about the user.
    await service.add(u1('I live in London'));
    await service.add(u1('I live in Paris'));
    const questions = (await service.getPendingConflicts('u1')).map((pending) => pending.clarificationHint);
    expect(questions).toContain('Where do you currently live?');
  });

  it("keeps a named one's fact apart from the user's, and the user's home when a housemate moves out", async () => {
    const service = offlineService();
    const allergy = await service.add(u1("I'm allergic to penicillin"));
    const leo = await service.add(u1("Leo isn't allergic to penicillin, just cats"));
    expect(leo.action).toBe('added');
    expect(leo.supersededIds).toEqual([]);
    const home = await service.add(u1('moved into a shared house on Gloucester Road with Jess and two others'));
    const jess = await service.add(u1('Jess is moving out to live with her boyfriend in Clifton'));
    expect(jess.supersededIds).toEqual([]);
    const current = (await service.query('u1', 'where do I live?')).map((hit) => hit.id);
    expect(current).toContain(home.memoryId);
    expect(leo.decisions.find((decision) => decision.memoryId === allergy.memoryId)?.reason).toContain('different people');
  });

  it('reads leaving what an earlier statement names as a change of it, not as the same thing said again', async () => {
    const service = offlineService();
    const google = await service.add(u1('I work at Google'));
    const left = await service.add(u1('I left Google last month'));
    expect(left.action).toBe('added');
    expect(left.supersededIds).toEqual([google.memoryId]);
  });

  it('keeps "I\'ve never been to Japan" through a trip planned and called off', async () => {
    const vectorStore = new InMemoryVectorStore({ dimensions: 384 });
    const service = offlineService({ vectorStore });
    const never = await service.add(u1("I've never been to Japan"));
    const planned = await service.add(u1("We're going to Japan in April"));
    expect(planned).toMatchObject({ action: 'added', supersededIds: [], conflictIds: [] });
    const cancelled = await service.add(u1('The Japan trip got cancelled'));
    expect(cancelled.supersededIds).not.toContain(never.memoryId);
    expect((await vectorStore.getById('u1', never.memoryId))?.memory.archived).toBe(false);
  });

  it('restores an archived memory to current, leaving what superseded it current too; a current, held or unknown one stays as it is', async () => {
    const service = offlineService();
    const london = await service.add(u1('I live in London'));
    const paris = await service.add(u1('I moved to Paris'));
    expect(paris.supersededIds).toEqual([london.memoryId]);
    const restored = await service.restore('u1', london.memoryId);
    expect(restored).toMatchObject({ restored: true, supersededBy: paris.memoryId, memory: { id: london.memoryId } });
    expect(restored.memory?.memory).toMatchObject({ archived: false, text: 'I live in London' });
    expect(restored.memory?.memory.supersededBy).toBeUndefined();
    const texts = (await service.query('u1', 'where do I live', { minScore: -1 })).map((hit) => hit.memory.text);
    expect(texts).toEqual(expect.arrayContaining(['I live in London', 'I moved to Paris']));
    expect(await service.restore('u1', london.memoryId)).toMatchObject({ restored: false, reason: 'current' });
    expect(await service.restore('u1', '00000000-0000-4000-8000-000000000000')).toMatchObject({ restored: false, reason: 'not-found' });
    // Held for a conflict, it waits for the conflict's answer.
    const porto = await service.add(u1('I live in Porto'));
    expect(porto.action).toBe('conflict');
    expect(await service.restore('u1', porto.memoryId)).toMatchObject({ restored: false, reason: 'held' });
    await expect(service.restore('', london.memoryId)).rejects.toThrow(ValidationError);
  });

  describe('a pending conflict answered in conversation', () => {
    async function londonParis() {
      const conflictStore = new InMemoryConflictStore();
      const service = offlineService({ conflictStore });
      const london = await service.add(u1('I live in London'));
      const paris = await service.add(u1('I live in Paris'));
      expect(paris.action).toBe('conflict');
      return { service, conflictStore, london, paris, conflictId: paris.conflictIds[0]! };
    }
    const where = async (service: MemoryService) => (await service.query('u1', 'where do I live')).map((hit) => hit.memory.text);

    it('keeps the side said again with "to be clear" and archives the other', async () => {
      const { service, london, paris, conflictId } = await londonParis();
      const settled = await service.add(u1('To be clear, I live in Paris'));
      expect(settled).toMatchObject({ action: 'duplicate', duplicateOf: paris.memoryId, resolvedConflictIds: [conflictId] });
      expect(await service.getPendingConflicts('u1')).toEqual([]);
      expect(await where(service)).toEqual(['I live in Paris']);
      expect(await service.history('u1')).toMatchObject([{ id: london.memoryId }]);
      const conflict = await service.conflictStore.getConflict('u1', conflictId);
      expect(conflict).toMatchObject({
        id: conflictId,
        status: 'resolved',
        resolutionDecision: 'keep_b',
        resolutionType: 'conversational',
        resolvedBy: 'u1',
      });
    });

    it('keeps the earlier side when that one is said again ("for the record")', async () => {
      const { service, paris, conflictId } = await londonParis();
      const settled = await service.add(u1('For the record, I live in London'));
      expect(settled.resolvedConflictIds).toEqual([conflictId]);
      expect(await where(service)).toEqual(['I live in London']);
      expect((await service.history('u1')).map((entry) => entry.id)).toEqual([paris.memoryId]);
      const lines = (
        await describeAddResult(settled, 'For the record, I live in London', {
          memory: (id) => service.vectorStore.getById('u1', id),
          conflict: (id) => service.conflictStore.getConflict('u1', id),
        })
      ).lines;
      expect(lines).toContain(
        `  settles conflict #${conflictId}: keeps #${settled.memoryId} "I live in London", archives #${paris.memoryId} "I live in Paris"`,
      );
    });

    it('counts the mention and reports the failure when the conflict store cannot resolve now', async () => {
      class RefusingConflictStore extends InMemoryConflictStore {
        override async resolveConflict(): Promise<boolean> {
          throw new Error('connection reset');
        }
      }
      const service = offlineService({ conflictStore: new RefusingConflictStore() });
      await service.add(u1('I live in London'));
      const paris = await service.add(u1('I live in Paris'));
      const settled = await service.add(u1('To be clear, I live in Paris'));
      expect(settled).toMatchObject({ action: 'duplicate', resolvedConflictIds: [] });
      expect(settled.failures).toMatchObject([
        { memoryId: paris.conflictIds[0], operation: 'resolve', reason: 'error', error: { code: 'STORE_UNAVAILABLE' } },
      ]);
      expect(settled.failures[0]?.error?.message).toContain('connection reset');
      expect(await service.getPendingConflicts('u1')).toHaveLength(1);
      // Nothing archived meanwhile: London stays the current fact until the conflict is settled.
      expect((await service.query('u1', 'where do I live')).map((hit) => hit.memory.text)).toEqual(['I live in London']);
      expect(settled.supersededIds).toEqual([]);
    });

    it('archives another current value when one is said again with "to be clear", even with no conflict recorded', async () => {
      const service = offlineService();
      const dancingQueen = await service.add(u1('My go-to karaoke song is Dancing Queen'));
      const africa = await service.add(u1('My karaoke song is Africa'));
      // The rules cannot tell these two apart offline: both stay current, nothing recorded.
      expect(africa).toMatchObject({ action: 'added', supersededIds: [], conflictIds: [] });
      const settled = await service.add(u1('Ok let me be clear, my karaoke song is definitely Africa'));
      expect(settled).toMatchObject({ action: 'duplicate', duplicateOf: africa.memoryId, supersededIds: [dancingQueen.memoryId] });
      expect((await service.query('u1', 'what is my karaoke song')).map((hit) => hit.memory.text)).toEqual(['My karaoke song is Africa']);
      expect(await service.history('u1')).toMatchObject([{ id: dancingQueen.memoryId, supersededBy: africa.memoryId }]);
      const described = await describeAddResult(settled, 'Ok let me be clear, my karaoke song is definitely Africa', {
        memory: (id) => service.vectorStore.getById('u1', id),
        conflict: (id) => service.conflictStore.getConflict('u1', id),
      });
      expect(described.lines).toContain(
        `  replaces #${dancingQueen.memoryId} "My go-to karaoke song is Dancing Queen": said again with a word that settles it`,
      );
    });

    it('resolves the conflict as answered by neither side when one side is updated ("I moved to Berlin")', async () => {
      const { service, london, paris, conflictId } = await londonParis();
      const text = 'I moved to Berlin last month';
      const berlin = await service.add(u1(text));
      expect(berlin).toMatchObject({ action: 'added', resolvedConflictIds: [conflictId] });
      expect([...berlin.supersededIds].sort()).toEqual([london.memoryId, paris.memoryId].sort());
      expect(berlin.calls.embedding).toBe(1);
      expect(await service.getPendingConflicts('u1')).toEqual([]);
      expect(await where(service)).toEqual([text]);
      const history = await service.history('u1');
      expect(history.map((entry) => [entry.id, entry.reason, entry.supersededBy]).sort()).toEqual(
        [
          [london.memoryId, 'superseded', berlin.memoryId],
          [paris.memoryId, 'superseded', berlin.memoryId],
        ].sort(),
      );
      expect(await service.conflictStore.getConflict('u1', conflictId)).toMatchObject({
        status: 'resolved',
        resolutionDecision: 'merge',
        mergedText: text,
        resolutionType: 'conversational',
        resolvedBy: 'u1',
        resolutionAppliedAt: expect.any(Date),
      });
      // No second copy of the new statement was made for the merge.
      const stored = await service.vectorStore.listMemories('u1', { includeArchived: true });
      expect(stored.memories.filter((entry) => entry.memory.text === text)).toHaveLength(1);
      const described = await describeAddResult(berlin, text, {
        memory: (id) => service.vectorStore.getById('u1', id),
        conflict: (id) => service.conflictStore.getConflict('u1', id),
      });
      expect(described.settled).toEqual([
        { id: conflictId, kept: { id: berlin.memoryId, text }, archived: { id: paris.memoryId, text: 'I live in Paris' } },
      ]);
      expect(described.lines).toContain(
        `  supersedes #${paris.memoryId} "I live in Paris": the other side of a conflict this answers (below)`,
      );
      expect(described.lines).toContain(
        `  settles conflict #${conflictId}: keeps #${berlin.memoryId} "${text}", archives #${paris.memoryId} "I live in Paris"`,
      );
    });

    it('archives the held side too when the update of the other side is about what the conflict is, whoever the held side names', async () => {
      const service = offlineService();
      const hamburg = await service.add(u1('my gf marina lives in hamburg'));
      const munich = await service.add(u1('my girlfriend lives in munich'));
      expect(munich.action).toBe('conflict');
      const text = 'marina moved to berlin!! she got her own place in kreuzberg';
      const berlin = await service.add(u1(text));
      expect([...berlin.supersededIds].sort()).toEqual([hamburg.memoryId, munich.memoryId].sort());
      expect(await service.getPendingConflicts('u1')).toEqual([]);
      // The unconfirmed Munich is not made current by the move it never spoke of.
      const current = await service.vectorStore.listMemories('u1');
      expect(current.memories.map((entry) => entry.memory.text)).toEqual([text]);
    });

    it('keeps the held side when the update of the other side leaves it standing, and asks nothing when unsure', async () => {
      // A judge that read "Walt is an accountant" as contradicting where Walt lives: a conflict that was never real.
      const verdicts: Record<string, PairVerdict['outcome']> = {
        'My friend Walt lives in Rochester => My friend Walt is an accountant': 'conflict',
        'My friend Walt lives in Rochester => My friend Walt moved to Naples': 'superseded',
        'My friend Walt is an accountant => My friend Walt moved to Naples': 'neutral',
        'My friend Walt lives in Rochester => My friend Walt collects stamps': 'conflict',
        'My friend Walt collects stamps => My friend Walt moved to Naples': 'unsure',
      };
      const judge: PairJudge = {
        judge: async (existing, incoming) => ({
          outcome: verdicts[`${existing.text} => ${incoming.text}`] ?? 'neutral',
          confidence: 0.9,
          reason: 'scripted',
          method: 'scripted',
        }),
      };
      const service = offlineService({ judge });
      const rochester = await service.add(u1('My friend Walt lives in Rochester'));
      const accountant = await service.add(u1('My friend Walt is an accountant'));
      const stamps = await service.add(u1('My friend Walt collects stamps'));
      expect([accountant.action, stamps.action]).toEqual(['conflict', 'conflict']);
      const naples = await service.add(u1('My friend Walt moved to Naples'));
      expect(naples).toMatchObject({
        action: 'added',
        supersededIds: [rochester.memoryId],
        resolvedConflictIds: [accountant.conflictIds[0]],
      });
      expect(await service.conflictStore.getConflict('u1', accountant.conflictIds[0]!)).toMatchObject({
        status: 'resolved',
        resolutionDecision: 'keep_b',
        winningMemoryId: accountant.memoryId,
      });
      const described = await describeAddResult(naples, 'My friend Walt moved to Naples', {
        memory: (id) => service.vectorStore.getById('u1', id),
        conflict: (id) => service.conflictStore.getConflict('u1', id),
      });
      expect(described.settled).toEqual([
        {
          id: accountant.conflictIds[0],
          kept: { id: accountant.memoryId, text: 'My friend Walt is an accountant' },
          archived: { id: rochester.memoryId, text: 'My friend Walt lives in Rochester' },
        },
      ]);
      // Current again: it contradicts nothing current now.
      const current = (await service.query('u1', 'what does my friend Walt do', { minScore: -1 })).map((hit) => hit.id);
      expect(current).toContain(accountant.memoryId);
      // Undecided against the update: left for the user to answer.
      expect((await service.getPendingConflicts('u1')).map((conflict) => conflict.id)).toEqual(stamps.conflictIds);
    });

    it('keeps the conflict pending and reports the failure when an update cannot resolve it now', async () => {
      class RefusingConflictStore extends InMemoryConflictStore {
        override async resolveConflict(): Promise<boolean> {
          throw new Error('connection reset');
        }
      }
      const service = offlineService({ conflictStore: new RefusingConflictStore() });
      const london = await service.add(u1('I live in London'));
      const paris = await service.add(u1('I live in Paris'));
      const berlin = await service.add(u1('I moved to Berlin'));
      expect(berlin).toMatchObject({ action: 'added', supersededIds: [london.memoryId], resolvedConflictIds: [] });
      expect(berlin.failures).toMatchObject([
        { memoryId: paris.conflictIds[0], operation: 'resolve', error: { code: 'STORE_UNAVAILABLE' } },
      ]);
      expect(await service.getPendingConflicts('u1')).toHaveLength(1);
      expect(await where(service)).toEqual(['I moved to Berlin']);
    });

    it('answers another pending conflict whose current side a resolution archived', async () => {
      const service = offlineService();
      const london = await service.add(u1('I live in London'));
      const paris = await service.add(u1('I live in Paris'));
      const madrid = await service.add(u1('I live in Madrid'));
      const pending = await service.getPendingConflicts('u1');
      expect(pending.map((conflict) => conflict.memoryAId)).toEqual([london.memoryId, london.memoryId]);
      // Paris kept over London: the conflict of London and Madrid had a side that no longer holds.
      const resolved = await service.resolveConflict('u1', paris.conflictIds[0]!, 'keep_b');
      expect(resolved).toMatchObject({ applied: true, settledConflictIds: [madrid.conflictIds[0]], failures: [] });
      expect(await service.getPendingConflicts('u1')).toEqual([]);
      expect(await where(service)).toEqual(['I live in Paris']);
      // A resolution that archives nothing settles nothing else.
      const other = offlineService();
      await other.add(u1('I live in London'));
      const rome = await other.add(u1('I live in Rome'));
      expect((await other.resolveConflict('u1', rome.conflictIds[0]!, 'both_valid')).settledConflictIds).toBeUndefined();
    });

    describe('repair answers a conflict an update left open', () => {
      // A conflict store that cannot resolve while `down` is set, as in a connection outage.
      class FlakyConflictStore extends InMemoryConflictStore {
        down = true;
        override async resolveConflict(...args: Parameters<InMemoryConflictStore['resolveConflict']>): Promise<boolean> {
          if (this.down) throw new Error('connection reset');
          return super.resolveConflict(...args);
        }
      }
      async function leftOpen(options: Partial<ConstructorParameters<typeof MemoryService>[0]>, ...updates: string[]) {
        const conflictStore = new FlakyConflictStore();
        const service = offlineService({ ...options, conflictStore });
        const london = await service.add(u1('I live in London'));
        const paris = await service.add(u1('I live in Paris'));
        const added = [];
        for (const update of updates) added.push(await service.add(u1(update)));
        expect(await service.getPendingConflicts('u1')).toHaveLength(1);
        conflictStore.down = false;
        return { service, conflictStore, london, paris, added, conflictId: paris.conflictIds[0]! };
      }

      it('merges the held side into the update, stores no copy, and does it once', async () => {
        const { service, paris, added, conflictId } = await leftOpen({}, 'I moved to Berlin');
        const berlin = added[0]!;
        const repaired = await service.repair('u1');
        expect(repaired).toMatchObject({ settledConflictIds: [conflictId], failures: [] });
        expect(await service.getPendingConflicts('u1')).toEqual([]);
        expect(await where(service)).toEqual(['I moved to Berlin']);
        expect(await service.conflictStore.getConflict('u1', conflictId)).toMatchObject({
          status: 'resolved',
          resolutionDecision: 'merge',
          mergedText: 'I moved to Berlin',
        });
        const history = await service.history('u1');
        expect(history.find((entry) => entry.id === paris.memoryId)).toMatchObject({ supersededBy: berlin.memoryId });
        const stored = await service.vectorStore.listMemories('u1', { includeArchived: true });
        expect(stored.memories.filter((entry) => entry.memory.text === 'I moved to Berlin')).toHaveLength(1);
        expect((await service.repair('u1')).settledConflictIds).toEqual([]);
      });

      it('leaves it pending when the update was itself replaced since', async () => {
        const { service, conflictId } = await leftOpen({}, 'I moved to Berlin', 'I moved to Rome');
        expect((await service.repair('u1')).settledConflictIds).toEqual([]);
        expect((await service.getPendingConflicts('u1')).map((conflict) => conflict.id)).toEqual([conflictId]);
      });

      it('reports an embedding failure and leaves the conflict pending for the next repair', async () => {
        const hashing = new HashingEmbeddingProvider({ dimensions: 384 });
        let failing = false;
        const embedding: EmbeddingProvider = {
          dimensions: hashing.dimensions,
          embedQuery: (text) => hashing.embedQuery(text),
          embedDocuments: async (texts) => {
            if (failing) throw new Error('model unloaded');
            return hashing.embedDocuments(texts);
          },
        };
        const { service, conflictId } = await leftOpen({ embedding }, 'I moved to Berlin');
        failing = true;
        const failed = await service.repair('u1');
        expect(failed.settledConflictIds).toEqual([]);
        expect(failed.failures).toMatchObject([{ memoryId: conflictId, operation: 'resolve', error: { code: 'PROVIDER_UNAVAILABLE' } }]);
        expect(await service.getPendingConflicts('u1')).toHaveLength(1);
        failing = false;
        expect((await service.repair('u1')).settledConflictIds).toEqual([conflictId]);
      });
    });

    it('leaves the conflict pending when the side is only repeated', async () => {
      const { service, conflictId } = await londonParis();
      const repeated = await service.add(u1('I live in Paris'));
      expect(repeated).toMatchObject({ action: 'duplicate', resolvedConflictIds: [] });
      expect((await service.getPendingConflicts('u1')).map((conflict) => conflict.id)).toEqual([conflictId]);
    });
  });

  it('gives one memory mentioned 50 times for 50 parallel identical adds', async () => {
    const service = offlineService();
    const results = await Promise.all(Array.from({ length: 50 }, () => service.add(u1('I like green tea'))));
    const hits = await service.query('u1', 'I like green tea');
    expect(hits).toHaveLength(1);
    expect(hits[0]?.memory.mentionCount).toBe(50);
    expect(new Set(results.map((result) => result.memoryId)).size).toBe(1);
  });

  it('asks the chat model only about what the heuristics cannot tell', async () => {
    const { provider, calls } = scriptedChat('{"relation": "contradiction", "category": "vehicle", "reason": "one car"}');
    // A lower similarity threshold, so the two car statements are compared at all.
    const service = offlineService({ chat: provider, similarityThreshold: 0.6 });
    await service.add(u1('I live in London'));
    expect((await service.add(u1('I live in London'))).calls.llm).toBe(0);
    await service.add({ text: 'I drive a Honda', type: 'fact', userId: 'u2' });
    const toyota = await service.add({ text: 'I drive a Toyota', type: 'fact', userId: 'u2' });
    expect(toyota.calls.llm).toBeGreaterThanOrEqual(1);
    expect(toyota.action).toBe('conflict');
    expect(toyota.decisions[0]?.reason).toBe('the model: one car');
    expect(calls.length).toBe(toyota.calls.llm);
  });
});
