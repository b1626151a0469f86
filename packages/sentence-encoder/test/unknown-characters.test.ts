import { DIMENSIONS } from '../src';
import { withUnknownCharacters } from '../src/unknown-characters';

const modelVector = () => {
  const vector = new Float32Array(DIMENSIONS);
  vector[0] = 1;
  return vector;
};

describe('withUnknownCharacters', () => {
  it('leaves the vector of a text the model reads whole exactly as it is', () => {
    const vector = modelVector();
    expect(withUnknownCharacters(vector, { ids: [8, 9], unknown: [], chars: 10 })).toBe(vector);
  });

  it('moves a vector further from the model’s the larger the share of unknown characters, and keeps it unit length', () => {
    const few = withUnknownCharacters(modelVector(), { ids: [8, 0], unknown: ['🐶'], chars: 20 });
    const all = withUnknownCharacters(modelVector(), { ids: [0], unknown: ['東京'], chars: 2 });
    const norm = (vector: Float32Array) => Math.hypot(...vector);
    expect(norm(few)).toBeCloseTo(1, 5);
    expect(norm(all)).toBeCloseTo(1, 5);
    // The first component is the model's own direction.
    expect(few[0]).toBeGreaterThan(0.5);
    expect(Math.abs(all[0]!)).toBeLessThan(0.5);
  });
});
