import { StoreUnavailableError, ValidationError } from '@casual-memory/core';
import { assertRejectsWith } from '../src';

describe('assertRejectsWith', () => {
  it('returns the error when the code matches', async () => {
    const error = await assertRejectsWith(async () => {
      throw new ValidationError('memory.text', 'text is empty');
    }, 'VALIDATION_ERROR', 'add');
    expect(error.message).toBe('text is empty');
  });

  it('fails when the call succeeds', async () => {
    await expect(assertRejectsWith(async () => 1, 'VALIDATION_ERROR', 'add')).rejects.toThrow(/add: expected a VALIDATION_ERROR error, but the call succeeded/);
  });

  it('fails on another code, naming both', async () => {
    await expect(
      assertRejectsWith(async () => {
        throw new StoreUnavailableError('closed');
      }, 'VALIDATION_ERROR', 'search'),
    ).rejects.toThrow(/expected error code VALIDATION_ERROR, got STORE_UNAVAILABLE/);
  });

  it('fails on a raw error without a code', async () => {
    await expect(
      assertRejectsWith(async () => {
        throw new TypeError('driver exploded');
      }, 'STORE_UNAVAILABLE', 'getById'),
    ).rejects.toThrow(/got undefined \(driver exploded\)/);
  });
});
