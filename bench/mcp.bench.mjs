// @casual-memory/mcp: what the MCP `remember` round trip over stdio (the SDK's Client in this process,
// the server in a child process, JSON-RPC over pipes, the tool's decision text and structured content)
// costs against the same MemoryService.add called directly, on the same kind of stores, in the same run.
import { mkdtempSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { loadavg, tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { mcp, memoryServiceFor } from './lib/memory-service-for-bench.mjs';
import { timeInterleaved } from './lib/time-interleaved.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const sdk = createRequire(join(here, '..', 'packages', 'mcp', 'package.json'));
const { Client } = sdk('@modelcontextprotocol/sdk/client/index.js');
const { StdioClientTransport } = sdk('@modelcontextprotocol/sdk/client/stdio.js');
const { InMemoryTransport } = sdk('@modelcontextprotocol/sdk/inMemory.js');

const WARMUP = 30;
const RUNS = 300;
/** Distinct statements, several about the same things, so adds find similar memories and classify them as users' do. */
const SUBJECTS = ['I live in', 'I work at', 'My sister lives in', 'I like', 'I visited', 'My favourite city is'];
const PLACES = ['London', 'Lisbon', 'Porto', 'Paris', 'Madrid', 'Rome', 'Berlin', 'Vienna', 'Prague', 'Oslo', 'Dublin', 'Athens'];
const text = (i) => `${SUBJECTS[i % SUBJECTS.length]} ${PLACES[Math.floor(i / SUBJECTS.length) % PLACES.length]} (${i})`;

/** Calls `remember` and fails the bench if the tool did. */
const remember = async (client, i) => {
  const result = await client.callTool({ name: 'remember', arguments: { text: text(i) } });
  if (result.isError) throw new Error(result.content[0]?.text);
};

async function measure(kind) {
  const folders = ['direct', 'in-process', 'server'].map((name) => mkdtempSync(join(tmpdir(), `bench-mcp-${name}-`)));
  const service = await memoryServiceFor(kind, folders[0]);
  const client = new Client({ name: 'bench', version: '1.0.0' });
  await client.connect(
    new StdioClientTransport({ command: process.execPath, args: [join(here, 'mcp-server.child.mjs'), kind, folders[2]] }),
  );
  // The same tools linked in memory: the cost of the MCP layer without the process hop.
  const linkedService = await memoryServiceFor(kind, folders[1]);
  const [clientSide, serverSide] = InMemoryTransport.createLinkedPair();
  await mcp.createMemoryMcpServer({ service: linkedService, userId: 'bench-user' }).connect(serverSide);
  const linked = new Client({ name: 'bench', version: '1.0.0' });
  await linked.connect(clientSide);
  try {
    const [direct, inProcess, overMcp] = await timeInterleaved(
      [
        {
          label: `${kind}: MemoryService.add`,
          fn: (i) => service.add({ text: text(i), type: 'fact', userId: 'bench-user', source: 'user' }),
        },
        { label: `${kind}: MCP remember in process`, fn: (i) => remember(linked, i) },
        { label: `${kind}: MCP remember over stdio`, fn: (i) => remember(client, i) },
      ],
      { warmup: WARMUP, runs: RUNS },
    );
    return { direct, inProcess, overMcp };
  } finally {
    await client.close();
    await linked.close();
    for (const opened of [service, linkedService]) {
      await opened.vectorStore.close();
      await opened.conflictStore.close();
    }
    for (const folder of folders) rmSync(folder, { recursive: true, force: true });
  }
}

export async function run() {
  const rows = [];
  for (const kind of ['sqlite', 'memory']) {
    const { direct, inProcess, overMcp } = await measure(kind);
    const cell = (result) => `${result.median.toFixed(2)} / ${result.p95.toFixed(2)}`;
    const ratio = (result) => `${(result.median / direct.median).toFixed(2)}x`;
    rows.push(
      `| ${kind === 'sqlite' ? 'SQLite files (the stores `casual-memory mcp` serves)' : 'in-memory stores'} | ${cell(direct)} | ${cell(inProcess)} | ${ratio(inProcess)} | ${cell(overMcp)} | **${ratio(overMcp)}** |`,
    );
  }
  return `## MCP: \`remember\` over stdio against \`MemoryService.add\`

\`node --expose-gc bench/run.mjs mcp\`. ${RUNS} adds per case after ${WARMUP} untimed ones, interleaved (direct, MCP, direct, ...),
each a distinct statement (several about the same subject, so adds compare and classify similar memories).
The baseline calls \`MemoryService.add\` in this process; "in process" calls the \`remember\` tool through the SDK's
\`InMemoryTransport\` (the MCP layer without a process hop); "over stdio" calls the \`remember\` tool with the SDK's
\`Client\` over \`StdioClientTransport\`, the server (\`serveMemoryOverStdio\`) in a child process with its own stores
of the same kind and the service's offline defaults (hashing embedder, heuristic checks) on both sides, so the round trip adds JSON-RPC framing, two pipe hops, input and
output schema validation and the decision's text. Goal: within 1.5x of the direct call.

| stores | direct add, median / p95 (ms) | MCP in process, median / p95 (ms) | ratio | MCP over stdio, median / p95 (ms) | ratio |
| --- | ---: | ---: | ---: | ---: | ---: |
${rows.join('\n')}

The in-memory row is the worst case for the ratio: there an add itself is cheapest, so the fixed cost of the
round trip (the child process must be scheduled twice per call) weighs most. Load average when the run ended:
${loadavg()
  .map((load) => load.toFixed(1))
  .join(' / ')} (1 / 5 / 15 min): on a busy machine the stdio hop waits for a CPU.`;
}
