import {
  CasualMemoryError,
  ConflictStateError,
  CorruptDataError,
  DimensionMismatchError,
  LockTimeoutError,
  NotFoundError,
  ProviderError,
  StoreClosedError,
  StoreFullError,
  StoreUnavailableError,
  ValidationError,
} from '../src';

describe('errors', () => {
  it('carry a stable code, their class name and whether a retry may help', () => {
    const cases: [CasualMemoryError, string, string, boolean][] = [
      [new ValidationError({ path: 'memory.text', message: 'bad' }), 'VALIDATION_ERROR', 'ValidationError', false],
      [new DimensionMismatchError({ expected: 3, actual: 4 }), 'DIMENSION_MISMATCH', 'DimensionMismatchError', false],
      [new NotFoundError({ resource: 'memory', id: 'm1' }), 'NOT_FOUND', 'NotFoundError', false],
      [new ConflictStateError({ message: 'taken' }), 'CONFLICT_STATE', 'ConflictStateError', false],
      [new StoreClosedError({ store: 'MyStore' }), 'STORE_CLOSED', 'StoreClosedError', false],
      [new StoreUnavailableError({ message: 'down' }), 'STORE_UNAVAILABLE', 'StoreUnavailableError', true],
      [new StoreFullError({ message: 'full' }), 'STORE_FULL', 'StoreFullError', false],
      [new LockTimeoutError({ userId: 'u1', waitMs: 50 }), 'LOCK_TIMEOUT', 'LockTimeoutError', true],
      [
        new CorruptDataError({ record: 'memory "m1"', issues: [{ path: 'text', message: 'missing' }] }),
        'CORRUPT_DATA',
        'CorruptDataError',
        false,
      ],
    ];
    for (const [error, code, name, retryable] of cases) {
      expect(error.code).toBe(code);
      expect(error.name).toBe(name);
      expect(error.retryable).toBe(retryable);
      expect(error).toBeInstanceOf(Error);
      expect(error).toBeInstanceOf(CasualMemoryError);
      expect(CasualMemoryError.isInstance(error)).toBe(true);
    }
  });

  it('isInstance follows the class hierarchy', () => {
    const mismatch = new DimensionMismatchError({ expected: 384, actual: 768 });
    expect(ValidationError.isInstance(mismatch)).toBe(true);
    expect(DimensionMismatchError.isInstance(mismatch)).toBe(true);
    expect(DimensionMismatchError.isInstance(new ValidationError({ path: 'x', message: 'y' }))).toBe(false);
    expect(StoreUnavailableError.isInstance(mismatch)).toBe(false);
    expect(StoreUnavailableError.isInstance(new StoreClosedError({ store: 'S' }))).toBe(false);
    expect(CasualMemoryError.isInstance(new Error('plain'))).toBe(false);
    expect(CasualMemoryError.isInstance(null)).toBe(false);
    expect(CasualMemoryError.isInstance('VALIDATION_ERROR')).toBe(false);
  });

  it('isInstance recognises errors from another copy of the package by the shared marker', () => {
    const foreign = new Error('from another install');
    Object.defineProperty(foreign, Symbol.for('@casual-memory/core/error-codes'), { value: ['VALIDATION_ERROR', 'CASUAL_MEMORY_ERROR'] });
    expect(ValidationError.isInstance(foreign)).toBe(true);
    expect(CasualMemoryError.isInstance(foreign)).toBe(true);
    expect(NotFoundError.isInstance(foreign)).toBe(false);
  });

  it('keep the details callers need', () => {
    const mismatch = new DimensionMismatchError({ expected: 384, actual: 768, path: 'query' });
    expect(mismatch).toMatchObject({ expected: 384, actual: 768, path: 'query' });
    expect(mismatch.message).toBe('query has 768 dimensions, but this store holds 384-dimensional vectors');
    const notFound = new NotFoundError({ resource: 'conflict', id: 'c1' });
    expect(notFound).toMatchObject({ resource: 'conflict', id: 'c1', message: 'conflict "c1" does not exist' });
    const cause = new Error('ECONNREFUSED');
    expect(new StoreUnavailableError({ message: 'redis is down', cause }).cause).toBe(cause);
    expect(new StoreClosedError({ store: 'RedisShortTermStore' }).message).toBe('RedisShortTermStore is closed');
    const timeout = new LockTimeoutError({ userId: 'u1', waitMs: 250 });
    expect(timeout).toMatchObject({ userId: 'u1', waitMs: 250, message: 'The lock of user "u1" was not granted within 250 ms' });
    expect(LockTimeoutError.isInstance(timeout)).toBe(true);
    expect(StoreUnavailableError.isInstance(timeout)).toBe(false);
    const reason = new Error('deadline');
    expect(new LockTimeoutError({ userId: 'u1', waitMs: 5, message: 'aborted', cause: reason })).toMatchObject({
      message: 'aborted',
      cause: reason,
    });
    const validation = new ValidationError({ path: 'memory.importance', message: 'too big' });
    expect(validation.issues).toEqual([{ path: 'memory.importance', message: 'too big' }]);
  });

  it('bound a corrupt record message to the first issues', () => {
    const issues = Array.from({ length: 50 }, (_, i) => ({ path: `row.f${i}`, message: 'bad' }));
    const error = new CorruptDataError({ record: 'row 7', issues });
    expect(error.message).toBe('Stored row 7 is corrupt: row.f0: bad; row.f1: bad; row.f2: bad; row.f3: bad; row.f4: bad; and 45 more');
    expect(error.issues).toHaveLength(50);
  });
});

describe('ProviderError', () => {
  it('takes its code per error, and is retryable only when the provider is unavailable', () => {
    const cause = new Error('503 Service Unavailable');
    const cases = [
      ['PROVIDER_AUTH', false],
      ['PROVIDER_NOT_FOUND', false],
      ['PROVIDER_UNAVAILABLE', true],
      ['PROVIDER_BAD_RESPONSE', false],
    ] as const;
    for (const [code, retryable] of cases) {
      const error = new ProviderError({
        code,
        provider: 'OpenAIChatProvider',
        model: 'gpt-4o-mini',
        status: 503,
        message: 'failed',
        cause,
      });
      expect(error).toMatchObject({
        code,
        retryable,
        name: 'ProviderError',
        provider: 'OpenAIChatProvider',
        model: 'gpt-4o-mini',
        status: 503,
      });
      expect(error.message).toBe('failed');
      expect(error.cause).toBe(cause);
      expect(error).toBeInstanceOf(CasualMemoryError);
      expect(ProviderError.isInstance(error)).toBe(true);
      expect(CasualMemoryError.isInstance(error)).toBe(true);
      expect(StoreUnavailableError.isInstance(error)).toBe(false);
    }
    expect(ProviderError.code).toBe('PROVIDER_ERROR');
    expect(ProviderError.isInstance(new StoreUnavailableError({ message: 'down' }))).toBe(false);
    const bare = new ProviderError({ code: 'PROVIDER_BAD_RESPONSE', provider: 'P', message: 'no JSON' });
    expect({ model: bare.model, status: bare.status, cause: bare.cause }).toEqual({
      model: undefined,
      status: undefined,
      cause: undefined,
    });
    // The other classes keep their class-wide retryable.
    expect(new StoreUnavailableError({ message: 'down' }).retryable).toBe(true);
    expect(new ConflictStateError({ message: 'taken' }).retryable).toBe(false);
  });
});
