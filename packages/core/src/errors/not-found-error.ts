import { CasualMemoryError, type CasualMemoryErrorCode } from './casual-memory-error';

export interface NotFoundErrorOptions {
  /** What kind of record, e.g. `memory` or `conflict`. */
  resource: string;
  id: string;
  message?: string;
}

/** A record that had to exist does not (for methods whose contract is not a `false`/`null` answer). */
export class NotFoundError extends CasualMemoryError {
  static override readonly code: CasualMemoryErrorCode = 'NOT_FOUND';

  readonly resource: string;
  readonly id: string;

  constructor(options: NotFoundErrorOptions) {
    super({ message: options.message ?? `${options.resource} "${options.id}" does not exist` });
    this.resource = options.resource;
    this.id = options.id;
  }
}
