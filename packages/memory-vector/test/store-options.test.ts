import { CasualMemoryError, ValidationError } from '@casual-memory/core';
import { InMemoryVectorStore } from '../src';

/** What the constructor threw for `options`: always one of our typed errors, never a raw TypeError/RangeError. */
function constructorError(options: unknown): CasualMemoryError {
  let thrown: unknown;
  try {
    new InMemoryVectorStore(options as never);
  } catch (error) {
    thrown = error;
  }
  expect(thrown).toBeDefined();
  expect(CasualMemoryError.isInstance(thrown)).toBe(true);
  return thrown as CasualMemoryError;
}

const PREFIX = 'InMemoryVectorStore options';

describe('InMemoryVectorStore options', () => {
  it('reject an unknown key such as a misspelt maxVectors, naming it', () => {
    const error = constructorError({ dimensions: 3, maxVector: 10 });
    expect(error).toMatchObject({ name: 'ValidationError', code: 'VALIDATION_ERROR' });
    expect(error.message).toMatch(/maxVector\b/);
  });

  it('reject bad values, naming the option', () => {
    const cases: [unknown, string][] = [
      [undefined, `${PREFIX}.dimensions`],
      [{}, `${PREFIX}.dimensions`],
      [{ dimensions: 0 }, `${PREFIX}.dimensions`],
      [{ dimensions: 2.5 }, `${PREFIX}.dimensions`],
      [{ dimensions: '384' }, `${PREFIX}.dimensions`],
      [{ dimensions: 4, kernel: 'gpu' }, `${PREFIX}.kernel`],
      [{ dimensions: 4, initialCapacity: 0 }, `${PREFIX}.initialCapacity`],
      [{ dimensions: 4, maxVectors: -1 }, `${PREFIX}.maxVectors`],
    ];
    for (const [options, path] of cases) expect(constructorError(options)).toMatchObject({ name: 'ValidationError', path });
  });

  it('reject a dimension that does not fit in 4 GiB, and a maxVectors past what 4 GiB holds', () => {
    expect(constructorError({ dimensions: 2_000_000_000 })).toMatchObject({
      path: `${PREFIX}.dimensions`,
      message: expect.stringMatching(/do not fit in 4 GiB/),
    });
    for (const maxVectors of [0, 2.5, Number.NaN, 2_781_672]) {
      expect(constructorError({ dimensions: 384, maxVectors })).toMatchObject({ name: 'ValidationError', path: `${PREFIX}.maxVectors` });
    }
    expect(constructorError({ dimensions: 384, maxVectors: 2_781_672 }).message).toMatch(/from 1 to 2781671/);
  });

  it('report the capacity limit from 4 GiB of WebAssembly memory, or the cap given', async () => {
    const stores = [
      new InMemoryVectorStore({ dimensions: 384 }),
      new InMemoryVectorStore({ dimensions: 1536 }),
      new InMemoryVectorStore({ dimensions: 4, maxVectors: 3 }),
    ];
    expect(stores.map((store) => store.maxVectors)).toEqual([2_781_671, 698_129, 3]);
    for (const store of stores) await store.close();
  });

  it('never throw a raw TypeError or RangeError, whatever the options object', () => {
    const throwing = () => {
      throw new TypeError('getter says no');
    };
    const hostile: unknown[] = [
      null,
      42,
      'dimensions: 4',
      Symbol('options'),
      () => ({ dimensions: 4 }),
      [4],
      Object.create(null),
      Object.assign(Object.create(null), { dimensions: Object.create(null) }),
      {
        get dimensions() {
          return throwing();
        },
      },
      {
        dimensions: 4,
        get kernel() {
          return throwing();
        },
      },
      new Proxy({}, { get: throwing, has: throwing, ownKeys: throwing, getOwnPropertyDescriptor: throwing, getPrototypeOf: throwing }),
      { dimensions: { valueOf: () => 4 } },
      { dimensions: { toString: throwing, valueOf: throwing } },
      { dimensions: 4, kernel: { toString: throwing } },
      { dimensions: 4, kernel: Object.create(null) },
      { dimensions: 1e300 },
      { dimensions: Number.POSITIVE_INFINITY },
      { dimensions: 2 ** 53 },
      { dimensions: 4, initialCapacity: 1e300 },
      { dimensions: 4, maxVectors: Number.POSITIVE_INFINITY },
      { dimensions: 4, [Symbol('extra')]: 1, extra: 1 },
    ];
    for (const options of hostile) expect(constructorError(options)).toBeInstanceOf(ValidationError);
  });

  it('cap the initial reservation at maxVectors', async () => {
    const store = new InMemoryVectorStore({ dimensions: 4, initialCapacity: 1_000_000_000, maxVectors: 10 });
    expect(store.reservedBytes).toBeLessThan(1_000_000);
    await store.close();
  });
});
