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
 * `forget`: deletes one memory for good, as the CLI's `forget` does. `MemoryService` has no delete of
 * its own, so this goes to its vector store, always scoped to the caller's user. A pending conflict
 * that names the memory is closed first, in favour of its other memory, which is current again
 * instead of held for a question nobody can answer any more.
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
        const id = input.memoryId;
        const existing = await vectorStore.getById(userId, id);
        const notFound = () => toolError(`NOT_FOUND: no memory ${JSON.stringify(id)} for this user`);
        if (existing === null) return notFound();
        const closedConflicts: { conflictId: string; kept: { id: string; text: string } }[] = [];
        for (const conflict of await context.service.getPendingConflicts(userId, { signal: extra.signal })) {
          if (conflict.memoryAId !== id && conflict.memoryBId !== id) continue;
          const decision = conflict.memoryAId === id ? 'keep_b' : 'keep_a';
          const kept = decision === 'keep_b' ? conflict.memoryBId : conflict.memoryAId;
          await context.service.resolveConflict(userId, conflict.id, { decision, notes: `closed by forget: memory ${id} was deleted` });
          closedConflicts.push({
            conflictId: conflict.id,
            kept: { id: kept, text: (await vectorStore.getById(userId, kept))?.memory.text ?? '' },
          });
        }
        if (!(await vectorStore.deleteMemory(userId, id))) return notFound();
        const output = { forgotten: true as const, memoryId: id, text: existing.memory.text, closedConflicts };
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
