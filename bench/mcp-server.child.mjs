// The MCP server the bench talks to over stdio: `node mcp-server.child.mjs <sqlite|memory> <folder>`.
import { mcp, memoryServiceFor } from './lib/memory-service-for-bench.mjs';

const [kind, folder] = process.argv.slice(2);
const service = await memoryServiceFor(kind, folder);
const served = await mcp.serveMemoryOverStdio({ service, userId: 'bench-user' });
await served.closed;
await service.vectorStore.close();
await service.conflictStore.close();
