import { PassThrough } from 'node:stream';
import { Client } from '@modelcontextprotocol/sdk/client/index.js';
import { StdioServerTransport } from '@modelcontextprotocol/sdk/server/stdio.js';
import { serveMemoryOverStdio } from '../src';
import { call, memoryService, type Recalled, runMemoryScenario } from './memory-fixtures';

// serveMemoryOverStdio in this process, on a pair of pipes: the SDK's Client on one end, the newline-
// delimited JSON-RPC a client process would write on the other. (The built command as a child process
// is tested in packages/cli.)

async function pipes(userId: string, service = memoryService()) {
  const toServer = new PassThrough();
  const fromServer = new PassThrough();
  const served = await serveMemoryOverStdio({ service, userId, stdin: toServer, stdout: fromServer });
  const client = new Client({ name: 'test', version: '1.0.0' });
  // The stdio framing is the same both ways, so the SDK's stdio transport serves as the client's end too.
  await client.connect(new StdioServerTransport(fromServer, toServer));
  return { served, client, toServer, fromServer };
}

it('runs the whole session over stdio', async () => {
  const { client, served } = await pipes('ana');
  await runMemoryScenario(client);
  await served.close();
});

it('writes nothing but protocol messages on stdout', async () => {
  const { client, fromServer, served } = await pipes('ana');
  const lines: string[] = [];
  fromServer.on('data', (chunk: Buffer) =>
    lines.push(
      ...chunk
        .toString('utf8')
        .split('\n')
        .filter((line) => line !== ''),
    ),
  );
  await call(client, 'remember', { text: 'I like green tea' });
  await call<Recalled>(client, 'recall', { query: 'I like green tea' });
  expect(lines.length).toBeGreaterThanOrEqual(2);
  for (const line of lines) expect(JSON.parse(line)).toMatchObject({ jsonrpc: '2.0' });
  await served.close();
});

it('ends when the client closes its end (stdin ends), and the memory stays in the service', async () => {
  const service = memoryService();
  const { client, served, toServer } = await pipes('ana', service);
  await call(client, 'remember', { text: 'I like green tea' });
  toServer.end();
  await expect(served.closed).resolves.toBeUndefined();
  expect((await service.query('ana', 'I like green tea')).map((hit) => hit.memory.text)).toEqual(['I like green tea']);
});
