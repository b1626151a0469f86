import { thrownMessage } from '@casual-memory/core/backend';

/** Every occurrence of each secret replaced, so a key a server echoes back never reaches a message or a log. */
export function redactSecrets(text: string, secrets: readonly string[]): string {
  let safe = text;
  for (const secret of secrets) safe = safe.split(secret).join('[redacted]');
  return safe;
}

/**
 * The SDK's error as the `cause` to keep, unless its message or the body it carries contains a
 * secret: then a plain `Error` with the redacted message and the status stands in for it.
 */
export function safeCause(thrown: unknown, secrets: readonly string[]): unknown {
  if (secrets.length === 0) return thrown;
  const message = thrownMessage(thrown);
  let body = '';
  try {
    body = JSON.stringify((thrown as { error?: unknown } | null)?.error) ?? '';
  } catch {
    // A body that cannot be serialised is left out of the check; the message still is checked.
  }
  if (!secrets.some((secret) => message.includes(secret) || body.includes(secret))) return thrown;
  const standIn = new Error(redactSecrets(message, secrets));
  const status = (thrown as { status?: unknown } | null)?.status;
  if (typeof status === 'number') Object.assign(standIn, { status });
  return standIn;
}
