// OpenAIEmbeddingProvider's own cost: embedDocuments of 512 texts at 1536 dimensions (one request)
// against the raw openai SDK call for the same texts, both answered by the same loopback server with
// precomputed bodies, all in one run. Also the bytes on the wire for base64 and for float JSON.
import { createServer } from 'node:http';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { timeInterleaved } from './lib/time-interleaved.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const packageDir = join(here, '..', 'packages', 'openai');
const require = createRequire(join(packageDir, 'package.json'));
const { OpenAIEmbeddingProvider } = require('./dist/index.cjs');
const { OpenAI } = require('openai');

const DIMENSIONS = 1536;
const TEXTS = 512;
const WARMUP = 5;
const RUNS = 40;
const GOAL = 1.2;

/** Deterministic values in (-0.1, 0.1), printed by JSON with the usual ~10 significant digits. */
function vectorOf(i) {
  const vector = new Float32Array(DIMENSIONS);
  for (let j = 0; j < DIMENSIONS; j++) vector[j] = Math.sin(i * 7919 + j * 104729) / 10;
  return vector;
}

/** The answer for `count` inputs in one encoding, built once: the server's own time stays out of the figures. */
function answerBody(count, format) {
  const data = [];
  for (let index = 0; index < count; index++) {
    const vector = vectorOf(index);
    const embedding = format === 'base64' ? Buffer.from(vector.buffer).toString('base64') : Array.from(vector);
    data.push({ object: 'embedding', index, embedding });
  }
  return Buffer.from(JSON.stringify({ object: 'list', model: 'bench', data, usage: { prompt_tokens: count, total_tokens: count } }));
}

export async function run() {
  const bodies = { base64: answerBody(TEXTS, 'base64'), float: answerBody(TEXTS, 'float') };
  const server = createServer((request, response) => {
    let text = '';
    request.on('data', (chunk) => {
      text += chunk;
    });
    request.on('end', () => {
      const { encoding_format: format = 'float' } = JSON.parse(text);
      response.writeHead(200, { 'content-type': 'application/json' }).end(bodies[format]);
    });
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  const baseURL = `http://127.0.0.1:${server.address().port}/v1`;
  try {
    const texts = Array.from({ length: TEXTS }, (_, i) => `memory number ${i}: the user said something worth keeping`);
    const client = new OpenAI({ apiKey: 'bench', baseURL, maxRetries: 0 });
    const options = { model: 'bench', dimensions: DIMENSIONS, baseURL, apiKey: 'bench', batchSize: TEXTS };
    const base64Provider = new OpenAIEmbeddingProvider(options);
    const floatProvider = new OpenAIEmbeddingProvider({ ...options, encodingFormat: 'float' });
    // Both sides get the same vectors: checked once before timing.
    const [sdkFirst] = (await client.embeddings.create({ model: 'bench', input: texts })).data;
    const [ours] = await base64Provider.embedDocuments(texts);
    if (sdkFirst.embedding.length !== DIMENSIONS || sdkFirst.embedding.some((value, j) => value !== ours[j])) {
      throw new Error('the provider and the SDK decoded different vectors');
    }

    const [sdk, provider, sdkFloat, providerFloat] = await timeInterleaved(
      [
        {
          label: 'openai SDK embeddings.create (its default: base64 asked, decoded to number[])',
          fn: () => client.embeddings.create({ model: 'bench', input: texts }),
        },
        { label: 'OpenAIEmbeddingProvider.embedDocuments (base64 into Float32Array)', fn: () => base64Provider.embedDocuments(texts) },
        {
          label: "openai SDK embeddings.create, encoding_format: 'float'",
          fn: () => client.embeddings.create({ model: 'bench', input: texts, encoding_format: 'float' }),
        },
        { label: "OpenAIEmbeddingProvider.embedDocuments, encodingFormat: 'float'", fn: () => floatProvider.embedDocuments(texts) },
      ],
      { warmup: WARMUP, runs: RUNS, digits: 1 },
    );
    const ratio = provider.median / sdk.median;
    const row = ({ label, median, p95 }) => `| ${label} | ${median.toFixed(1)} | ${p95.toFixed(1)} |`;
    const megabytes = (bytes) => (bytes / 2 ** 20).toFixed(2);
    return `## OpenAIEmbeddingProvider: embedDocuments against the raw openai SDK

${TEXTS} texts at ${DIMENSIONS} dimensions in one request, answered by a loopback server from bodies
built before timing (so the figures are the client side: HTTP on 127.0.0.1, JSON parsing, decoding).
${RUNS} interleaved rounds after ${WARMUP} warm-up calls each; medians and p95 in ms. The machine has 2
cores shared with other work, hence interleaving and medians.

| call | median ms | p95 ms |
| --- | --- | --- |
${row(sdk)}
${row(provider)}
${row(sdkFloat)}
${row(providerFloat)}

**Goal: the provider's embedDocuments within ${GOAL}x of the SDK's own call. Measured ${ratio.toFixed(2)}x
(${ratio <= GOAL ? 'met' : 'NOT met'}).** Its extra work: validating the texts, checking every item's index and length, and
decoding base64 straight into a \`Float32Array\` (where the SDK builds a \`number[]\`, which a store copies again).

Bytes on the wire for this answer: base64 ${megabytes(bodies.base64.byteLength)} MiB, float JSON ${megabytes(bodies.float.byteLength)} MiB
(${(bodies.base64.byteLength / bodies.float.byteLength).toFixed(2)}x; the floats printed as OpenAI prints them, a float32's full
double expansion). Asking for floats costs ${(providerFloat.median / provider.median).toFixed(2)}x the time of base64 through the provider.`;
  } finally {
    server.closeAllConnections();
    await new Promise((resolve) => server.close(resolve));
  }
}
