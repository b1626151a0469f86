/**
 * What the stand-in answers instead of a result, each with the HTTP status Qdrant uses for it.
 * The messages follow Qdrant's own (`Wrong input: ...`, `Not found: ...`, `Validation error in JSON body: [...]`).
 */

/** A request the stand-in does not implement; answered with 501 and recorded as a violation. */
export class UnsupportedByStandIn extends Error {}

/** A request Qdrant refuses with 400 (a wrong vector size, an unknown vector name, a malformed datetime). */
export class BadInput extends Error {}

/**
 * A request Qdrant parses but refuses with 422: its `Validate` checks after parsing (a field condition
 * with only a key, an integer index with both capabilities off). `field` is where, as Qdrant names it.
 */
export class InvalidBody extends Error {
  constructor(field: string, problem: string) {
    super(`Validation error in JSON body: [${field}: ${problem}]`);
  }
}

/** A request naming a point that does not exist; answered with 404 as Qdrant does. */
export class NotFoundInCollection extends Error {}

/** Creating a collection that exists; answered with 409. */
export class AlreadyExists extends Error {}
