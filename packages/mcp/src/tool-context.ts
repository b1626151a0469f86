import { ValidationError } from '@casual-memory/core';
import type { MemoryService } from '@casual-memory/service';
import type { RequestHandlerExtra } from '@modelcontextprotocol/sdk/shared/protocol.js';
import type { ServerNotification, ServerRequest } from '@modelcontextprotocol/sdk/types.js';

/** What the SDK passes a tool with each call: the session, the request's `authInfo` (HTTP), a signal. */
export type ToolCallExtra = RequestHandlerExtra<ServerRequest, ServerNotification>;

/** Says whose memory a call reaches, from the call's context (never from a tool argument). */
export type ResolveUser = (extra: ToolCallExtra) => string | Promise<string>;

/** What every tool is given: the service, whose memory, and where unexpected failures go. */
export interface ToolContext {
  service: MemoryService;
  userOf(extra: ToolCallExtra): Promise<string>;
  onError: ((error: unknown) => void) | undefined;
}

/** The user of a call: a fixed id, or `resolveUser`'s answer, which must be a non-empty string. */
export function userResolver(userId: string | undefined, resolveUser: ResolveUser | undefined): ToolContext['userOf'] {
  if (userId !== undefined) return async () => userId;
  if (resolveUser === undefined) throw new ValidationError({ path: 'userId', message: 'Invalid options: give userId or resolveUser' });
  return async (extra) => {
    const user = await resolveUser(extra);
    if (typeof user !== 'string' || user.trim() === '') {
      throw new ValidationError({ path: 'resolveUser', message: 'No user for this request: resolveUser gave no user id' });
    }
    return user;
  };
}
