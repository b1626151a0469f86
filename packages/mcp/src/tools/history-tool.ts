import { z } from '@casual-memory/core/backend';
import type { McpServer } from '@modelcontextprotocol/sdk/server/mcp.js';
import { MemoryRefSchema } from '../memory-schemas';
import type { ToolContext } from '../tool-context';
import { failureResult, toolResult } from '../tool-result';

export const HistoryInputSchema = z.object({
  limit: z.number().int().min(1).max(200).optional().describe('at most this many, most recent first'),
});

export const HistoryOutputSchema = z.object({
  entries: z.array(
    MemoryRefSchema.extend({
      reason: z
        .enum(['superseded', 'rejected'])
        .describe('superseded: replaced by a newer memory; rejected: the user kept the other side of a conflict'),
      archivedAt: z.string().nullable(),
      replacedBy: MemoryRefSchema.nullable(),
    }),
  ),
});

/** `history`: what was superseded or rejected, and by what. */
export function registerHistoryTool(server: McpServer, context: ToolContext): void {
  server.registerTool(
    'history',
    {
      title: 'What the user used to say',
      description:
        'Archived memories, most recent first: facts that were superseded by newer ones or rejected in a conflict, with what replaced them.',
      inputSchema: HistoryInputSchema,
      outputSchema: HistoryOutputSchema,
      annotations: { readOnlyHint: true, destructiveHint: false, idempotentHint: true, openWorldHint: false },
    },
    async (input, extra) => {
      try {
        const userId = await context.userOf(extra);
        const history = await context.service.history(userId, {
          ...(input.limit === undefined ? {} : { limit: input.limit }),
          signal: extra.signal,
        });
        const entries = history.map((entry) => ({
          id: entry.id,
          text: entry.memory.text,
          reason: entry.reason,
          archivedAt: entry.archivedAt?.toISOString() ?? null,
          replacedBy:
            entry.supersededByMemory === null ? null : { id: entry.supersededByMemory.id, text: entry.supersededByMemory.memory.text },
        }));
        const lines = entries.map(
          (entry) =>
            `#${entry.id} ${JSON.stringify(entry.text)} -> ${entry.replacedBy === null ? entry.reason : `${entry.reason === 'rejected' ? 'rejected for' : 'superseded by'} #${entry.replacedBy.id} ${JSON.stringify(entry.replacedBy.text)}`}${entry.archivedAt === null ? '' : ` (${entry.archivedAt})`}`,
        );
        if (lines.length === 0) lines.push('Nothing archived.');
        return toolResult({ entries }, lines);
      } catch (error) {
        return failureResult(error, context.onError);
      }
    },
  );
}
