import { type JsonObject, type ShortTermMemory, type ShortTermMemoryInput, ValidationError } from '@casual-memory/core';
import { AIMessage, type BaseMessage, ChatMessage, HumanMessage, SystemMessage, ToolMessage } from '@langchain/core/messages';

/** The metadata key under which a message keeps what a plain `{ role, content }` cannot hold. */
export const LANGCHAIN_METADATA_KEY = 'langchain';

type Role = ShortTermMemory['role'];

const ROLE_BY_TYPE: Record<string, Role> = { human: 'user', ai: 'assistant', system: 'system', developer: 'system', tool: 'tool' };
const ROLE_BY_NAME: Record<string, Role> = {
  user: 'user',
  human: 'user',
  assistant: 'assistant',
  ai: 'assistant',
  system: 'system',
  developer: 'system',
  tool: 'tool',
  function: 'tool',
};

function roleOf(message: BaseMessage): Role {
  const type = message.type;
  const role =
    type === 'generic' && ChatMessage.isInstance(message)
      ? ownEntry(ROLE_BY_NAME, message.role.toLowerCase())
      : ownEntry(ROLE_BY_TYPE, type);
  if (role === undefined) {
    const what = type === 'generic' && ChatMessage.isInstance(message) ? `role "${message.role}"` : `type "${type}"`;
    throw new ValidationError({
      path: 'message.type',
      message: `Invalid message: a ${what} message has no short-term role (user, assistant, system or tool)`,
    });
  }
  return role;
}

/** `table[key]` when the table itself holds it: a role "constructor" is not what every object inherits. */
function ownEntry(table: Readonly<Record<string, Role>>, key: string): Role | undefined {
  return Object.hasOwn(table, key) ? table[key] : undefined;
}

/** A copy that is plain JSON (content blocks, tool calls), as a short-term store keeps it. */
function asJson(value: unknown): JsonObject[keyof JsonObject] {
  return JSON.parse(JSON.stringify(value)) as JsonObject[keyof JsonObject];
}

/**
 * A LangChain message as a short-term message: its role, its text as `content`, and under
 * `metadata.langchain` whatever rebuilding it needs (content blocks, tool calls, the tool call it
 * answers, its id and name).
 */
export function toShortTermMessage(message: BaseMessage): ShortTermMemoryInput {
  const role = roleOf(message);
  const extra: JsonObject = {};
  if (typeof message.content !== 'string') extra['content'] = asJson(message.content);
  if (message.id !== undefined) extra['id'] = message.id;
  if (message.name !== undefined) extra['name'] = message.name;
  if (AIMessage.isInstance(message) && (message.tool_calls?.length ?? 0) > 0) extra['tool_calls'] = asJson(message.tool_calls);
  if (ToolMessage.isInstance(message)) {
    extra['tool_call_id'] = message.tool_call_id;
    if (message.status !== undefined) extra['status'] = message.status;
  }
  const content = typeof message.content === 'string' ? message.content : message.text;
  return Object.keys(extra).length === 0 ? { role, content } : { role, content, metadata: { [LANGCHAIN_METADATA_KEY]: extra } };
}

/**
 * A short-term message as a LangChain message: `user` a `HumanMessage`, `assistant` an `AIMessage`,
 * `system` a `SystemMessage`, `tool` a `ToolMessage`. Messages written by other code (no
 * `metadata.langchain`) map by role and content.
 */
export function fromShortTermMessage(stored: ShortTermMemory): BaseMessage {
  const saved = stored.metadata?.[LANGCHAIN_METADATA_KEY];
  const extra = (typeof saved === 'object' && saved !== null && !Array.isArray(saved) ? saved : {}) as Record<string, unknown>;
  const content = Array.isArray(extra['content']) ? (extra['content'] as Exclude<BaseMessage['content'], string>) : stored.content;
  const common = {
    content,
    ...(typeof extra['id'] === 'string' ? { id: extra['id'] } : {}),
    ...(typeof extra['name'] === 'string' ? { name: extra['name'] } : {}),
  };
  switch (stored.role) {
    case 'user':
      return new HumanMessage(common);
    case 'assistant':
      return new AIMessage({
        ...common,
        ...(Array.isArray(extra['tool_calls']) ? { tool_calls: extra['tool_calls'] as NonNullable<AIMessage['tool_calls']> } : {}),
      });
    case 'system':
      return new SystemMessage(common);
    case 'tool':
      return new ToolMessage({
        ...common,
        tool_call_id: typeof extra['tool_call_id'] === 'string' ? extra['tool_call_id'] : '',
        ...(extra['status'] === 'success' || extra['status'] === 'error' ? { status: extra['status'] } : {}),
      });
  }
}
