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

/**
 * `--user` given before the command (`casual-memory --user ana stats`), as `--data-dir` and `--json` may be.
 * The program's option takes every `--user` on the line, wherever it is (commander reads the program's
 * options on the whole line), so the command's own is set from it: the same meaning and the same checks,
 * while the command keeps its default and `$CASUAL_MEMORY_USER`.
 */
export function passUserDown(program: Command, command: Command): void {
  if (program.getOptionValueSource('user') !== 'cli') return;
  command.setOptionValueWithSource('user', program.getOptionValue('user'), 'cli');
}
