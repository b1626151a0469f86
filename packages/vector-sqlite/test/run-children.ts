import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';

const packageDir = join(__dirname, '..');

/** Throws unless the package is built: child processes run `dist`, as an installed copy would. */
export function requireBuild(): void {
  if (!existsSync(join(packageDir, 'dist', 'index.cjs')))
    throw new Error('build the package first: pnpm --filter @casual-memory/vector-sqlite build');
}

/** Runs a fixture script in a child process and parses the JSON it prints. */
export function runChild<T>(fixture: string, args: readonly string[]): Promise<T> {
  return new Promise((resolve, reject) => {
    execFile(
      process.execPath,
      [join(packageDir, 'test', 'fixtures', fixture), ...args],
      { cwd: packageDir, timeout: 120_000 },
      (error, stdout, stderr) => {
        if (error !== null) reject(new Error(`${fixture} failed: ${error.message}\n${stderr}`));
        else resolve(JSON.parse(stdout) as T);
      },
    );
  });
}
