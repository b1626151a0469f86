import type { ExitCode } from './exit-codes';

/** An error the command itself reports (bad usage, a data directory it cannot use), with its exit code. */
export class CliError extends Error {
  constructor(
    message: string,
    readonly exitCode: ExitCode,
    readonly code: string,
  ) {
    super(message);
    this.name = 'CliError';
  }
}
