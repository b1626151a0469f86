import { request } from 'node:http';
import { ValidationError } from '@casual-memory/core';
import { Client } from '@modelcontextprotocol/sdk/client/index.js';
import { StreamableHTTPClientTransport } from '@modelcontextprotocol/sdk/client/streamableHttp.js';
import { type MemoryHttpServer, type MemoryHttpServerOptions, startMemoryHttpServer } from '../src';
import { call, memoryService, type Recalled, type Remembered, runMemoryScenario } from './memory-fixtures';

// The Streamable HTTP server in this process, driven by the SDK's Client over real sockets.

const ANA_TOKEN = `${'a'.repeat(16)}0123456789abcdef0123`;
const BEN_TOKEN = `${'b'.repeat(16)}0123456789abcdef0123`;

const servers: MemoryHttpServer[] = [];
const clients: Client[] = [];
afterEach(async () => {
  await Promise.all(clients.splice(0).map((client) => client.close()));
  await Promise.all(servers.splice(0).map((server) => server.close()));
});

async function start(options: Omit<MemoryHttpServerOptions, 'service'> & { service?: MemoryHttpServerOptions['service'] }) {
  const server = await startMemoryHttpServer({ service: memoryService(), port: 0, ...options });
  servers.push(server);
  return server;
}

async function connect(url: URL, token?: string): Promise<Client> {
  const transport = new StreamableHTTPClientTransport(url, {
    requestInit: token === undefined ? {} : { headers: { Authorization: `Bearer ${token}` } },
  });
  const client = new Client({ name: 'test', version: '1.0.0' });
  await client.connect(transport);
  clients.push(client);
  return client;
}

/** A raw POST, to see what the server answers before any MCP handling. */
function post(
  url: URL,
  headers: Record<string, string>,
  method = 'POST',
): Promise<{ status: number; body: string; headers: Record<string, unknown> }> {
  const body = JSON.stringify({ jsonrpc: '2.0', id: 1, method: 'tools/list', params: {} });
  return new Promise((resolve, reject) => {
    const req = request(
      url,
      { method, headers: { 'Content-Type': 'application/json', Accept: 'application/json, text/event-stream', ...headers } },
      (res) => {
        let text = '';
        res.on('data', (chunk: Buffer) => {
          text += chunk.toString('utf8');
        });
        res.on('end', () => resolve({ status: res.statusCode ?? 0, body: text, headers: res.headers }));
      },
    );
    req.on('error', reject);
    req.end(method === 'POST' ? body : undefined);
  });
}

describe('one configured user on 127.0.0.1', () => {
  it('binds 127.0.0.1 by default and runs the whole session', async () => {
    const server = await start({ userId: 'ana' });
    expect(server.url.hostname).toBe('127.0.0.1');
    expect(server.url.pathname).toBe('/mcp');
    expect(server.users).toEqual(['ana']);
    const client = await connect(server.url);
    expect((await client.listTools()).tools).toHaveLength(6);
    await runMemoryScenario(client);
  });

  it('refuses a Host header that is not this machine (DNS rebinding), and a foreign Origin', async () => {
    const server = await start({ userId: 'ana' });
    const rebound = await post(server.url, { Host: `evil.example:${server.url.port}` });
    expect(rebound.status).toBe(403);
    expect(JSON.parse(rebound.body)).toMatchObject({ error: { message: expect.stringContaining('Invalid Host header') } });
    const foreign = await post(server.url, { Origin: 'https://evil.example' });
    expect(foreign.status).toBe(403);
    expect((await post(server.url, { Host: `localhost:${server.url.port}`, Origin: `http://localhost:${server.url.port}` })).status).toBe(
      200,
    );
  });

  it('answers only POST on its path', async () => {
    const server = await start({ userId: 'ana' });
    expect((await post(new URL('/other', server.url), {})).status).toBe(404);
    const get = await post(server.url, {}, 'GET');
    expect(get.status).toBe(405);
    expect(get.headers['allow']).toBe('POST');
  });

  it('will not serve another address without tokens, nor every address without allowedHosts', async () => {
    await expect(startMemoryHttpServer({ service: memoryService(), userId: 'ana', host: '0.0.0.0', port: 0 })).rejects.toThrow(
      /Refusing to serve 0\.0\.0\.0 without tokens/,
    );
    await expect(
      startMemoryHttpServer({ service: memoryService(), tokens: { [ANA_TOKEN]: 'ana' }, host: '0.0.0.0', port: 0 }),
    ).rejects.toThrow(/needs allowedHosts/);
    await expect(startMemoryHttpServer({ service: memoryService(), port: 0 } as MemoryHttpServerOptions)).rejects.toThrow(ValidationError);
    await expect(
      startMemoryHttpServer({ service: memoryService(), userId: 'ana', tokens: { [ANA_TOKEN]: 'ana' }, port: 0 }),
    ).rejects.toThrow(/leave out userId/);
    await expect(startMemoryHttpServer({ service: memoryService(), tokens: { short: 'ana' }, port: 0 })).rejects.toThrow(/at least 32/);
  });
});

describe('a user per bearer token', () => {
  it('gives each token its own user: the second token cannot read or change the first user’s memories', async () => {
    const service = memoryService();
    const server = await start({ service, tokens: { [ANA_TOKEN]: 'ana', [BEN_TOKEN]: 'ben' } });
    expect(server.users.sort()).toEqual(['ana', 'ben']);
    const ana = await connect(server.url, ANA_TOKEN);
    const ben = await connect(server.url, BEN_TOKEN);
    await runMemoryScenario(ana);
    const anas = await call<Remembered>(ana, 'remember', { text: 'I work at Google' });
    await call(ana, 'remember', { text: 'I work at Microsoft' });

    expect((await call<Recalled>(ben, 'recall', { query: 'I live in Porto', minScore: -1 })).structured.memories).toEqual([]);
    expect((await call(ben, 'list_conflicts', {})).structured).toEqual({ conflicts: [] });
    expect((await call(ben, 'history', {})).structured).toEqual({ entries: [] });
    expect((await call(ben, 'forget', { memoryId: anas.structured.memoryId })).isError).toBe(true);
    const [anasConflict] = await service.getPendingConflicts('ana');
    expect((await call(ben, 'resolve_conflict', { conflictId: anasConflict?.id, decision: 'keep_b' })).text).toMatch(/^NOT_FOUND: /);

    // Ben's own memory is his alone, and Ana's is as she left it.
    await call(ben, 'remember', { text: 'I live in Rome' });
    expect((await service.query('ben', 'I live in Rome')).map((hit) => hit.memory.text)).toEqual(['I live in Rome']);
    expect((await service.getPendingConflicts('ana')).map((conflict) => conflict.id)).toEqual([anasConflict?.id]);
    expect((await call<Recalled>(ana, 'recall', { query: 'I work at Google' })).structured.memories.map((memory) => memory.text)).toEqual([
      'I work at Google',
    ]);
  });

  it('answers a missing or wrong token with 401 and a Bearer challenge', async () => {
    const server = await start({ tokens: { [ANA_TOKEN]: 'ana' } });
    for (const headers of <Record<string, string>[]>[
      {},
      { Authorization: `Bearer ${BEN_TOKEN}` },
      { Authorization: `Bearer ${ANA_TOKEN.slice(0, -1)}` },
      { Authorization: ANA_TOKEN },
    ]) {
      const answer = await post(server.url, headers);
      expect({ headers, status: answer.status }).toEqual({ headers, status: 401 });
      expect(answer.headers['www-authenticate']).toBe('Bearer realm="casual-memory"');
    }
    await expect(connect(server.url)).rejects.toThrow();
    await expect(connect(server.url, BEN_TOKEN)).rejects.toThrow();
    expect((await post(server.url, { Authorization: `Bearer ${ANA_TOKEN}` })).status).toBe(200);
  });

  it('checks the Host before the token', async () => {
    const server = await start({ tokens: { [ANA_TOKEN]: 'ana' } });
    expect((await post(server.url, { Host: 'evil.example', Authorization: `Bearer ${ANA_TOKEN}` })).status).toBe(403);
  });
});
