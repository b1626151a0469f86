import { rankForQuestion } from '../src/service/rank-for-question';
import { scored } from './helpers/memories';

describe('rankForQuestion', () => {
  it('orders hits of equal rank the same whatever order the store returned them in', () => {
    // Both are set back from the same score: the age (another thing with one value) and the cat's name.
    const age = scored('b-age', 'I am 30 years old', 0.4, { firstSeen: new Date('2026-01-01') });
    const cat = scored('a-cat', 'My cat is called Tom', 0.4, { firstSeen: new Date('2026-01-02') });
    const home = scored('c-home', 'I live in Porto', 0.3);
    const orders = [
      [age, cat, home],
      [cat, home, age],
      [home, age, cat],
    ];
    const answers = orders.map((hits) => rankForQuestion('where do I live', hits, 2).map((hit) => hit.id));
    expect(answers).toEqual([answers[0], answers[0], answers[0]]);
    // The user's home first; of the two set back, the newer.
    expect(answers[0]).toEqual(['c-home', 'a-cat']);
  });
});
