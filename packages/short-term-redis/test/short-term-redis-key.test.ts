import { DEFAULT_KEY_PREFIX, shortTermRedisKey } from '../src';
import { encodeUserIdForKey } from '../src/short-term-redis-key';

/** encodeURIComponent, plus the five characters it leaves alone that we encode too. */
function uriEncoded(value: string): string {
  return encodeURIComponent(value).replace(/[!'()*]/g, (character) => `%${character.charCodeAt(0).toString(16).toUpperCase()}`);
}

/** A random string of code units drawn from ASCII, Latin-1, the BMP, surrogates (paired or lone) and the key-pattern characters. */
function randomString(random: () => number): string {
  const pool = [
    'a',
    'Z',
    '0',
    '-',
    '.',
    '_',
    '~',
    ':',
    '*',
    '?',
    '[',
    ']',
    '\\',
    '{',
    '}',
    '%',
    ' ',
    'é',
    '€',
    '\ud83d',
    '\ude42',
    '\u0000',
  ];
  const length = Math.floor(random() * 6);
  let value = '';
  for (let i = 0; i < length; i++) value += pool[Math.floor(random() * pool.length)];
  return value;
}

function seededRandom(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state * 1_103_515_245 + 12_345) % 2 ** 31;
    return state / 2 ** 31;
  };
}

describe('shortTermRedisKey', () => {
  it('puts the encoded user id in a hash tag after the prefix', () => {
    expect(DEFAULT_KEY_PREFIX).toBe('casual-memory:short-term:');
    expect(shortTermRedisKey('alice')).toBe('casual-memory:short-term:{alice}');
    expect(shortTermRedisKey('user:1 *', 'app:')).toBe('app:{user%3A1%20%2A}');
    expect(shortTermRedisKey('x', '')).toBe('{x}');
  });

  it("encodes like encodeURIComponent (plus ! ' ( ) *) for every well-formed string", () => {
    const random = seededRandom(7);
    for (let i = 0; i < 5000; i++) {
      const value = randomString(random);
      // encodeURIComponent throws on a lone surrogate.
      if (/[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/.test(value)) continue;
      expect(encodeUserIdForKey(value)).toBe(uriEncoded(value));
    }
    expect(encodeUserIdForKey("!'()*")).toBe('%21%27%28%29%2A');
  });

  it('is one-to-one over all strings, lone surrogates included, and the result never holds a pattern or tag character', () => {
    const random = seededRandom(11);
    const seen = new Map<string, string>();
    for (let i = 0; i < 20_000; i++) {
      const value = randomString(random);
      const encoded = encodeUserIdForKey(value);
      expect(encoded).toMatch(/^[A-Za-z0-9._~%-]*$/);
      const earlier = seen.get(encoded);
      if (earlier !== undefined) expect(earlier).toBe(value);
      seen.set(encoded, value);
    }
    expect(encodeUserIdForKey('\ud83d')).toBe('%ED%A0%BD');
    expect(encodeUserIdForKey('\ude42')).toBe('%ED%B9%82');
    expect(encodeUserIdForKey('\ud83d\ude42')).toBe('%F0%9F%99%82');
    expect(encodeUserIdForKey('\ude42\ud83d')).toBe('%ED%B9%82%ED%A0%BD');
  });
});
