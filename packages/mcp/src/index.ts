export { BearerTokens, MIN_TOKEN_LENGTH } from './bearer-tokens';
export {
  createMemoryMcpServer,
  MEMORY_SERVER_INSTRUCTIONS,
  type MemoryMcpServerOptions,
  type MemoryMcpUser,
} from './create-memory-mcp-server';
export type { RememberOutput } from './describe-add-result';
export { type MemoryHttpServer, type MemoryHttpServerOptions, startMemoryHttpServer } from './memory-http-server';
export { type MemoryStdioOptions, type MemoryStdioServer, serveMemoryOverStdio } from './serve-memory-stdio';
export type { ResolveUser, ToolCallExtra } from './tool-context';
export { ForgetInputSchema, ForgetOutputSchema } from './tools/forget-tool';
export { HistoryInputSchema, HistoryOutputSchema } from './tools/history-tool';
export { ListConflictsInputSchema, ListConflictsOutputSchema } from './tools/list-conflicts-tool';
export { RECALL_PREAMBLE, RecallInputSchema, RecallOutputSchema } from './tools/recall-tool';
export { RememberInputSchema, RememberOutputSchema } from './tools/remember-tool';
export { ResolveConflictInputSchema, ResolveConflictOutputSchema } from './tools/resolve-conflict-tool';
