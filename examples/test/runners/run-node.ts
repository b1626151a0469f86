import { spawn } from 'node:child_process';

export interface ChildRun {
  code: number | null;
  signal: NodeJS.Signals | null;
  output: string;
}

/** Runs `command <args>` in `cwd` and collects stdout and stderr; the child is killed after `timeoutMs`. */
export function runCommand(command: string, args: string[], cwd: string, timeoutMs: number): Promise<ChildRun> {
  const env: NodeJS.ProcessEnv = { ...process.env, NO_COLOR: '1', FORCE_COLOR: '0' };
  // Markers that would make a child runner think it is itself a worker of an outer run.
  for (const key of Object.keys(env)) if (key === 'NODE_TEST_CONTEXT' || key.startsWith('VITEST')) delete env[key];
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { cwd, env, timeout: timeoutMs, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.on('error', reject);
    child.on('close', (code, signal) => resolve({ code, signal, output }));
  });
}

/** Runs `node <args>` with the Node that runs the tests. */
export function runNode(args: string[], cwd: string, timeoutMs: number): Promise<ChildRun> {
  return runCommand(process.execPath, args, cwd, timeoutMs);
}

/** The run's output for a failure message: its end, where runners print failures and totals. */
export function describeRun(run: ChildRun): string {
  return `exit code ${String(run.code)}${run.signal === null ? '' : ` (${run.signal})`}\n${run.output.slice(-6000)}`;
}
