import type { ChatMessage, ChatOptions, ChatProvider } from '@casual-memory/core';
import { parseChatMessages, parseChatOptions } from './chat-input';
import { extractJsonObject } from './extract-json-object';
import { type OpenAIChatProviderOptions, parseChatProviderOptions } from './openai-chat-provider-options';
import { OpenAIConnection } from './openai-connection';

const PROVIDER_NAME = 'OpenAIChatProvider';

/** A model's refusal is quoted only this far. */
const MAX_QUOTED_LENGTH = 200;

/**
 * A `ChatProvider` on any server that speaks OpenAI's chat-completions API (OpenAI, Azure OpenAI,
 * Ollama, vLLM, llama.cpp, LM Studio, OpenRouter, ...), through the official `openai` SDK.
 * `chat(messages, { json: true })` asks for a JSON object (`response_format`) and, for servers that
 * ignore that, takes the first JSON object out of the reply's text.
 */
export class OpenAIChatProvider implements ChatProvider {
  /** The model every call names. */
  readonly model: string;
  readonly temperature: number | undefined;
  readonly #connection: OpenAIConnection;

  constructor(options: OpenAIChatProviderOptions) {
    const parsed = parseChatProviderOptions(options, PROVIDER_NAME);
    this.#connection = new OpenAIConnection(PROVIDER_NAME, parsed);
    this.model = parsed.model;
    this.temperature = parsed.temperature;
  }

  /** The API root calls go to, e.g. `https://api.openai.com/v1`. */
  get endpoint(): string {
    return this.#connection.endpoint;
  }

  /**
   * The reply's text; with `json: true`, a string that parses as a JSON object. Rejects with a
   * `ValidationError` for bad arguments, a `ProviderError` when the server fails or its answer cannot
   * be used, and the signal's reason (an `AbortError`) when `signal` aborts.
   */
  async chat(messages: ChatMessage[], options?: ChatOptions): Promise<string> {
    const parsedMessages = parseChatMessages(messages);
    const { json = false, signal } = parseChatOptions(options);
    const connection = this.#connection;
    const completion: unknown = await connection.send(
      (client, requestOptions) =>
        client.chat.completions.create(
          {
            model: this.model,
            messages: parsedMessages,
            ...(json ? { response_format: { type: 'json_object' as const } } : {}),
            ...(this.temperature === undefined ? {} : { temperature: this.temperature }),
          },
          requestOptions,
        ),
      signal,
    );
    const choice = firstChoice(completion);
    if (choice === undefined) throw connection.badResponse('the answer holds no choices[0].message');
    if (typeof choice.content !== 'string') {
      const refusal = typeof choice.refusal === 'string' ? `: the model refused (${quote(choice.refusal)})` : '';
      throw connection.badResponse(`the reply has no text${refusal}`);
    }
    if (!json) return choice.content;
    const object = extractJsonObject(choice.content);
    if (object !== undefined) return object;
    const cutOff = choice.finishReason === 'length' ? ' (it was cut off: finish_reason "length")' : '';
    throw connection.badResponse(`the reply holds no JSON object${cutOff}: ${quote(choice.content)}`);
  }
}

interface Choice {
  content: unknown;
  refusal: unknown;
  finishReason: unknown;
}

/** The first choice of a completion, read defensively: the body is whatever the server sent. */
function firstChoice(completion: unknown): Choice | undefined {
  const choices = (completion as { choices?: unknown } | null)?.choices;
  if (!Array.isArray(choices)) return undefined;
  const choice = choices[0] as { message?: { content?: unknown; refusal?: unknown }; finish_reason?: unknown } | undefined;
  const message = choice?.message;
  if (typeof message !== 'object' || message === null) return undefined;
  return { content: message.content, refusal: message.refusal, finishReason: choice?.finish_reason };
}

function quote(text: string): string {
  return JSON.stringify(text.length > MAX_QUOTED_LENGTH ? `${text.slice(0, MAX_QUOTED_LENGTH)}…` : text);
}
