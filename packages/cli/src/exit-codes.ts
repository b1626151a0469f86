/**
 * What `casual-memory` exits with; scripts may rely on these numbers (they are part of the CLI's
 * public contract and only ever get added to).
 */
export const EXIT_CODES = {
  /** Done. A contradiction recorded as a conflict is a success too. */
  ok: 0,
  /** Bad usage or input: unknown command or option, missing or empty argument, invalid value, unreadable import line. */
  usage: 1,
  /** No such memory or conflict (for this user). */
  notFound: 2,
  /** The conflict is already resolved, or the data is in a state that forbids the change. */
  conflictState: 3,
  /** A store or model service did not answer (retrying later may work), or its driver is not installed. */
  unavailable: 4,
  /** A file in the data directory (or a database) holds data that cannot be read; nothing was changed. */
  corruptData: 5,
  /** Anything else: a bug or an unexpected failure (run with DEBUG=1 for the stack trace). */
  failure: 6,
  /** Stopped by Ctrl-C (SIGINT) after finishing the step in flight; what was done is kept (128 + 2, as shells report it). */
  interrupted: 130,
} as const;

export type ExitCode = (typeof EXIT_CODES)[keyof typeof EXIT_CODES];
