import { writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { HashingEmbeddingProvider } from '@casual-memory/service';
import { cli, cliAsync, ensureBuilt, removeTempDirs, tempDir } from './run-built-cli';

// --openai-base-url wires @casual-memory/openai in: a stand-in OpenAI-compatible server on loopback
// answers embeddings (the offline embedder's vectors, so decisions read as offline) and chat (the
// extractor's reply for imported chat messages).

const hashing = new HashingEmbeddingProvider({ dimensions: 384 });
const requests: { url: string; model: string }[] = [];
let server: Server;
let baseUrl = '';

beforeAll(async () => {
  ensureBuilt();
  server = createServer((request, response) => {
    let body = '';
    request.on('data', (chunk: Buffer) => {
      body += chunk.toString();
    });
    request.on('end', () => {
      void (async () => {
        const parsed = JSON.parse(body) as { model: string; input?: string[] };
        requests.push({ url: request.url ?? '', model: parsed.model });
        const answer =
          request.url === '/v1/embeddings'
            ? {
                data: (await hashing.embedDocuments(parsed.input ?? [])).map((vector, index) => ({
                  index,
                  embedding: Buffer.from(Float32Array.from(vector).buffer).toString('base64'),
                })),
              }
            : {
                choices: [
                  { message: { role: 'assistant', content: '{"memories": [{"text": "I work at the hospital", "type": "fact"}]}' } },
                ],
              };
        response.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify(answer));
      })();
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}/v1`;
}, 180_000);

afterAll(async () => {
  removeTempDirs();
  await new Promise((resolve) => server.close(resolve));
});

it('embeds with the server, extracts memories from imported chat with it, and keeps its vectors apart from the offline ones', async () => {
  const dataDir = tempDir();
  const model = [
    '--openai-base-url',
    baseUrl,
    '--embedding-model',
    'stand-in-embed',
    '--chat-model',
    'stand-in-chat',
    '--dimensions',
    '384',
  ];

  const added = await cliAsync([...model, 'remember', 'I live in London', '--json'], { dataDir });
  expect(added.code).toBe(0);
  expect(JSON.parse(added.stdout)).toMatchObject({ action: 'added', calls: { embedding: 1 } });
  expect(requests).toContainEqual({ url: '/v1/embeddings', model: 'stand-in-embed' });

  const file = join(tempDir(), 'chat.jsonl');
  writeFileSync(file, `${JSON.stringify({ role: 'user', content: 'Started my new job at the hospital today!' })}\n`);
  const imported = await cliAsync([...model, 'import', file, '--json'], { dataDir });
  expect(JSON.parse(imported.stdout)).toMatchObject({ imported: 1, decisions: { added: 1 } });
  expect(requests).toContainEqual({ url: '/v1/chat/completions', model: 'stand-in-chat' });

  const recalled = await cliAsync([...model, 'recall', 'I work at the hospital', '--json'], { dataDir });
  expect((JSON.parse(recalled.stdout) as { memories: { text: string }[] }).memories.map((memory) => memory.text)).toEqual([
    'I work at the hospital',
  ]);

  const offline = cli(['recall', 'where do I live'], { dataDir });
  expect(offline.code).toBe(1);
  expect(offline.stderr).toContain('holds vectors from the embedder openai:stand-in-embed:384, not hashing-384');
});
