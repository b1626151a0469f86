import { z } from '@casual-memory/core/backend';
import type { MemoryService } from '@casual-memory/service';
import type { ModelMessage } from 'ai';
import type { MemoryEventHandler } from './memory-event';

/** What every helper of this package takes: the service, the user, and where failures are reported. */
export interface MemoryOptions {
  service: MemoryService;
  /** The user whose memory is read and written: set by your application, never by the model. */
  userId: string;
  /** Receives failures (and saved turns); a handler that throws is ignored. Default: none. */
  onEvent?: MemoryEventHandler;
}

const isObject = (value: unknown) => typeof value === 'object' && value !== null;

/** The fields of `MemoryOptions`, checked strictly by each helper's own schema. */
export const memoryOptionsShape = {
  service: z.custom<MemoryService>(
    (value) =>
      isObject(value) &&
      typeof (value as { add?: unknown }).add === 'function' &&
      typeof (value as { query?: unknown }).query === 'function',
    { error: 'expected a MemoryService' },
  ),
  userId: z.string().refine((value) => value.trim() !== '', 'expected a non-empty user id'),
  onEvent: z.custom<MemoryEventHandler>((value) => typeof value === 'function', { error: 'expected a function' }).optional(),
};

const messageList = z.array(z.custom<ModelMessage>((value) => isObject(value), { error: 'expected a message' }));

/** A turn as `generateText` takes it: `prompt` (a string or messages) or `messages`. */
export const turnShape = {
  prompt: z.union([z.string(), messageList]).optional(),
  messages: messageList.optional(),
};

/** The refinement that one of `prompt` and `messages` is given, not both. */
export const exactlyOneTurnInput = [
  (options: { prompt?: unknown; messages?: unknown }) => (options.prompt === undefined) !== (options.messages === undefined),
  { error: 'give exactly one of prompt and messages' },
] as const;
