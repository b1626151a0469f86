import { randomUUID } from 'node:crypto';
import { MockLanguageModelV3 } from 'ai/test';

type GenerateResult = Awaited<ReturnType<MockLanguageModelV3['doGenerate']>>;
type CallOptions = Parameters<MockLanguageModelV3['doGenerate']>[0];

/** What one model step sees of the tool results so far: the latest output of each tool, by tool name. */
export type ToolOutputs = Record<string, Record<string, unknown>>;

/** One scripted step: tool calls to make, or the final text. */
export type Step = { call: Array<[toolName: string, input: Record<string, unknown>]> } | { text: string };

const usage = {
  inputTokens: { total: 10, noCache: 10, cacheRead: 0, cacheWrite: 0 },
  outputTokens: { total: 5, text: 5, reasoning: 0 },
};

function toResult(step: Step): GenerateResult {
  if ('text' in step) {
    return { content: [{ type: 'text', text: step.text }], finishReason: { unified: 'stop', raw: 'stop' }, usage, warnings: [] };
  }
  return {
    content: step.call.map(([toolName, input]) => ({
      type: 'tool-call' as const,
      toolCallId: randomUUID(),
      toolName,
      input: JSON.stringify(input),
    })),
    finishReason: { unified: 'tool-calls', raw: 'tool_calls' },
    usage,
    warnings: [],
  };
}

/** A field of the latest result of `tool`, which the test expects to be there. */
export function seenField<T>(seen: ToolOutputs, tool: string, key: string): T {
  const output = seen[tool];
  if (output === undefined || !(key in output)) throw new Error(`no ${tool} result with ${key} was sent to the model`);
  return output[key] as T;
}

/** The tool results in the prompt the model was given, latest last. */
function toolOutputs(options: CallOptions): ToolOutputs {
  const outputs: ToolOutputs = {};
  for (const message of options.prompt) {
    if (message.role !== 'tool') continue;
    for (const part of message.content) {
      if (part.type === 'tool-result' && part.output.type === 'json') outputs[part.toolName] = part.output.value as Record<string, unknown>;
    }
  }
  return outputs;
}

/**
 * The SDK's mock model playing a script: step n answers with `script[n]`, which may read the tool
 * results the SDK sent back (a conflict id, say), as a real model would.
 */
export function scriptedModel(script: Array<Step | ((seen: ToolOutputs) => Step)>): MockLanguageModelV3 {
  let next = 0;
  return new MockLanguageModelV3({
    doGenerate: async (options) => {
      const entry = script[next];
      next += 1;
      if (entry === undefined) throw new Error(`the script has ${script.length} steps; step ${next} was asked for`);
      return toResult(typeof entry === 'function' ? entry(toolOutputs(options)) : entry);
    },
  });
}
