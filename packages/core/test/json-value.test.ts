import { JsonObjectSchema, MAX_JSON_DEPTH, ValidationError } from '../src';
import { parseInput } from '../src/backend';

const parse = (value: unknown) => parseInput(JsonObjectSchema, value, 'metadata');
const rejection = (value: unknown): ValidationError => {
  try {
    parse(value);
  } catch (error) {
    expect(ValidationError.isInstance(error)).toBe(true);
    return error as ValidationError;
  }
  throw new Error('expected a ValidationError');
};

describe('JSON metadata', () => {
  it('copies plain JSON objects', () => {
    const input = { a: [1, 'two', null, true, { b: -0.5 }] };
    const copy = parse(input);
    expect(copy).toEqual(input);
    expect(copy).not.toBe(input);
    expect(copy['a']).not.toBe(input.a);
  });

  it('rejects a cycle with a ValidationError naming where, not a stack overflow', () => {
    const cyclic: Record<string, unknown> = { a: { b: [] } };
    (cyclic['a'] as { b: unknown[] }).b.push(cyclic);
    const error = rejection(cyclic);
    expect(error.path).toBe('metadata.a.b[0]');
    expect(error.message).toMatch(/cycle/);
  });

  it('accepts the same object twice when it is not its own ancestor', () => {
    const shared = { x: 1 };
    expect(parse({ a: shared, b: shared })).toEqual({ a: { x: 1 }, b: { x: 1 } });
  });

  it('limits nesting depth, even 5 000 levels deep', () => {
    const nest = (levels: number) => {
      let value: Record<string, unknown> = {};
      for (let i = 0; i < levels; i++) value = { n: value };
      return value;
    };
    expect(() => parse(nest(MAX_JSON_DEPTH - 1))).not.toThrow();
    expect(rejection(nest(MAX_JSON_DEPTH)).message).toMatch(/nests more than 64 levels/);
    expect(rejection(nest(5000)).message).toMatch(/nests more than 64 levels/);
  });

  it('rejects values JSON cannot hold', () => {
    for (const bad of [undefined, Number.NaN, Infinity, () => 1, Symbol('s'), 1n, new Date(), new Map(), new (class Point {})()]) {
      expect(rejection({ key: bad }).path).toBe('metadata.key');
    }
    expect(rejection([1]).message).toMatch(/must be a JSON object/);
    expect(rejection('text').message).toMatch(/must be a JSON object/);
  });

  it('reports a getter that throws as bad input', () => {
    const hostile = Object.defineProperty({}, 'key', {
      enumerable: true,
      get: () => {
        throw new Error('no reading me');
      },
    });
    expect(rejection(hostile).message).toMatch(/could not be read: no reading me/);
  });

  it('keeps a __proto__ key as plain data and accepts null-prototype objects', () => {
    const copy = parse(JSON.parse('{"__proto__": {"admin": true}}'));
    expect(Object.keys(copy)).toEqual(['__proto__']);
    expect(Object.getPrototypeOf(copy)).toBe(Object.prototype);
    expect((copy as Record<string, unknown>)['admin']).toBeUndefined();
    const bare = Object.assign(Object.create(null) as Record<string, number>, { a: 1 });
    expect(parse(bare)).toEqual({ a: 1 });
  });
});
