import { CasualMemoryError } from '@casual-memory/core';
import type { CallToolResult } from '@modelcontextprotocol/sdk/types.js';

/** A successful call: the data for programs (`structuredContent`), and the same as text for models that read only text. */
export function toolResult(structuredContent: Record<string, unknown>, lines: readonly string[]): CallToolResult {
  return { content: [{ type: 'text', text: lines.join('\n') }], structuredContent };
}

/** A failed call the model can read and act on; the MCP session carries on. */
export function toolError(message: string): CallToolResult {
  return { content: [{ type: 'text', text: message }], isError: true };
}

/**
 * A typed casual-memory error becomes a tool error with its code and bounded message (bad input, an
 * unknown id, a store that does not answer). Anything else is reported to `onError` and shown to the
 * client as an unexpected failure, so no driver message or stack reaches a model.
 */
export function failureResult(error: unknown, onError: ((error: unknown) => void) | undefined): CallToolResult {
  if (CasualMemoryError.isInstance(error)) return toolError(`${error.code}: ${error.message}`);
  try {
    onError?.(error);
  } catch {
    // A failing logger must not turn a tool error into a crash.
  }
  return toolError('INTERNAL_ERROR: the memory server failed unexpectedly (see its log)');
}
