import type { MemoryFact, ScoredMemory } from '@casual-memory/core';
import { changesOutdone } from '../src/classification/one-change-per-add';
import type { JudgedCandidate } from '../src/classification/pairs-worth-asking';

// Which of several memories one statement's change reaches stay archived by it (`changesOutdone` names the others).
const fact = (text: string): MemoryFact => ({ text, type: 'fact', userId: 'u1', tags: [], importance: 0.5 }) as unknown as MemoryFact;
const superseded = (id: string, text: string, score: number): JudgedCandidate => ({
  similar: { id, score, memory: fact(text) } as unknown as ScoredMemory,
  rules: { outcome: 'superseded', confidence: 0.9, reason: 'read as a change', method: 'heuristic' },
});

describe('one change per statement', () => {
  it('archives with the memory a change is of a copy of it that says no more, and leaves one that says more', () => {
    const newMemory = fact('sold the Civic, I drive a Tesla now');
    const outdone = changesOutdone(
      [
        superseded('a', 'I drive a Civic', 0.7),
        superseded('b', 'I drive a Civic btw', 0.6),
        superseded('c', 'my Civic is silver and my sister borrows it on weekends', 0.5),
      ],
      newMemory,
    );
    // "I drive a Civic btw" is "I drive a Civic" again: it goes with it.
    expect(outdone.has('b')).toBe(false);
    // Saying more than the change is of, the third stays current, with why.
    expect(outdone.get('c')).toMatch(/^one statement changes one memory, and this one reads as a change of "I drive a Civic"/);
  });

  it('archives with it a copy told in other words the rules cannot name, when most words are alike', () => {
    const outdone = changesOutdone(
      [
        superseded('first', 'Theo has hockey Tuesdays and Thursdays at 6 at Ted Reeve Arena', 0.6),
        superseded('again', "Theo's hockey is Tues and Thurs at 6pm at Ted Reeve", 0.7),
      ],
      fact("Theo's hockey moved to Wednesdays and Fridays"),
    );
    // Whichever is read as the one changed, the other is the same schedule: left current, it keeps Tuesday.
    expect(outdone.size).toBe(0);
  });
});

describe('one change per statement: which memory it is of', () => {
  it('takes the memory holding what the statement gives another amount of, not one that shares its doctor', () => {
    const outdone = changesOutdone(
      [
        superseded('appointment', 'Mi have appointment wid Dr Singh March 14 fi check mi pressure.', 0.7),
        superseded('dose', 'Mi take amlodipine 5mg every mornin fi mi blood pressure.', 0.6),
      ],
      fact('Dr Singh put mi amlodipine up to 10mg cause mi pressure still high.'),
    );
    expect(outdone.has('dose')).toBe(false);
    expect(outdone.get('appointment')).toMatch(/a change of "Mi take amlodipine 5mg/);
  });

  it('takes the memory of what the statement says is over, and only the first of several naming it', () => {
    const left = changesOutdone(
      [
        superseded('new-job', 'Got a new job at Westerford High, starting in January as HOD maths', 0.8),
        superseded('old-job', 'I teach at Grassy Park High, been there 9 years now, mostly grade 10 to 12 maths', 0.6),
      ],
      fact("I left Grassy Park High in December, I'm HOD maths at Westerford now"),
    );
    expect(left.has('old-job')).toBe(false);
    expect(left.has('new-job')).toBe(true);
    const quit = changesOutdone(
      [
        superseded('offer', 'BUCKEYE OFFERED!! 64 cents a mile, start date is march 24', 0.7),
        superseded('review', 'had my 6 week review at buckeye, they bumped me to 66 cpm', 0.6),
      ],
      fact('hammer quit buckeye, hes driving a cement mixer locally'),
    );
    expect(quit.size).toBe(1);
  });

  it('of two memories holding what the statement says is over, takes the one that states a fact of it', () => {
    const outdone = changesOutdone(
      [
        superseded('pay', 'amazon bumped me up to 19 a hour now', 0.7),
        superseded('job', 'i work at the amazon warehouse off fulton industrial doin 10 hr shifts', 0.6),
      ],
      fact('i quit amazon im at the ups hub by the airport now'),
    );
    expect(outdone.has('job')).toBe(false);
    expect(outdone.get('pay')).toMatch(/a change of "i work at the amazon warehouse/);
  });

  it('of two memories holding what the statement says is over, takes the one that began it, not one that ended another', () => {
    const outdone = changesOutdone(
      [
        superseded('began', 'Started bouldering at Boulder Planet Sembawang with my colleagues, damn shiok', 0.55),
        superseded('other', 'Stopped going gym liao, too sian, bouldering enough for me', 0.6),
      ],
      fact('Quit bouldering, sprained my wrist, physio say must rest 3 months'),
    );
    expect([...outdone.keys()]).toEqual(['other']);
  });

  it('of two memories holding what the statement sells, takes the one of having it, not a plan to sell it', () => {
    const outdone = changesOutdone(
      [
        superseded('have', "Got an old 4.2m tinnie I'm doing up, the transom's rooted and needs replacing", 0.5),
        superseded('plan', "Reckon I'll sell the tinnie one day and get something bigger for the bay", 0.6),
      ],
      fact('Sold the tinnie to a bloke from Redland Bay for $4,500'),
    );
    expect([...outdone.keys()]).toEqual(['plan']);
  });

  it('of memories naming one said to be gone, takes the one that tells of having them, not one of what they did', () => {
    const outdone = changesOutdone(
      [
        superseded('boots', 'Bruno love chew up mi work boots dem smh', 0.6),
        superseded('dog', 'mi have a dog name Bruno, him a pit mix', 0.5),
      ],
      fact('Bruno dead last night, mi heart bruk'),
    );
    expect(outdone.has('dog')).toBe(false);
    expect(outdone.get('boots')).toMatch(/a change of "mi have a dog name Bruno/);
  });

  it('of the memories a correction reads as changed, takes the one it does not state again ("the 150 was typo")', () => {
    const outdone = changesOutdone(
      [
        superseded('hundred', 'Dr Lee increased my sertraline to 100mg bc still anxious', 0.8),
        superseded('typo', 'i take sertraline 150mg', 0.6),
      ],
      fact('to be clear, sertraline is 100mg, the 150 was typo'),
    );
    expect(outdone.has('typo')).toBe(false);
    expect(outdone.get('hundred')).toMatch(/a change of "i take sertraline 150mg"/);
    const checkup = changesOutdone(
      [
        superseded('28th', 'lilys checkup is march 28 at 10', 0.8),
        superseded('21st', 'lilys checkup got moved to march 21 same time', 0.7),
      ],
      fact('to be clear lilys checkup is march 28, the office called and changed it'),
    );
    expect(checkup.has('21st')).toBe(false);
    expect(checkup.has('28th')).toBe(true);
  });

  it('archives, for one said gone ("Nell\'s had to be put down", "Pączek had to be put down"), the memory that tells of having them', () => {
    for (const [intro, vet, gone] of [
      ["got a whippet called Nell, she's 6", "Nell's vet is Crookes Vets", "Nell's had to be put down. kidneys. heartbroken"],
      [
        "I have a little dachshund named Pączek, he's 9",
        "Pączek's vet is Dr. Nowicki on Milwaukee Ave",
        'Pączek had to be put down Thursday',
      ],
    ] as const) {
      const outdone = changesOutdone([superseded('vet', vet, 0.8), superseded('intro', intro, 0.6)], fact(gone));
      expect([...outdone.keys()]).toEqual(['vet']);
    }
  });
});
