/** The message of an error reply; by shape, as node-redis's errors may come from another realm. */
function replyMessage(thrown: unknown): string | undefined {
  if (typeof thrown !== 'object' || thrown === null) return undefined;
  const message = (thrown as { message?: unknown }).message;
  return typeof message === 'string' ? message : undefined;
}

/** A Redis error reply starting with `text` (`WRONGTYPE `, `ERR unknown command`), also when raised inside a script. */
function isReply(thrown: unknown, text: string): boolean {
  const message = replyMessage(thrown);
  return message !== undefined && (message.startsWith(text) || message.includes(`: ${text}`));
}

/** A Redis error reply of `kind` (`WRONGTYPE`, `OOM`), also when raised inside a script. */
export function isErrorReply(thrown: unknown, kind: string): boolean {
  return isReply(thrown, `${kind} `);
}

/**
 * Error replies no retry can cure, each with what it means for the user. Transient replies
 * (`LOADING`, `BUSY`, `READONLY` during a failover, `TRYAGAIN`, `CLUSTERDOWN`) are not here.
 */
const PERMANENT_REPLIES: readonly (readonly [start: string, meaning: string])[] = [
  ['WRONGPASS ', 'Redis refused the user name or password'],
  ['NOAUTH ', 'Redis requires a password and none was given'],
  ['ERR AUTH ', 'Redis refused the password'],
  ['ERR invalid password', 'Redis refused the password'],
  ['ERR Client sent AUTH', 'a password was given but Redis has none set'],
  ['NOPERM ', "the Redis user's ACL does not allow a command or key the store needs"],
  ['ERR unknown command', 'this Redis server does not offer a command the store needs'],
  ['ERR unknown subcommand', 'this Redis server does not offer a command the store needs'],
  ['ERR DB index is out of range', 'the database number in the url does not exist on this server'],
];

/** What a permanent Redis failure means (bad credentials, a missing permission or command), or undefined for any other error. */
export function permanentRedisFailure(thrown: unknown): string | undefined {
  return PERMANENT_REPLIES.find(([start]) => isReply(thrown, start))?.[1];
}
