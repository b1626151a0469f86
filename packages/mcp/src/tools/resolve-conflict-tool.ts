import { z } from '@casual-memory/core/backend';
import type { McpServer } from '@modelcontextprotocol/sdk/server/mcp.js';
import { DecisionValueSchema, MemoryRefSchema } from '../memory-schemas';
import type { ToolContext } from '../tool-context';
import { failureResult, toolError, toolResult } from '../tool-result';

export const ResolveConflictInputSchema = z.object({
  conflictId: z.string().min(1).max(200).describe('the id from list_conflicts or remember'),
  decision: DecisionValueSchema.describe(
    "the user's answer: keep_a (the earlier memory is right), keep_b (the newer one is), merge (mergedText replaces both), both_valid (both are true)",
  ),
  mergedText: z.string().trim().min(1).max(2000).optional().describe('for merge only: the one statement that replaces both'),
  notes: z.string().max(2000).optional().describe('kept on the conflict'),
});

export const ResolveConflictOutputSchema = z.object({
  applied: z.boolean().describe('false when it was already resolved: nothing changed'),
  complete: z.boolean().describe('false when a store failed part way: call resolve_conflict again to finish it'),
  conflictId: z.string(),
  decision: DecisionValueSchema,
  current: z.array(MemoryRefSchema).describe('memories current (recalled) after the resolution'),
  archived: z.array(MemoryRefSchema).describe('memories archived by it (kept in history)'),
  mergedMemoryId: z.string().nullable(),
  warnings: z.array(z.string()),
});

/** `resolve_conflict`: settles a contradiction with the user's answer, once. */
export function registerResolveConflictTool(server: McpServer, context: ToolContext): void {
  server.registerTool(
    'resolve_conflict',
    {
      title: "Settle a contradiction with the user's answer",
      description:
        'Apply what the user answered to the question of a conflict. Call it only with an answer the user gave. ' +
        'A conflict is resolved once: a second call changes nothing (applied: false).',
      inputSchema: ResolveConflictInputSchema,
      outputSchema: ResolveConflictOutputSchema,
      // Archives the losing memory (it stays in history) and deletes nothing; repeating it has no further effect.
      annotations: { readOnlyHint: false, destructiveHint: false, idempotentHint: true, openWorldHint: false },
    },
    async (input, extra) => {
      if (input.decision === 'merge' && input.mergedText === undefined) return toolError('VALIDATION_ERROR: merge needs mergedText');
      if (input.decision !== 'merge' && input.mergedText !== undefined) return toolError('VALIDATION_ERROR: mergedText is only for merge');
      try {
        const userId = await context.userOf(extra);
        const result = await context.service.resolveConflict(
          userId,
          input.conflictId,
          {
            decision: input.decision,
            ...(input.mergedText === undefined ? {} : { confirmingMemoryText: input.mergedText }),
            ...(input.notes === undefined ? {} : { notes: input.notes }),
          },
          { signal: extra.signal },
        );
        const refs = async (ids: string[]) =>
          Promise.all(ids.map(async (id) => ({ id, text: (await context.service.vectorStore.getById(userId, id))?.memory.text ?? '' })));
        const output = {
          applied: result.applied,
          complete: result.complete,
          conflictId: result.conflictId,
          decision: result.decision,
          current: await refs(result.currentIds),
          archived: await refs(result.archivedIds),
          mergedMemoryId: result.mergedMemoryId ?? null,
          warnings: result.failures.map((failure) => failure.message),
        };
        const lines = result.applied
          ? [
              `resolved #${output.conflictId}: ${output.decision}`,
              ...output.current.map((memory) => `  current  #${memory.id} ${JSON.stringify(memory.text)}`),
              ...output.archived.map((memory) => `  archived #${memory.id} ${JSON.stringify(memory.text)}`),
            ]
          : [`conflict #${output.conflictId} was already resolved: nothing changed`];
        for (const warning of output.warnings) lines.push(`  warning: ${warning}`);
        if (!output.complete) lines.push('  not every step happened: call resolve_conflict again with the same conflictId to finish it');
        return toolResult(output, lines);
      } catch (error) {
        return failureResult(error, context.onError);
      }
    },
  );
}
