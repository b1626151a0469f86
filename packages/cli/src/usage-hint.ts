import type { CommanderError } from 'commander';

/** The commands whose argument is text the user types, which may start with "-" ("-5 degrees today"). */
const TEXT_COMMANDS = ['remember', 'recall'];

/**
 * What to do about a usage error the words of commander leave unclear, or undefined. A text that starts
 * with "-" is read as an option (`unknown option '-5 degrees today'`): the hint shows it after `--`. An
 * option after `--` is read as text (`too many arguments`): the hint says options go before it. A text
 * not quoted (`remember I have a cat`) is one argument a word (`too many arguments`): the hint quotes it,
 * after `--` when it starts with "-" (`remember -5 degrees today`).
 * `words` are the command's arguments as commander read them.
 */
export function usageHint(
  error: CommanderError,
  command: string | undefined,
  words: readonly string[],
  argv: readonly string[],
): string | undefined {
  if (error.code === 'commander.unknownOption' && command !== undefined && TEXT_COMMANDS.includes(command)) {
    const given = /unknown option '(.*)'/s.exec(error.message)?.[1];
    // `--tpye` is an option mistyped (commander suggests the right one); `-5 degrees today` is text.
    if (given !== undefined && !/^--?[A-Za-z][\w-]*(=.*)?$/s.test(given))
      return `to ${command} text that starts with "-", put it after --: casual-memory ${command} -- ${shellQuoted(given)}`;
  }
  if (error.code === 'commander.excessArguments') {
    const end = argv.indexOf('--');
    if (end !== -1 && argv.slice(end + 1).some(looksLikeAnOption)) return 'everything after -- is read as text, so options go before it';
    // Every extra argument is a plain word (an unknown option is reported before; commander reads `-5` as a
    // word), so the text was not quoted. One that starts with "-" goes after `--` too, or it is an option again.
    if (command !== undefined && TEXT_COMMANDS.includes(command) && words.length > 1) {
      const text = words.join(' ');
      return `put the text in quotes: casual-memory ${command} ${text.startsWith('-') ? '-- ' : ''}${shellQuoted(text)}`;
    }
  }
  return undefined;
}

/** `--user`, `-t`, `--type=fact`: an option, where `-5` and `-$5` are words. */
function looksLikeAnOption(word: string): boolean {
  return /^--?[A-Za-z]/.test(word);
}

/** A word as typed in a shell: in double quotes unless it holds what they would expand. */
function shellQuoted(word: string): string {
  return /["$`\\!]/.test(word) ? `'${word.replaceAll("'", "'\\''")}'` : `"${word}"`;
}
