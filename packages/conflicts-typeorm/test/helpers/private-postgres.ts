import { execFileSync } from 'node:child_process';
import { chownSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/**
 * A PostgreSQL cluster of the test's own, on a free port in a temp folder, that the test may crash
 * and restart (the shared server is never touched). initdb refuses root, so it runs as `postgres`.
 */
export class PrivatePostgres {
  readonly url: string;
  private readonly dir: string;
  private readonly bin: string;
  private readonly port: number;

  private constructor(dir: string, bin: string, port: number) {
    this.dir = dir;
    this.bin = bin;
    this.port = port;
    this.url = `postgres://postgres@127.0.0.1:${port}/postgres`;
  }

  /** Why no private cluster can be started here, or undefined. */
  static unavailableReason(): string | undefined {
    if (process.getuid?.() !== 0) return 'starting a private PostgreSQL needs root (to run initdb as postgres)';
    if (PrivatePostgres.binDir() === undefined) return 'no PostgreSQL server binaries under /usr/lib/postgresql';
    return undefined;
  }

  private static binDir(): string | undefined {
    if (!existsSync('/usr/lib/postgresql')) return undefined;
    const version = readdirSync('/usr/lib/postgresql').find((entry) => existsSync(join('/usr/lib/postgresql', entry, 'bin', 'initdb')));
    return version === undefined ? undefined : join('/usr/lib/postgresql', version, 'bin');
  }

  static async start(): Promise<PrivatePostgres> {
    const dir = mkdtempSync(join(tmpdir(), 'conflicts-typeorm-pg-'));
    const uid = Number(execFileSync('id', ['-u', 'postgres'], { encoding: 'utf8' }).trim());
    const gid = Number(execFileSync('id', ['-g', 'postgres'], { encoding: 'utf8' }).trim());
    chownSync(dir, uid, gid);
    const server = new PrivatePostgres(dir, PrivatePostgres.binDir()!, await freePort());
    server.asPostgres(`${server.bin}/initdb -D ${dir}/data -A trust -U postgres`);
    server.startServer();
    return server;
  }

  /** Starts (or restarts) the server and waits until it accepts connections. */
  startServer(): void {
    this.asPostgres(
      `${this.bin}/pg_ctl -D ${this.dir}/data -o '-p ${this.port} -k ${this.dir} -c listen_addresses=127.0.0.1' -l ${this.dir}/log -w start`,
    );
  }

  /** Stops the server the way a crash does, as far as clients can tell. */
  crash(): void {
    this.asPostgres(`${this.bin}/pg_ctl -D ${this.dir}/data -m immediate stop`);
  }

  /** Freezes (SIGSTOP) or thaws (SIGCONT) the server and its backends: connections stay open but nothing answers. */
  signalAll(signal: 'SIGSTOP' | 'SIGCONT'): void {
    const postmaster = Number(readFileSync(join(this.dir, 'data', 'postmaster.pid'), 'utf8').split('\n')[0]);
    const children = execFileSync('pgrep', ['-P', String(postmaster)], { encoding: 'utf8' })
      .trim()
      .split('\n')
      .filter(Boolean)
      .map(Number);
    for (const pid of [postmaster, ...children]) process.kill(pid, signal);
  }

  /** Stops the server if running and removes its folder. */
  destroy(): void {
    try {
      this.asPostgres(`${this.bin}/pg_ctl -D ${this.dir}/data -m immediate stop`);
    } catch {
      // already stopped
    }
    rmSync(this.dir, { recursive: true, force: true });
  }

  private asPostgres(command: string): void {
    execFileSync('su', ['postgres', '-c', command], { stdio: 'pipe', timeout: 60_000 });
  }
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => (typeof address === 'object' && address !== null ? resolve(address.port) : reject(new Error('no port'))));
    });
  });
}
