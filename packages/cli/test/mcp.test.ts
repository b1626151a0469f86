import { type ChildProcess, spawn } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { join } from 'node:path';
import { Client } from '@modelcontextprotocol/sdk/client/index.js';
import { StdioClientTransport } from '@modelcontextprotocol/sdk/client/stdio.js';
import { StreamableHTTPClientTransport } from '@modelcontextprotocol/sdk/client/streamableHttp.js';
import type { CallToolResult } from '@modelcontextprotocol/sdk/types.js';
import { BIN, cli, cliJson, ensureBuilt, removeTempDirs, tempDir } from './run-built-cli';

// `casual-memory mcp` as an MCP client runs it: the built command as a child process, driven by the
// SDK's own Client over stdio and over Streamable HTTP, on a data folder with the command's defaults.

beforeAll(ensureBuilt, 180_000);
afterAll(removeTempDirs);

const clients: Client[] = [];
const children: ChildProcess[] = [];
afterEach(async () => {
  await Promise.all(clients.splice(0).map((client) => client.close()));
  for (const child of children.splice(0)) child.kill('SIGTERM');
});

interface Remembered {
  action: string;
  memoryId: string;
  supersedes: { id: string; text: string }[];
  duplicateOf: { id: string; mentionCount: number } | null;
  conflicts: { id: string; question: string; memoryA: { id: string; text: string }; memoryB: { id: string; text: string } }[];
}

async function call<T = Record<string, unknown>>(client: Client, name: string, args: Record<string, unknown>) {
  const result = (await client.callTool({ name, arguments: args })) as CallToolResult;
  const text = result.content.map((part) => (part.type === 'text' ? part.text : '')).join('\n');
  return { isError: result.isError === true, structured: result.structuredContent as T, text };
}

const recalled = async (client: Client, query: string) =>
  (await call<{ memories: { text: string }[] }>(client, 'recall', { query })).structured.memories.map((memory) => memory.text);

/**
 * As the other command tests: the hashing embedder (no model to load in each process), unless
 * `defaultEmbedder` asks for what a client configured from the README gets (the sentence encoder).
 */
const embedderEnv = (defaultEmbedder: boolean): Record<string, string> => ({
  PATH: process.env['PATH'] ?? '',
  ...(defaultEmbedder ? {} : { CASUAL_MEMORY_EMBEDDER: 'hashing' }),
});

async function stdioClient(dataDir: string, args: string[] = [], defaultEmbedder = false): Promise<Client> {
  const transport = new StdioClientTransport({
    command: process.execPath,
    args: [BIN, 'mcp', '--data-dir', dataDir, ...args],
    env: embedderEnv(defaultEmbedder),
    stderr: 'pipe',
  });
  const client = new Client({ name: 'cli-test', version: '1.0.0' });
  await client.connect(transport);
  clients.push(client);
  return client;
}

/** Starts `mcp --http --port 0` and reads the address it serves from its stderr. */
async function httpServer(dataDir: string, args: string[] = []): Promise<URL> {
  const child = spawn(process.execPath, [BIN, 'mcp', '--http', '--port', '0', '--data-dir', dataDir, ...args], { env: embedderEnv(false) });
  children.push(child);
  return new Promise((resolve, reject) => {
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => {
      stderr += chunk.toString('utf8');
      const url = /at (http:\/\/\S+) /.exec(stderr)?.[1];
      if (url !== undefined) resolve(new URL(url));
    });
    child.on('exit', (code) => reject(new Error(`mcp --http exited with ${code}: ${stderr}`)));
  });
}

async function httpClient(url: URL, token?: string): Promise<Client> {
  const headers: Record<string, string> = token === undefined ? {} : { Authorization: `Bearer ${token}` };
  const client = new Client({ name: 'cli-test', version: '1.0.0' });
  await client.connect(new StreamableHTTPClientTransport(url, { requestInit: { headers } }));
  clients.push(client);
  return client;
}

/** The status of a raw `tools/list` POST (node:http, as fetch will not send another Host header). */
function statusOf(url: URL, headers: Record<string, string>): Promise<number> {
  return new Promise((resolve, reject) => {
    const req = request(
      url,
      { method: 'POST', headers: { 'Content-Type': 'application/json', Accept: 'application/json, text/event-stream', ...headers } },
      (res) => {
        res.resume();
        res.on('end', () => resolve(res.statusCode ?? 0));
      },
    );
    req.on('error', reject);
    req.end(JSON.stringify({ jsonrpc: '2.0', id: 1, method: 'tools/list', params: {} }));
  });
}

/** A fact, the same again, an update, a contradiction, its conflict, recall before and after the answer. */
async function scenario(client: Client): Promise<void> {
  const london = await call<Remembered>(client, 'remember', { text: 'I live in London' });
  expect(london.structured).toMatchObject({ action: 'added', supersedes: [], conflicts: [] });
  expect(london.text).toBe(`added #${london.structured.memoryId} "I live in London"`);
  const again = await call<Remembered>(client, 'remember', { text: 'I live in London' });
  expect(again.structured).toMatchObject({ action: 'duplicate', duplicateOf: { id: london.structured.memoryId, mentionCount: 2 } });
  const lisbon = await call<Remembered>(client, 'remember', { text: 'I moved to Lisbon' });
  expect(lisbon.structured).toMatchObject({ action: 'added', supersedes: [{ id: london.structured.memoryId, text: 'I live in London' }] });
  const porto = await call<Remembered>(client, 'remember', { text: 'I live in Porto' });
  expect(porto.structured).toMatchObject({
    action: 'conflict',
    conflicts: [
      { question: 'Where do you currently live?', memoryA: { id: lisbon.structured.memoryId }, memoryB: { text: 'I live in Porto' } },
    ],
  });
  expect(porto.text).toContain('ask the user: Where do you currently live?');
  const listed = await call<{ conflicts: { id: string; question: string }[] }>(client, 'list_conflicts', {});
  expect(listed.structured.conflicts).toEqual([expect.objectContaining({ id: porto.structured.conflicts[0]?.id })]);
  expect(await recalled(client, 'where do I live')).toEqual(['I moved to Lisbon']);
  const resolved = await call(client, 'resolve_conflict', { conflictId: porto.structured.conflicts[0]?.id, decision: 'keep_b' });
  expect(resolved.structured).toMatchObject({ applied: true, current: [{ text: 'I live in Porto' }] });
  expect(await recalled(client, 'where do I live')).toEqual(['I live in Porto']);
}

describe('casual-memory mcp (stdio)', () => {
  it('serves the data folder with the default offline embedder: the whole session, kept for the other commands', async () => {
    const dataDir = tempDir();
    const client = await stdioClient(dataDir, [], true);
    expect((await client.listTools()).tools.map((tool) => tool.name).sort()).toEqual([
      'forget',
      'history',
      'list_conflicts',
      'recall',
      'remember',
      'resolve_conflict',
    ]);
    await scenario(client);
    await client.close();
    // The same folder through the shell command: what the MCP client stored is there.
    const shell = cliJson<{ memories: { text: string }[] }>(['recall', 'where do I live'], {
      dataDir,
      env: { CASUAL_MEMORY_EMBEDDER: undefined },
    });
    expect(shell).toMatchObject({ exitCode: 0, memories: [{ text: 'I live in Porto' }] });
    expect(shell.memories).toHaveLength(1);
  }, 180_000); // two processes load the sentence encoder

  it('reaches only the --user it was started for', async () => {
    const dataDir = tempDir();
    expect(cli(['remember', 'I like green tea', '--user', 'ana'], { dataDir }).code).toBe(0);
    const ben = await stdioClient(dataDir, ['--user', 'ben']);
    expect(await recalled(ben, 'I like green tea')).toEqual([]);
    await call(ben, 'remember', { text: 'My dog is called Rex' });
    expect(await recalled(ben, 'My dog is called Rex')).toEqual(['My dog is called Rex']);
    await ben.close();
    const ana = await stdioClient(dataDir, ['--user', 'ana']);
    expect(await recalled(ana, 'I like green tea')).toEqual(['I like green tea']);
    expect(await recalled(ana, 'My dog is called Rex')).not.toContain('My dog is called Rex');
  });

  it('answers malformed input with a tool error and keeps serving', async () => {
    const client = await stdioClient(tempDir());
    const bad = await call(client, 'remember', { text: 42 });
    expect(bad.isError).toBe(true);
    expect(bad.text).toMatch(/Input validation error/);
    expect((await call(client, 'resolve_conflict', { conflictId: 'nope', decision: 'keep_a' })).text).toMatch(/^NOT_FOUND: /);
    expect((await call<Remembered>(client, 'remember', { text: 'I like tea' })).structured.action).toBe('added');
  });
});

describe('casual-memory mcp --http', () => {
  const ANA = 'ana-0123456789abcdef0123456789abcdef';
  const BEN = 'ben-0123456789abcdef0123456789abcdef';

  it('serves one user on 127.0.0.1 and refuses a foreign Host header', async () => {
    const url = await httpServer(tempDir());
    expect(url.hostname).toBe('127.0.0.1');
    await scenario(await httpClient(url));
    expect(await statusOf(url, { Host: 'evil.example' })).toBe(403);
    expect(await statusOf(url, { Host: `localhost:${url.port}` })).toBe(200);
  });

  it('gives each bearer token its user, and a missing or wrong token gets 401', async () => {
    const dataDir = tempDir();
    const tokenFile = join(tempDir(), 'tokens.json');
    writeFileSync(tokenFile, JSON.stringify({ [ANA]: 'ana', [BEN]: 'ben' }));
    const url = await httpServer(dataDir, ['--token-file', tokenFile]);
    const ana = await httpClient(url, ANA);
    await scenario(ana);
    const ben = await httpClient(url, BEN);
    expect(await recalled(ben, 'I live in Porto')).toEqual([]);
    expect((await call<{ conflicts: unknown[] }>(ben, 'history', {})).structured).toEqual({ entries: [] });
    for (const headers of <Record<string, string>[]>[{}, { Authorization: `Bearer ${ANA.replace('ana', 'eve')}` }]) {
      expect({ headers, status: await statusOf(url, headers) }).toEqual({ headers, status: 401 });
    }
    // Both users' memories are in the one folder, each under its own user.
    const shell = cliJson<{ memories: { text: string }[] }>(['recall', 'where do I live', '--user', 'ana'], { dataDir });
    expect(shell).toMatchObject({ exitCode: 0, memories: [{ text: 'I live in Porto' }] });
    expect(shell.memories).toHaveLength(1);
  });

  it('will not bind another address without --token-file', () => {
    const run = cli(['mcp', '--http', '--host', '0.0.0.0', '--port', '0'], { dataDir: tempDir() });
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/Refusing to serve 0\.0\.0\.0 without tokens/);
  });
});
