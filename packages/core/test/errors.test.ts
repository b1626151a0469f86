import {
  CasualMemoryError,
  ConflictStateError,
  DimensionMismatchError,
  NotFoundError,
  StoreUnavailableError,
  ValidationError,
} from '../src';

describe('errors', () => {
  it('carry a stable code and their class name', () => {
    const cases: [CasualMemoryError, string, string][] = [
      [new ValidationError('memory.text', 'bad'), 'VALIDATION_ERROR', 'ValidationError'],
      [new DimensionMismatchError(3, 4), 'DIMENSION_MISMATCH', 'DimensionMismatchError'],
      [new NotFoundError('memory', 'm1'), 'NOT_FOUND', 'NotFoundError'],
      [new ConflictStateError('taken'), 'CONFLICT_STATE', 'ConflictStateError'],
      [new StoreUnavailableError('down'), 'STORE_UNAVAILABLE', 'StoreUnavailableError'],
    ];
    for (const [error, code, name] of cases) {
      expect(error.code).toBe(code);
      expect(error.name).toBe(name);
      expect(error).toBeInstanceOf(Error);
      expect(error).toBeInstanceOf(CasualMemoryError);
      expect(CasualMemoryError.isInstance(error)).toBe(true);
    }
  });

  it('isInstance follows the class hierarchy', () => {
    const mismatch = new DimensionMismatchError(384, 768);
    expect(ValidationError.isInstance(mismatch)).toBe(true);
    expect(DimensionMismatchError.isInstance(mismatch)).toBe(true);
    expect(DimensionMismatchError.isInstance(new ValidationError('x', 'y'))).toBe(false);
    expect(StoreUnavailableError.isInstance(mismatch)).toBe(false);
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
    const mismatch = new DimensionMismatchError(384, 768, 'query');
    expect(mismatch).toMatchObject({ expected: 384, actual: 768, path: 'query' });
    expect(mismatch.message).toBe('query has 768 dimensions, but this store holds 384-dimensional vectors');
    const notFound = new NotFoundError('conflict', 'c1');
    expect(notFound).toMatchObject({ resource: 'conflict', id: 'c1', message: 'conflict "c1" does not exist' });
    const cause = new Error('ECONNREFUSED');
    expect(new StoreUnavailableError('redis is down', cause).cause).toBe(cause);
    const validation = new ValidationError('memory.importance', 'too big');
    expect(validation.issues).toEqual([{ path: 'memory.importance', message: 'too big' }]);
  });
});
