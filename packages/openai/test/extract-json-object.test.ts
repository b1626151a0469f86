import { extractJsonObject } from '../src/extract-json-object';

describe('extractJsonObject', () => {
  it.each([
    ['a JSON object as it is (trimmed)', '  {"a": 1}\n', '{"a": 1}'],
    ['an object in a ```json fence', 'Here:\n```json\n{"a": [1, 2]}\n```', '{"a": [1, 2]}'],
    ['the first of several', 'one {"a": 1} two {"b": 2}', '{"a": 1}'],
    ['braces inside strings', 'x {"text": "a } and a {", "n": {"m": 1}} y', '{"text": "a } and a {", "n": {"m": 1}}'],
    ['escaped quotes inside strings', '{"text": "say \\"}\\" now"} trailing', '{"text": "say \\"}\\" now"}'],
    ['after braces that are not JSON', 'set {x, y} then {"ok": true}', '{"ok": true}'],
    ['an object inside an array', '[{"a": 1}]', '{"a": 1}'],
    ['an object after an unclosed brace', '{ oops {"a": 1}', '{"a": 1}'],
  ])('finds %s', (_what, text, expected) => {
    expect(extractJsonObject(text)).toBe(expected);
  });

  it.each([
    ['plain text', 'no JSON here'],
    ['an array only', '[1, 2, 3]'],
    ['an unclosed object', '{"a": 1'],
    ['nothing', ''],
  ])('finds nothing in %s', (_what, text) => {
    expect(extractJsonObject(text)).toBeUndefined();
  });

  it('gives up in bounded time on a reply full of stray braces', () => {
    const text = `${'{'.repeat(200_000)} {"late": true}`;
    const started = Date.now();
    expect(extractJsonObject(text)).toBeUndefined();
    // A bound, not a timing: a parse from every brace would take hours at this size; a loaded 2-core CI
    // machine takes several seconds for the bounded scan.
    expect(Date.now() - started).toBeLessThan(25_000);
  });
});
