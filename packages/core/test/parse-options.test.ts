import { ValidationError } from '../src';
import { parseInput, parseOptions, z } from '../src/backend';

const Schema = z.strictObject({
  limit: z.number().int().min(1).default(10),
  tags: z.array(z.string()).default([]),
});

describe('parseOptions', () => {
  it('gives the defaults for no options, once parsed, frozen all the way down', () => {
    const none = parseOptions(Schema, undefined, 'options');
    expect(none).toEqual({ limit: 10, tags: [] });
    expect(parseOptions(Schema, {}, 'options')).toBe(none);
    expect(Object.isFrozen(none)).toBe(true);
    expect(Object.isFrozen(none.tags)).toBe(true);
    expect(() => none.tags.push('x')).toThrow(TypeError);
    expect(parseOptions(Schema, undefined, 'options')).toEqual({ limit: 10, tags: [] });
  });

  it('parses given options as parseInput does, and rejects bad ones with a ValidationError', () => {
    expect(parseOptions(Schema, { limit: 3 }, 'options')).toEqual({ limit: 3, tags: [] });
    expect(() => parseOptions(Schema, { limit: 0 }, 'options')).toThrow(ValidationError);
    expect(() => parseOptions(Schema, { lmit: 3 }, 'options')).toThrow(/lmit/);
    expect(() => parseOptions(Schema, null, 'options')).toThrow(ValidationError);
    expect(() => parseOptions(Schema, [], 'options')).toThrow(ValidationError);
    // Not a plain object: a class instance with no fields of its own is read by the schema, as parseInput reads it.
    const instance = new (class Options {})();
    expect(parseOptions(Schema, instance, 'options')).toEqual(parseInput(Schema, instance, 'options'));
  });

  it('turns a Proxy that throws when its keys are read into a ValidationError', () => {
    const hostile = new Proxy(
      {},
      {
        ownKeys() {
          throw new Error('no keys for you');
        },
      },
    );
    expect(() => parseOptions(Schema, hostile, 'options')).toThrow(ValidationError);
  });
});
