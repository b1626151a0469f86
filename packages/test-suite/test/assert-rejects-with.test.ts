import { StoreClosedError, StoreUnavailableError, ValidationError } from '@casual-memory/core';
import { assertRejectsWith } from '../src';

describe('assertRejectsWith', () => {
  it('returns the error when the code matches', async () => {
    const error = await assertRejectsWith(
      async () => {
        throw new ValidationError({ path: 'memory.text', message: 'text is empty' });
      },
      'VALIDATION_ERROR',
      'add',
    );
    expect(error.message).toBe('text is empty');
  });

  it('fails when the call succeeds', async () => {
    await expect(assertRejectsWith(async () => 1, 'VALIDATION_ERROR', 'add')).rejects.toThrow(
      /add: expected a VALIDATION_ERROR error, but the call succeeded/,
    );
  });

  it('fails on another code, naming both', async () => {
    await expect(
      assertRejectsWith(
        async () => {
          throw new StoreClosedError({ store: 'MyStore' });
        },
        'VALIDATION_ERROR',
        'search',
      ),
    ).rejects.toThrow(/expected error code VALIDATION_ERROR, got STORE_CLOSED/);
  });

  it('fails on a raw error, even one that carries the expected code', async () => {
    await expect(
      assertRejectsWith(
        async () => {
          throw new TypeError('driver exploded');
        },
        'STORE_UNAVAILABLE',
        'getById',
      ),
    ).rejects.toThrow(/expected a casual-memory STORE_UNAVAILABLE error, got TypeError: driver exploded/);
    await expect(
      assertRejectsWith(
        async () => {
          throw Object.assign(new Error('looks typed'), { code: 'VALIDATION_ERROR', retryable: false });
        },
        'VALIDATION_ERROR',
        'add',
      ),
    ).rejects.toThrow(/expected a casual-memory VALIDATION_ERROR error, got Error: looks typed/);
  });

  it('fails on a thrown non-error', async () => {
    await expect(
      assertRejectsWith(
        async () => {
          throw undefined;
        },
        'VALIDATION_ERROR',
        'add',
      ),
    ).rejects.toThrow(/expected a casual-memory VALIDATION_ERROR error, got undefined/);
  });

  it('checks that only STORE_UNAVAILABLE is retryable', async () => {
    await expect(
      assertRejectsWith(
        async () => {
          throw new StoreUnavailableError({ message: 'connection refused' });
        },
        'STORE_UNAVAILABLE',
        'search',
      ),
    ).resolves.toMatchObject({ retryable: true });
    const lying = new ValidationError({ path: 'x', message: 'bad x' });
    Object.defineProperty(lying, 'retryable', { value: true });
    await expect(assertRejectsWith(async () => Promise.reject(lying), 'VALIDATION_ERROR', 'add')).rejects.toThrow(
      /VALIDATION_ERROR must have retryable false/,
    );
  });
});
