import { CliError } from './cli-error';
import { EXIT_CODES } from './exit-codes';

/**
 * Imports a part only when its flag is given, so the command starts without the drivers it does not
 * use; a missing driver (an optional peer dependency) is a one-line error saying what to install.
 */
export async function loadOptional<T>(load: () => Promise<T>, flag: string, driver: string): Promise<T> {
  try {
    return await load();
  } catch (error) {
    const code = (error as { code?: unknown } | null)?.code;
    if (code === 'ERR_MODULE_NOT_FOUND' || code === 'MODULE_NOT_FOUND') {
      throw new CliError(
        `${flag} needs ${driver}: install it next to the command (npm install -g ${driver})`,
        EXIT_CODES.unavailable,
        'DRIVER_MISSING',
      );
    }
    throw error;
  }
}
