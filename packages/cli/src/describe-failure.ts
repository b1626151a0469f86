import { CliError } from './cli-error';
import { EXIT_CODES, type ExitCode } from './exit-codes';

export interface Failure {
  exitCode: ExitCode;
  /** A stable code: the casual-memory error code, a CLI code (USAGE, ...), or INTERNAL. */
  code: string;
  /** One line. */
  message: string;
}

const EXIT_BY_CODE: Record<string, ExitCode> = {
  VALIDATION_ERROR: EXIT_CODES.usage,
  DIMENSION_MISMATCH: EXIT_CODES.usage,
  NOT_FOUND: EXIT_CODES.notFound,
  PROVIDER_NOT_FOUND: EXIT_CODES.notFound,
  CONFLICT_STATE: EXIT_CODES.conflictState,
  STORE_UNAVAILABLE: EXIT_CODES.unavailable,
  STORE_CLOSED: EXIT_CODES.unavailable,
  PROVIDER_UNAVAILABLE: EXIT_CODES.unavailable,
  PROVIDER_AUTH: EXIT_CODES.unavailable,
  CORRUPT_DATA: EXIT_CODES.corruptData,
};

/** Anything thrown, as the one line and exit code the user sees (never a stack trace). */
export async function describeFailure(thrown: unknown): Promise<Failure> {
  if (thrown instanceof CliError) return { exitCode: thrown.exitCode, code: thrown.code, message: oneLine(thrown.message) };
  // The library loads only for a failure that is not the command line's own: a usage error stays quick.
  const { CasualMemoryError } = await import('@casual-memory/core');
  if (CasualMemoryError.isInstance(thrown)) {
    return { exitCode: EXIT_BY_CODE[thrown.code] ?? EXIT_CODES.failure, code: thrown.code, message: oneLine(thrown.message) };
  }
  const message = thrown instanceof Error ? thrown.message : String(thrown);
  return { exitCode: EXIT_CODES.failure, code: 'INTERNAL', message: oneLine(message) || 'unexpected failure' };
}

function oneLine(text: string): string {
  const line = text.replace(/\s+/g, ' ').trim();
  return line.length > 500 ? `${line.slice(0, 497)}...` : line;
}
