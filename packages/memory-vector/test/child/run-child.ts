import { execFileSync } from 'node:child_process';
import { join } from 'node:path';

const register = join(__dirname, 'register-typescript.cjs');

/**
 * Runs test/child/<script> (its arguments from process.argv[2]) in a fresh Node process with --expose-gc (and, when `ulimitKb` is given,
 * under `ulimit -v`), and returns the JSON object its last line of output holds.
 */
export function runChild<T>(script: string, options: { args?: string[]; ulimitKb?: number } = {}): T {
  // Loaded with require from -e: the package is "type": "module", so Node would not run a .ts entry itself.
  const nodeArgs = [
    '--expose-gc',
    '--require',
    register,
    '-e',
    'require(process.argv[1])',
    join(__dirname, script),
    ...(options.args ?? []),
  ];
  const output =
    options.ulimitKb === undefined
      ? execFileSync(process.execPath, nodeArgs, { encoding: 'utf8' })
      : execFileSync('bash', ['-c', `ulimit -v ${options.ulimitKb} && exec "$0" "$@"`, process.execPath, ...nodeArgs], {
          encoding: 'utf8',
        });
  const lines = output.trim().split('\n');
  return JSON.parse(lines[lines.length - 1]!) as T;
}
