import { randomId } from '../src';

describe('randomId', () => {
  it('keeps the prefix and never repeats', () => {
    const ids = new Set(Array.from({ length: 1000 }, () => randomId('user')));
    expect(ids.size).toBe(1000);
    for (const id of ids) expect(id).toMatch(/^user-[0-9a-f-]{36}$/);
  });
});
