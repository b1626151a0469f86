import type { Readable, Writable } from 'node:stream';
import type { McpServer } from '@modelcontextprotocol/sdk/server/mcp.js';
import { StdioServerTransport } from '@modelcontextprotocol/sdk/server/stdio.js';
import { createMemoryMcpServer, type MemoryMcpServerOptions } from './create-memory-mcp-server';

export type MemoryStdioOptions = MemoryMcpServerOptions & {
  /** Default `process.stdin`. */
  stdin?: Readable;
  /** Default `process.stdout`: nothing else may write to it while the server runs. */
  stdout?: Writable;
};

export interface MemoryStdioServer {
  server: McpServer;
  /** Resolves when the client goes away (stdin ends) or `close` is called. */
  closed: Promise<void>;
  close(): Promise<void>;
}

/** Serves the memory tools over stdio: the client starts this process and talks on its stdin and stdout. */
export async function serveMemoryOverStdio(options: MemoryStdioOptions): Promise<MemoryStdioServer> {
  const { stdin = process.stdin, stdout = process.stdout, ...serverOptions } = options;
  const server = createMemoryMcpServer(serverOptions as MemoryMcpServerOptions);
  const transport = new StdioServerTransport(stdin, stdout);
  let markClosed: () => void = () => {};
  const closed = new Promise<void>((resolve) => {
    markClosed = resolve;
  });
  transport.onclose = () => markClosed();
  const close = async () => {
    stdin.off('end', onEnd);
    await server.close();
    markClosed();
  };
  // The transport does not watch for the end of its input: a client that exits ends the server.
  const onEnd = () => void close();
  stdin.once('end', onEnd);
  await server.connect(transport);
  return { server, closed, close };
}
