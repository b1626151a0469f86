import { readOnce } from '../../src/offline/read-once';

describe('readOnce', () => {
  it('reads each text once while it is remembered, and starts over past its limit', () => {
    const read: string[] = [];
    const length = readOnce((text: string) => {
      read.push(text);
      return text.length;
    }, 2);
    expect([length('ab'), length('ab'), length('abc'), length('ab')]).toEqual([2, 2, 3, 2]);
    expect(read).toEqual(['ab', 'abc']);
    // A third text fills it past its limit: it forgets, and reads "ab" again.
    length('abcd');
    length('ab');
    expect(read).toEqual(['ab', 'abc', 'abcd', 'ab']);
  });
});
