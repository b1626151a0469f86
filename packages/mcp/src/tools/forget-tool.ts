import { z } from '@casual-memory/core/backend';
import type { McpServer } from '@modelcontextprotocol/sdk/server/mcp.js';
import { MemoryRefSchema } from '../memory-schemas';
import type { ToolContext } from '../tool-context';
import { failureResult, toolError, toolResult } from '../tool-result';

export const ForgetInputSchema = z.object({
  memoryId: z.string().min(1).max(200).describe('the id from recall or history'),
});

export const ForgetOutputSchema = z.object({
  forgotten: z.literal(true),
  memoryId: z.string(),
  text: z.string().describe('what was deleted'),
  closedConflicts: z
    .array(z.object({ conflictId: z.string(), kept: MemoryRefSchema }))
    .describe('pending conflicts that named it, resolved in favour of their other memory'),
});

/**
 * `forget`: deletes one memory for good through `MemoryService.forget` (holding the user's lock), as
 * the CLI's `forget` does, always scoped to the caller's user. A pending conflict that names the
 * memory is closed first, in favour of its other memory, which is current again instead of held for
 * a question nobody can answer any more.
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
        const id = input.memoryId;
        const { forgotten, memory, closedConflicts: closed } = await context.service.forget(userId, id, { signal: extra.signal });
        if (!forgotten || memory === null) return toolError(`NOT_FOUND: no memory ${JSON.stringify(id)} for this user`);
        const textOf = async (memoryId: string) => (await context.service.vectorStore.getById(userId, memoryId))?.memory.text ?? '';
        const closedConflicts = await Promise.all(
          closed.map(async ({ conflictId }) => {
            // Kept is the conflict's other memory (keep_a or keep_b), current again.
            const conflict = await context.service.conflictStore.getConflict(userId, conflictId);
            const kept = conflict === null ? '' : conflict.memoryAId === id ? conflict.memoryBId : conflict.memoryAId;
            return { conflictId, kept: { id: kept, text: kept === '' ? '' : await textOf(kept) } };
          }),
        );
        const output = { forgotten: true as const, memoryId: id, text: memory.memory.text, closedConflicts };
        return toolResult(output, [
          `forgot #${id} ${JSON.stringify(output.text)}`,
          ...closedConflicts.map(
            ({ conflictId, kept }) => `  closed conflict #${conflictId}: kept #${kept.id} ${JSON.stringify(kept.text)}`,
          ),
        ]);
      } catch (error) {
        return failureResult(error, context.onError);
      }
    },
  );
}
