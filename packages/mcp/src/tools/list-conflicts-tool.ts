import { z } from '@casual-memory/core/backend';
import type { McpServer } from '@modelcontextprotocol/sdk/server/mcp.js';
import { ConflictSchema } from '../memory-schemas';
import type { ToolContext } from '../tool-context';
import { failureResult, toolResult } from '../tool-result';

export const ListConflictsInputSchema = z.object({
  limit: z.number().int().min(1).max(100).optional().describe('at most this many, most important first'),
});

export const ListConflictsOutputSchema = z.object({
  conflicts: z.array(ConflictSchema),
});

/** `list_conflicts`: contradictions waiting for the user, with the question to ask. */
export function registerListConflictsTool(server: McpServer, context: ToolContext): void {
  server.registerTool(
    'list_conflicts',
    {
      title: 'List contradictions waiting for the user',
      description:
        'Contradictions between memories that only the user can settle, most important first, each with the question to ask. ' +
        "Ask it, then call resolve_conflict with the user's answer.",
      inputSchema: ListConflictsInputSchema,
      outputSchema: ListConflictsOutputSchema,
      annotations: { readOnlyHint: true, destructiveHint: false, idempotentHint: true, openWorldHint: false },
    },
    async (input, extra) => {
      try {
        const userId = await context.userOf(extra);
        const pending = await context.service.getPendingConflicts(userId, {
          ...(input.limit === undefined ? {} : { limit: input.limit }),
          signal: extra.signal,
        });
        const textOf = async (id: string) => (await context.service.vectorStore.getById(userId, id))?.memory.text ?? '';
        const conflicts: z.infer<typeof ConflictSchema>[] = [];
        const lines: string[] = [];
        for (const conflict of pending) {
          const described = {
            id: conflict.id,
            question: conflict.clarificationHint,
            category: conflict.category,
            status: conflict.status === 'escalated' ? ('escalated' as const) : ('pending' as const),
            memoryA: { id: conflict.memoryAId, text: await textOf(conflict.memoryAId) },
            memoryB: { id: conflict.memoryBId, text: await textOf(conflict.memoryBId) },
            createdAt: conflict.createdAt.toISOString(),
          };
          conflicts.push(described);
          lines.push(
            `#${described.id}  a: ${JSON.stringify(described.memoryA.text)}  b: ${JSON.stringify(described.memoryB.text)}  (${described.category}, ${described.status})`,
            `  ask the user: ${described.question}`,
          );
        }
        if (lines.length === 0) lines.push('No contradictions are waiting for the user.');
        return toolResult({ conflicts }, lines);
      } catch (error) {
        return failureResult(error, context.onError);
      }
    },
  );
}
