import { execFileSync } from 'node:child_process';
import { join } from 'node:path';

const register = join(__dirname, 'register-typescript.cjs');

/**
 * Runs test/child/<script> (its arguments from process.argv[2]) in a fresh Node process with
 * --expose-gc (and, when `ulimitKb` is given, under `ulimit -v`), and returns the JSON object its
 * last line of output holds. Its stderr (an expected warning, say) is kept out of the test output;
 * a failing child throws with it.
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
  const spawnOptions = { encoding: 'utf8' as const, stdio: ['ignore', 'pipe', 'pipe'] as ('ignore' | 'pipe')[] };
  const output =
    options.ulimitKb === undefined
      ? execFileSync(process.execPath, nodeArgs, spawnOptions)
      : execFileSync('bash', ['-c', `ulimit -v ${options.ulimitKb} && exec "$0" "$@"`, process.execPath, ...nodeArgs], spawnOptions);
  const lines = output.trim().split('\n');
  return JSON.parse(lines[lines.length - 1]!) as T;
}
