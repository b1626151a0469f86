import { CasualMemoryError, type CasualMemoryErrorCode } from './casual-memory-error';

/** A record that had to exist does not (for methods whose contract is not a `false`/`null` answer). */
export class NotFoundError extends CasualMemoryError {
  static override readonly code: CasualMemoryErrorCode = 'NOT_FOUND';

  readonly resource: string;
  readonly id: string;

  constructor(resource: string, id: string) {
    super(`${resource} "${id}" does not exist`);
    this.resource = resource;
    this.id = id;
  }
}
