import { InvalidArgumentError } from 'commander';

/** `casual-memory mcp --http` listens here unless `--port` says otherwise. */
export const DEFAULT_MCP_PORT = 8090;

/** `--port`: 1..65535, or 0 for a free port (the address is printed on stderr). */
export function parsePort(value: string): number {
  const port = Number(value);
  if (!/^\d+$/.test(value) || port > 65535) throw new InvalidArgumentError('expected a port number from 0 to 65535');
  return port;
}
