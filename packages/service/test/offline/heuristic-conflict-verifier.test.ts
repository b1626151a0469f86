import { MemoryFactSchema } from '@casual-memory/core';
import { HeuristicConflictVerifier } from '../../src/offline/heuristic-conflict-verifier';

const verifier = new HeuristicConflictVerifier();
const fact = (text: string) => MemoryFactSchema.parse({ text, type: 'fact', userId: 'u1' });
const verify = (earlier: string, later: string) => verifier.verifyConflict(fact(earlier), fact(later), 0.9);

describe('HeuristicConflictVerifier', () => {
  it.each([
    ['location', 'I live in London', 'I live in Paris'],
    ['location', "I'm from Spain", "I'm from Italy"],
    ['location', 'I live on the third floor', 'I live on the fifth floor'],
    ['job', 'I work as a teacher', 'I work as a doctor'],
    ['job', 'I am a lawyer', 'I am an architect'],
    ['job', 'I work at Google', 'I work at Microsoft'],
    ['name', 'My name is Alex', 'My name is Sam'],
    ['name', 'My surname is Jones', 'My surname is Brown'],
    ['age', 'I am 30', 'I am 35 years old'],
    ['age', 'I was born in 1990', 'I was born in 1992'],
    ['relationship', 'I am single', 'I am married'],
    ['preference', 'My favourite colour is blue', 'My favourite colour is green'],
    ['preference', 'I prefer tea over coffee', 'I prefer coffee over tea'],
  ])('two values of a single-valued attribute are a contradiction (%s): %s / %s', async (category, earlier, later) => {
    const verdict = await verify(earlier, later);
    expect(verdict).toMatchObject({ relation: 'contradiction', method: 'heuristic', category });
    expect(verdict.reason.length).toBeGreaterThan(10);
  });

  it.each([
    ['I like coffee', "I don't like coffee"],
    ['I love sushi', 'I hate sushi'],
    ['I smoke', "I don't smoke"],
    ['I can swim', "I can't swim"],
    ['I have a car', "I don't have a car"],
    ['I am allergic to peanuts', 'I am not allergic to peanuts'],
  ])('the same predicate negated is a contradiction: %s / %s', async (earlier, later) => {
    expect((await verify(earlier, later)).relation).toBe('contradiction');
  });

  it.each([
    ['I go to the gym three times a week', 'I go to the gym twice a week'],
    ['I wake up at 6am', 'I wake up at 9am'],
    ['My birthday is on March 3', 'My birthday is on May 10'],
    ['I have two cats', 'I have three cats'],
  ])('another number, time or date for the same thing is a contradiction: %s / %s', async (earlier, later) => {
    expect((await verify(earlier, later)).relation).toBe('contradiction');
  });

  it.each([
    ['I live in London', 'I moved to Paris'],
    ['I live in New York', 'I now live in Boston'],
    ['I drink coffee every day', 'I no longer drink coffee'],
    ['I like horror movies', "I don't like horror movies anymore"],
    ['I live in Seattle', 'These days I live in Portland'],
    ['I prefer window seats', 'I switched to preferring aisle seats'],
    ['I work at Google', 'I started a new job at Microsoft'],
    ['I smoke a pack a day', 'I quit smoking'],
    ['I am a teacher', 'I used to be a teacher, now I am a principal'],
    ['I am 29', 'I just turned 30'],
    ['I have a dentist appointment on Friday', 'I rescheduled the dentist appointment to Monday'],
  ])('an explicit change is an update, not a contradiction: %s / %s', async (earlier, later) => {
    expect((await verify(earlier, later)).relation).toBe('update');
  });

  it.each([
    ['I live in Berlin', 'My sister lives in Rome'],
    ['My brother lives in Rome', 'I live in Milan'],
    ['My mother is a nurse', 'I am a teacher'],
    ['I work at Google', 'My friend works at Apple'],
  ])('a statement about someone else is not about the user: %s / %s', async (earlier, later) => {
    expect((await verify(earlier, later)).relation).toBe('none');
  });

  it('still sees a contradiction about the same other person', async () => {
    expect((await verify('My brother lives in Rome', 'My brother lives in Madrid')).relation).toBe('contradiction');
    expect((await verify('My brother lives in Rome', 'My brother moved to Madrid')).relation).toBe('update');
  });

  it.each([
    ['I speak French', 'I speak Spanish'],
    ['I have a dog', 'I have a cat'],
    ['I play guitar', 'I play piano'],
    ['I like tea', 'I like coffee'],
    ['I work in London', 'I live in London'],
    ["I'm from Spain", 'I live in Italy'],
    ['I live in London', 'I live in Central London near the park'],
    ['I live in Berlin', 'I reside in Berlin'],
  ])('compatible, other-attribute, refined or identical facts are no contradiction: %s / %s', async (earlier, later) => {
    expect((await verify(earlier, later)).relation).toBe('none');
  });

  it('is unsure about related statements its rules cannot read', async () => {
    const verdict = await verify(
      'I always get an oat milk latte at the café',
      'Like I mentioned, my usual coffee order is an oat milk latte',
    );
    expect(verdict.relation).toBe('unsure');
    expect(verifier.getMetrics()).toMatchObject({ heuristicConflictUnsure: expect.any(Number) });
  });
});
