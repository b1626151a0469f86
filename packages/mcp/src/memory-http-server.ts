import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { ValidationError } from '@casual-memory/core';
import type { MemoryService } from '@casual-memory/service';
import { StreamableHTTPServerTransport } from '@modelcontextprotocol/sdk/server/streamableHttp.js';
import { BearerTokens } from './bearer-tokens';
import { createMemoryMcpServer } from './create-memory-mcp-server';
import { checkHostHeaders, isLoopback, LOOPBACK_HOSTNAMES } from './host-check';

export interface MemoryHttpServerOptions {
  service: MemoryService;
  /** The one user every request reaches: for a server on this machine only, without tokens. */
  userId?: string;
  /** Bearer token -> user id: every request must carry one, and reaches only its user's memory. */
  tokens?: Readonly<Record<string, string>> | ReadonlyMap<string, string>;
  /** Default `127.0.0.1`. Any other address needs `tokens`. */
  host?: string;
  /** Default 3000; 0 picks a free port. */
  port?: number;
  /** The endpoint's path (default `/mcp`). */
  path?: string;
  /**
   * Host names requests may be addressed to (DNS-rebinding protection): by default the loopback names
   * on a loopback address, else the bound address itself. Required when binding to 0.0.0.0 or ::.
   */
  allowedHosts?: readonly string[];
  /** Receives failures that are not casual-memory errors. */
  onError?: (error: unknown) => void;
}

export interface MemoryHttpServer {
  /** The endpoint, e.g. `http://127.0.0.1:3000/mcp`. */
  url: URL;
  /** The users the server can reach (the tokens' users, or the one `userId`). */
  users: string[];
  httpServer: Server;
  close(): Promise<void>;
}

/**
 * Serves the memory tools over MCP Streamable HTTP (stateless: each POST is answered on its own, so any
 * number of clients can call at once). The user of a request comes from its bearer token, or is the one
 * configured user; never from a tool argument.
 */
export async function startMemoryHttpServer(options: MemoryHttpServerOptions): Promise<MemoryHttpServer> {
  const host = options.host ?? '127.0.0.1';
  const port = options.port ?? 3000;
  const path = options.path ?? '/mcp';
  if (!Number.isInteger(port) || port < 0 || port > 65535)
    throw new ValidationError({ path: 'port', message: 'Invalid port: expected 0..65535' });
  if (!path.startsWith('/')) throw new ValidationError({ path: 'path', message: 'Invalid path: expected it to start with /' });
  const tokens = options.tokens === undefined ? undefined : new BearerTokens(options.tokens);
  if (tokens !== undefined && options.userId !== undefined) {
    throw new ValidationError({ path: 'userId', message: 'Invalid options: with tokens, each token names its user; leave out userId' });
  }
  if (tokens === undefined && (typeof options.userId !== 'string' || options.userId.trim() === '')) {
    throw new ValidationError({ path: 'userId', message: 'Invalid options: give userId (one user) or tokens (a user per bearer token)' });
  }
  if (tokens === undefined && !isLoopback(host)) {
    throw new ValidationError({
      path: 'host',
      message: `Refusing to serve ${host} without tokens: anyone who can reach it would read and change the memory. Give tokens, or bind 127.0.0.1`,
    });
  }
  const allowedHosts = (options.allowedHosts ?? defaultAllowedHosts(host)).map((name) => name.toLowerCase());
  const oneUser = options.userId;

  const handle = async (req: IncomingMessage, res: ServerResponse) => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    if (url.pathname !== path) return reply(res, 404, 'Not found');
    const refused = checkHostHeaders({ host: req.headers.host, origin: req.headers.origin }, allowedHosts);
    if (refused !== undefined) return reply(res, 403, refused);
    const userId = tokens === undefined ? oneUser : tokens.userOf(req.headers.authorization);
    if (userId === undefined) {
      res.setHeader('WWW-Authenticate', 'Bearer realm="casual-memory"');
      return reply(res, 401, 'Unauthorized: a valid bearer token is required');
    }
    // Stateless: no session to resume, so there is no stream to GET and no session to DELETE.
    if (req.method !== 'POST') {
      res.setHeader('Allow', 'POST');
      return reply(res, 405, 'Method not allowed: POST MCP messages to this endpoint');
    }
    // A server per request, bound to this request's user: nothing in it can reach another user.
    const server = createMemoryMcpServer({ service: options.service, userId, ...(options.onError ? { onError: options.onError } : {}) });
    const transport = new StreamableHTTPServerTransport({ sessionIdGenerator: undefined, enableJsonResponse: true });
    res.on('close', () => {
      void transport.close();
      void server.close();
    });
    await server.connect(transport);
    await transport.handleRequest(req, res);
  };

  const httpServer = createServer((req, res) => {
    handle(req, res).catch((error: unknown) => {
      options.onError?.(error);
      if (!res.headersSent) reply(res, 500, 'Internal server error');
      else res.end();
    });
  });
  await new Promise<void>((resolve, reject) => {
    httpServer.once('error', reject);
    httpServer.listen(port, host, () => {
      httpServer.off('error', reject);
      resolve();
    });
  });
  const address = httpServer.address() as AddressInfo;
  const urlHost = address.family === 'IPv6' ? `[${address.address}]` : address.address;
  return {
    url: new URL(`http://${urlHost}:${address.port}${path}`),
    users: tokens?.users ?? [oneUser as string],
    httpServer,
    close: () =>
      new Promise<void>((resolve, reject) => {
        httpServer.close((error) => (error === undefined ? resolve() : reject(error)));
        httpServer.closeAllConnections();
      }),
  };
}

function defaultAllowedHosts(host: string): string[] {
  if (isLoopback(host)) return LOOPBACK_HOSTNAMES;
  if (host === '0.0.0.0' || host === '::' || host === '[::]') {
    throw new ValidationError({
      path: 'allowedHosts',
      message: `Invalid options: binding ${host} (every address) needs allowedHosts, the names clients use to reach this server`,
    });
  }
  return [host.includes(':') && !host.startsWith('[') ? `[${host}]` : host];
}

/** A JSON-RPC error body, as the SDK's transport answers. */
function reply(res: ServerResponse, status: number, message: string): void {
  res.writeHead(status, { 'Content-Type': 'application/json' });
  res.end(JSON.stringify({ jsonrpc: '2.0', error: { code: -32000, message }, id: null }));
}
