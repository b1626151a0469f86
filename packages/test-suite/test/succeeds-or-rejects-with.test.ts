import { StoreUnavailableError, ValidationError } from '@casual-memory/core';
import { succeedsOrRejectsWith } from '../src';
import { takeAwkwardStrings } from '../src/take-awkward-strings';

const invalid = () => Promise.reject(new ValidationError({ path: 'text', message: 'text holds a NUL' }));

describe('succeedsOrRejectsWith', () => {
  it('returns the value of a call that succeeds', async () => {
    await expect(succeedsOrRejectsWith(async () => 'id-1', 'VALIDATION_ERROR', 'add')).resolves.toEqual({ ok: true, value: 'id-1' });
  });

  it('returns ok: false for a rejection with the expected code', async () => {
    await expect(succeedsOrRejectsWith(invalid, 'VALIDATION_ERROR', 'add')).resolves.toEqual({ ok: false });
  });

  it('fails on another code or a raw error', async () => {
    await expect(
      succeedsOrRejectsWith(
        () => Promise.reject(new StoreUnavailableError({ message: 'invalid byte sequence' })),
        'VALIDATION_ERROR',
        'add',
      ),
    ).rejects.toThrow(/expected error code VALIDATION_ERROR, got STORE_UNAVAILABLE/);
    await expect(succeedsOrRejectsWith(() => Promise.reject(new TypeError('x')), 'VALIDATION_ERROR', 'add')).rejects.toThrow(
      /got TypeError: x/,
    );
  });
});

describe('takeAwkwardStrings', () => {
  it('requires success when the store keeps strings exactly', async () => {
    await expect(takeAwkwardStrings(true, async () => 1, 'add')).resolves.toEqual({ ok: true, value: 1 });
    await expect(takeAwkwardStrings(true, invalid, 'add "\\u0000"')).rejects.toThrow(
      /must keep this string exactly \(pass exactStrings: false if its storage cannot\), but it threw ValidationError: text holds a NUL/,
    );
  });

  it('also accepts a VALIDATION_ERROR, and only that, when it does not', async () => {
    await expect(takeAwkwardStrings(false, invalid, 'add')).resolves.toEqual({ ok: false });
    await expect(takeAwkwardStrings(false, () => Promise.reject(new RangeError('boom')), 'add')).rejects.toThrow(/got RangeError: boom/);
  });
});
