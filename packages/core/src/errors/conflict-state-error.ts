import { CasualMemoryError, type CasualMemoryErrorCode } from './casual-memory-error';

/** The request is well formed but clashes with what is stored (for example, an id already taken). */
export class ConflictStateError extends CasualMemoryError {
  static override readonly code: CasualMemoryErrorCode = 'CONFLICT_STATE';
}
