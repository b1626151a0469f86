import assert from 'node:assert/strict';

/**
 * Asserts that metadata stored from `protoKeyJson()` came back with `__proto__` and `constructor`
 * as plain own keys, an ordinary prototype, and no pollution of `Object.prototype`.
 */
export function assertProtoKeyKept(metadata: object | undefined): void {
  assert.ok(metadata, 'the metadata came back');
  assert.equal(Object.getPrototypeOf(metadata), Object.prototype, 'the prototype of the returned metadata is Object.prototype');
  assert.deepEqual(Object.keys(metadata).sort(), ['__proto__', 'constructor', 'plain']);
  assert.deepEqual(Object.getOwnPropertyDescriptor(metadata, '__proto__')?.value, { polluted: true });
  assert.equal((metadata as { polluted?: unknown }).polluted, undefined, 'the __proto__ key did not become the prototype');
  assert.equal(({} as { polluted?: unknown }).polluted, undefined, 'Object.prototype is untouched');
}
