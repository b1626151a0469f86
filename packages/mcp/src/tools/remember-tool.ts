import { z } from '@casual-memory/core/backend';
import type { McpServer } from '@modelcontextprotocol/sdk/server/mcp.js';
import { describeAddResult } from '../describe-add-result';
import { DecisionSchema, MemoryRefSchema, MemoryTypeValueSchema } from '../memory-schemas';
import type { ToolContext } from '../tool-context';
import { failureResult, toolResult } from '../tool-result';

export const RememberInputSchema = z.object({
  text: z.string().trim().min(1).max(2000).describe('one statement about the user, in their words, e.g. "I live in Lisbon"'),
  type: MemoryTypeValueSchema.default('fact').describe('fact (default), preference, event, goal or weather'),
  tags: z.array(z.string().trim().min(1).max(64)).max(20).default([]).describe('labels for filtering recall, e.g. ["home"]'),
  importance: z.number().min(0).max(1).optional().describe('how much it matters, 0..1 (default 0.5)'),
  validUntil: z.iso.datetime({ offset: true }).optional().describe('when it stops being true (ISO-8601), e.g. for an event'),
});

export const RememberOutputSchema = z.object({
  action: z.enum(['added', 'duplicate', 'conflict']),
  memoryId: z.string().describe('the stored memory; for a duplicate, the existing one'),
  text: z.string(),
  summary: z.string().describe('the decision in one line'),
  supersedes: z.array(MemoryRefSchema.extend({ reason: z.string() })).describe('earlier memories this one replaced (kept in history)'),
  duplicateOf: MemoryRefSchema.extend({ mentionCount: z.number().int(), reason: z.string() }).nullable(),
  conflicts: z
    .array(
      z.object({
        id: z.string(),
        question: z.string().describe('ask the user this, then call resolve_conflict'),
        category: z.string(),
        memoryA: MemoryRefSchema,
        memoryB: MemoryRefSchema,
        reason: z.string(),
      }),
    )
    .describe('contradictions to put to the user'),
  settled: z
    .array(z.object({ id: z.string(), kept: MemoryRefSchema, archived: MemoryRefSchema }))
    .describe(
      'pending contradictions this statement answered: one side said again ("to be clear, ...") or one side updated (the new memory kept)',
    ),
  decisions: z.array(DecisionSchema),
  warnings: z.array(z.string()),
});

/** `remember`: one `MemoryService.add`, and the decision with its reasons. */
export function registerRememberTool(server: McpServer, context: ToolContext): void {
  server.registerTool(
    'remember',
    {
      title: 'Remember a fact about the user',
      description:
        'Store one durable statement about the user. Returns the decision: added, a duplicate of a known memory (one more mention), ' +
        'an update that supersedes an older memory, or a conflict with a question to ask the user before calling resolve_conflict.',
      inputSchema: RememberInputSchema,
      outputSchema: RememberOutputSchema,
      // Never deletes: what an update supersedes is archived and stays in history. Saying it again counts another mention.
      annotations: { readOnlyHint: false, destructiveHint: false, idempotentHint: false, openWorldHint: false },
    },
    async (input, extra) => {
      try {
        const userId = await context.userOf(extra);
        const result = await context.service.add(
          {
            text: input.text,
            type: input.type,
            tags: input.tags,
            userId,
            source: 'user',
            ...(input.importance === undefined ? {} : { importance: input.importance }),
            ...(input.validUntil === undefined ? {} : { validUntil: new Date(input.validUntil) }),
          },
          { signal: extra.signal },
        );
        const { output, lines } = await describeAddResult(context.service, userId, input.text, result);
        return toolResult(output, lines);
      } catch (error) {
        return failureResult(error, context.onError);
      }
    },
  );
}
