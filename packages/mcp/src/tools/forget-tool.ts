import { z } from '@casual-memory/core/backend';
import type { McpServer } from '@modelcontextprotocol/sdk/server/mcp.js';
import type { ToolContext } from '../tool-context';
import { failureResult, toolError, toolResult } from '../tool-result';

export const ForgetInputSchema = z.object({
  memoryId: z.string().min(1).max(200).describe('the id from recall or history'),
});

export const ForgetOutputSchema = z.object({
  forgotten: z.literal(true),
  memoryId: z.string(),
  text: z.string().describe('what was deleted'),
});

/**
 * `forget`: deletes one memory for good, as the CLI's `forget` does. `MemoryService` has no delete of
 * its own, so this goes to its vector store, always scoped to the caller's user.
 */
export function registerForgetTool(server: McpServer, context: ToolContext): void {
  server.registerTool(
    'forget',
    {
      title: 'Forget a memory for good',
      description: 'Delete one memory permanently (current or archived), when the user asks you to forget it. It cannot be undone.',
      inputSchema: ForgetInputSchema,
      outputSchema: ForgetOutputSchema,
      // Deletes for good; deleting the same id again changes nothing more.
      annotations: { readOnlyHint: false, destructiveHint: true, idempotentHint: true, openWorldHint: false },
    },
    async (input, extra) => {
      try {
        const userId = await context.userOf(extra);
        const { vectorStore } = context.service;
        const existing = await vectorStore.getById(userId, input.memoryId);
        if (existing === null || !(await vectorStore.deleteMemory(userId, input.memoryId))) {
          return toolError(`NOT_FOUND: no memory ${JSON.stringify(input.memoryId)} for this user`);
        }
        const output = { forgotten: true as const, memoryId: input.memoryId, text: existing.memory.text };
        return toolResult(output, [`forgot #${output.memoryId} ${JSON.stringify(output.text)}`]);
      } catch (error) {
        return failureResult(error, context.onError);
      }
    },
  );
}
