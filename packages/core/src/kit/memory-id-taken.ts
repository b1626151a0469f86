import { ConflictStateError } from '../errors/conflict-state-error';

/**
 * The error every vector backend throws when a memory is added under an id the store already
 * holds, for this user or another: ids name one memory in the whole store. The message does not
 * say whose it is.
 */
export function memoryIdTaken(id: string, path: string): ConflictStateError {
  return new ConflictStateError({
    message: `${path} "${id}" is already the id of a stored memory; nothing was stored (a restore keeps each memory's id, so it cannot add one twice)`,
  });
}
