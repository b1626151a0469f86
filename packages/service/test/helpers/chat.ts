import type { ChatMessage, ChatOptions, ChatProvider } from '@casual-memory/core';

/** A chat provider answering with `replies` in turn (the last one repeats); a reply that is an Error is thrown. */
export function scriptedChat(...replies: Array<string | Error>) {
  const calls: Array<{ messages: ChatMessage[]; options: ChatOptions | undefined }> = [];
  const provider: ChatProvider = {
    async chat(messages, options) {
      calls.push({ messages, options });
      const reply = replies[Math.min(calls.length - 1, replies.length - 1)] ?? '';
      if (reply instanceof Error) throw reply;
      return reply;
    },
  };
  return { provider, calls };
}
