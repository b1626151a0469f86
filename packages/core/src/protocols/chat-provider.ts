export type ChatRole = 'system' | 'user' | 'assistant';

export interface ChatMessage {
  role: ChatRole;
  content: string;
}

export interface ChatOptions {
  /** Ask the model for a JSON object. */
  json?: boolean;
  signal?: AbortSignal;
}

/** A chat model: messages in, the reply's text out. */
export interface ChatProvider {
  chat(messages: ChatMessage[], options?: ChatOptions): Promise<string>;
}
