// Inputs a hostile or careless JavaScript caller can pass where the types say otherwise. A store must
// turn every one of them into a typed error (or, for odd but valid values, store them exactly), never
// leak a raw TypeError or RangeError from its own code, a stack overflow, or a driver error.

/** An object whose every trap throws: reading, listing or inspecting it fails. */
export function throwingProxy<T extends object = object>(target: T = {} as T): T {
  const fail = (trap: string) => () => {
    throw new Error(`hostile proxy: ${trap} trap`);
  };
  return new Proxy(target, {
    get: fail('get'),
    has: fail('has'),
    ownKeys: fail('ownKeys'),
    getOwnPropertyDescriptor: fail('getOwnPropertyDescriptor'),
    getPrototypeOf: fail('getPrototypeOf'),
    set: fail('set'),
    defineProperty: fail('defineProperty'),
  });
}

/** A copy of `object` whose `key` throws when read. */
export function withThrowingGetter<T extends object>(object: T, key: string): T {
  const copy = { ...object } as Record<string, unknown>;
  Object.defineProperty(copy, key, {
    enumerable: true,
    get() {
      throw new Error(`hostile getter: ${key}`);
    },
  });
  return copy as T;
}

/**
 * A copy of `object` whose `key` gives `first` on the first read and `later` on every read after,
 * with a count of reads: a store that reads twice (once to check, once to copy) stores `later`.
 */
export function withChangingGetter<T extends object>(
  object: T,
  key: string,
  first: unknown,
  later: unknown,
): { value: T; reads: () => number } {
  let reads = 0;
  const copy = { ...object } as Record<string, unknown>;
  Object.defineProperty(copy, key, {
    enumerable: true,
    get() {
      reads += 1;
      return reads === 1 ? first : later;
    },
  });
  return { value: copy as T, reads: () => reads };
}

/** Values that are not strings but are often turned into strings carelessly (`${value}`, `String(value)`, `JSON.stringify`). */
export function hostileNonStrings(): [string, unknown][] {
  return [
    ['a Proxy whose traps throw', throwingProxy()],
    ['a Symbol', Symbol('hostile')],
    ['a BigInt', 10n],
    ['an object whose toString and valueOf throw', unprintable()],
    ['Object.create(null)', Object.create(null)],
    ['a String object', new String('user')],
  ];
}

/** An object whose `toString`, `valueOf` and `Symbol.toPrimitive` throw: `${value}` and `value + 1` fail. */
export function unprintable(): object {
  const fail = () => {
    throw new Error('hostile: cannot be converted');
  };
  return { toString: fail, valueOf: fail, [Symbol.toPrimitive]: fail };
}

/** Options objects that fail when read, for any method taking options. */
export function hostileOptions(key: string): [string, unknown][] {
  return [
    [`an options object whose ${key} getter throws`, withThrowingGetter({}, key)],
    ['an options Proxy whose traps throw', throwingProxy()],
    [`an options object with a BigInt ${key}`, { [key]: 5n }],
    [`an options object with a Symbol ${key}`, { [key]: Symbol(key) }],
  ];
}

/** JSON metadata that refers back to itself. */
export function circularJson(): Record<string, unknown> {
  const root: Record<string, unknown> = { name: 'root', child: {} };
  (root['child'] as Record<string, unknown>)['parent'] = root;
  return root;
}

/** `{ next: { next: ... {} } }`: `levels` objects in all, the outermost included. */
export function nestedJson(levels: number): Record<string, unknown> {
  let value: Record<string, unknown> = {};
  for (let level = 1; level < levels; level++) value = { next: value };
  return value;
}

/** How many objects deep `nestedJson` output is (0 for a non-object). */
export function jsonDepth(value: unknown): number {
  let depth = 0;
  for (let current = value; typeof current === 'object' && current !== null; current = (current as Record<string, unknown>)['next'])
    depth += 1;
  return depth;
}

/** Metadata with an own `__proto__` key (as `JSON.parse` makes it), which must stay plain data. */
export function protoKeyJson(): Record<string, unknown> {
  return JSON.parse('{"__proto__":{"polluted":true},"constructor":{"prototype":{"polluted":true}},"plain":1}') as Record<string, unknown>;
}

/**
 * Strings that some storage cannot hold exactly: NUL (C strings, PostgreSQL text), lone UTF-16
 * surrogates (not valid UTF-8), noncharacters. A store keeps each exactly or rejects it with a
 * `VALIDATION_ERROR`; it never changes one silently (say, to U+FFFD) or truncates it at the NUL.
 */
export const AWKWARD_STRINGS: readonly string[] = [
  'nul \u0000 inside',
  '\u0000',
  'lone high \ud800 surrogate',
  'lone low \udc00 surrogate',
  'reversed pair \udc00\ud800',
  'noncharacters \uffff \ufffe',
  'replacement \ufffd and a pair 😀',
];

/** A `Date` subclass, as some libraries hand out. */
export class DateSubclass extends Date {}

/** Dates that are `instanceof Date` but misbehave. */
export function hostileDates(): [string, Date][] {
  const throwing = new DateSubclass('2030-01-01T00:00:00.000Z');
  for (const method of ['getTime', 'valueOf', 'toISOString', 'toJSON'] as const) {
    Object.defineProperty(throwing, method, {
      value: () => {
        throw new Error(`hostile date: ${method}`);
      },
    });
  }
  return [
    ['an invalid Date', new Date(Number.NaN)],
    ['an invalid Date subclass', new DateSubclass(Number.NaN)],
    ['a Date past the end of time', new Date(8.64e15 + 1)],
    ['a Date whose methods throw', throwing],
  ];
}

/** Metadata a store must refuse with `VALIDATION_ERROR`: cycles and nesting past `maxDepth` levels (`MAX_JSON_DEPTH`). */
export function hostileMetadata(maxDepth: number): [string, unknown][] {
  const list: unknown[] = [];
  list.push(list);
  return [
    ['circular metadata', circularJson()],
    ['a circular array in metadata', { list }],
    ['metadata nested 5000 levels', nestedJson(5000)],
    [`metadata nested ${maxDepth + 1} levels`, nestedJson(maxDepth + 1)],
  ];
}
