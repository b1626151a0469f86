import { MemoryFactSchema } from '@casual-memory/core';
import { HeuristicDuplicateDetector } from '../../src/offline/heuristic-duplicate-detector';

const detector = new HeuristicDuplicateDetector();
const fact = (text: string) => MemoryFactSchema.parse({ text, type: 'fact', userId: 'u1' });
const check = async (earlier: string, later: string) => (await detector.checkDuplicate(fact(earlier), fact(later), 0.9)).relation;

describe('HeuristicDuplicateDetector', () => {
  it.each([
    ['I live in Berlin', 'I reside in Berlin'],
    ['I live in Berlin', "I'm based in Berlin"],
    ['I like dogs', 'I love dogs'],
    ['I am 30 years old', "I'm 30"],
    ["I'm a nurse", 'I work as a nurse'],
    ['My name is Alex', "I'm called Alex"],
    ['My favorite food is ramen', 'Ramen is my favorite food'],
    ['I meditate every evening', 'Every evening I meditate'],
    ['My birthday is on March 3', 'My birthday is on March 3rd'],
    ['I have a son', 'I have one son'],
    ['I have a dog named Rex', 'My dog is called Rex'],
    ["I don't like coffee", 'I do not like coffee'],
  ])('a paraphrase of the same fact is a duplicate: %s / %s', async (earlier, later) => {
    expect(await check(earlier, later)).toBe('duplicate');
  });

  it.each([
    ['I live in London', 'I live in Central London near the park'],
    ['I live in Tokyo', 'I live in Shibuya, Tokyo'],
    ['I am a software engineer', 'I am a senior software engineer at Google'],
    ['My name is Alexander', 'My name is Alexander Smith'],
  ])('the same fact made more precise is a refinement: %s / %s', async (earlier, later) => {
    expect(await check(earlier, later)).toBe('refinement');
  });

  it.each([
    ['I work in London', 'I live in London'],
    ['I live in London', 'I live in Paris'],
    ['I speak French', 'I speak Spanish'],
    ['I live in Berlin', 'My sister lives in Rome'],
    ['I have a son', 'My son plays football'],
    ['I like coffee', "I don't like coffee"],
  ])('different attributes, values or subjects are distinct: %s / %s', async (earlier, later) => {
    expect(await check(earlier, later)).toBe('distinct');
  });

  it('is unsure when related statements differ in a way its rules do not know', async () => {
    expect(await check('I always get an oat milk latte at the café', 'Like I mentioned, my usual coffee order is an oat milk latte')).toBe(
      'unsure',
    );
    expect(detector.getMetrics()).toMatchObject({ heuristicDuplicateChecks: expect.any(Number) });
  });
});
