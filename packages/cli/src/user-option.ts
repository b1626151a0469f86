import type { Command } from 'commander';
import { CliError } from './cli-error';
import { EXIT_CODES } from './exit-codes';

/**
 * A user id given empty or as white space only (`--user " "`, `CASUAL_MEMORY_USER=`) names nobody: refused
 * in one plain message by every command, before the data folder is made (the stores would refuse it
 * later, each in the words of its validator).
 */
export function checkUser(command: Command): void {
  const user: unknown = command.getOptionValue('user');
  if (typeof user !== 'string' || user.trim() !== '') return;
  const given = command.getOptionValueSource('user') === 'env' ? '$CASUAL_MEMORY_USER' : '--user';
  throw new CliError(`${given} must not be empty or only white space`, EXIT_CODES.usage, 'USAGE');
}
