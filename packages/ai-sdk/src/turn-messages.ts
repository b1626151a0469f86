import type { ModelMessage } from 'ai';

/** A turn's message as an extractor reads it. */
export interface TurnMessage {
  role: 'user' | 'assistant';
  content: string;
}

/** The text of a message: its string content, or its text parts joined (images, files and tool parts left out). */
export function messageText(message: ModelMessage): string {
  const { content } = message;
  if (typeof content === 'string') return content;
  return content
    .map((part) => (part.type === 'text' ? part.text : ''))
    .filter((text) => text !== '')
    .join('\n');
}

/**
 * The user's side of the current turn: a string `prompt`, or else the user messages after the last
 * other message of `prompt` or `messages`, as `generateText` takes them (earlier turns were saved
 * when they finished).
 */
export function currentUserMessages(turn: {
  prompt?: string | readonly ModelMessage[] | undefined;
  messages?: readonly ModelMessage[] | undefined;
}): TurnMessage[] {
  if (typeof turn.prompt === 'string') return turn.prompt.trim() === '' ? [] : [{ role: 'user', content: turn.prompt }];
  const messages = turn.prompt ?? turn.messages ?? [];
  let start = messages.length;
  while (start > 0 && messages[start - 1]?.role === 'user') start -= 1;
  return messages
    .slice(start)
    .map((message) => ({ role: 'user' as const, content: messageText(message) }))
    .filter((message) => message.content.trim() !== '');
}
