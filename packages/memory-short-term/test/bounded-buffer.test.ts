import { BoundedBuffer } from '../src/bounded-buffer';

/** What a bounded buffer must behave like: an array trimmed from the front. */
function model(pushes: number, capacity: number): number[] {
  return Array.from({ length: pushes }, (_, i) => i).slice(-capacity);
}

describe('BoundedBuffer', () => {
  it('behaves like an array trimmed to its capacity, for every capacity, fill level and count', () => {
    for (let capacity = 1; capacity <= 6; capacity++) {
      const buffer = new BoundedBuffer<number>(capacity);
      for (let pushes = 0; pushes <= 3 * capacity + 1; pushes++) {
        if (pushes > 0) buffer.push(pushes - 1);
        const expected = model(pushes, capacity);
        expect(buffer.size).toBe(expected.length);
        for (let count = 0; count <= capacity + 2; count++) {
          expect(buffer.newest(count)).toEqual(count === 0 ? [] : expected.slice(-count));
        }
      }
    }
  });

  it('returns nothing for a negative count', () => {
    const buffer = new BoundedBuffer<string>(3);
    buffer.push('a');
    expect(buffer.newest(-1)).toEqual([]);
  });

  it('hands out a new array each time', () => {
    const buffer = new BoundedBuffer<string>(2);
    buffer.push('a');
    const first = buffer.newest(2);
    first.push('changed');
    expect(buffer.newest(2)).toEqual(['a']);
  });
});
