/** Names a loopback-bound server answers to. */
export const LOOPBACK_HOSTNAMES = ['localhost', '127.0.0.1', '[::1]'];

/** 127.0.0.0/8, ::1 and localhost: reachable only from this machine. */
export function isLoopback(host: string): boolean {
  return host === 'localhost' || host === '::1' || host === '[::1]' || /^127\.\d{1,3}\.\d{1,3}\.\d{1,3}$/.test(host);
}

/** The hostname of a Host or Origin header value, without port; `undefined` when it does not parse. */
export function hostnameOf(value: string, scheme = 'http://'): string | undefined {
  try {
    return new URL(`${scheme}${value}`).hostname.toLowerCase();
  } catch {
    return undefined;
  }
}

/**
 * DNS-rebinding protection: a page on another site that makes its own name resolve to this machine
 * sends its own name as Host (and as Origin), so only requests naming an allowed host get through.
 */
export function checkHostHeaders(
  headers: { host?: string | undefined; origin?: string | undefined },
  allowed: readonly string[],
): string | undefined {
  const host = headers.host === undefined ? undefined : hostnameOf(headers.host);
  if (host === undefined || !allowed.includes(host)) return `Invalid Host header: ${JSON.stringify(headers.host ?? null)}`;
  if (headers.origin !== undefined && headers.origin !== 'null') {
    const origin = hostnameOf(headers.origin, '');
    if (origin === undefined || !allowed.includes(origin)) return `Invalid Origin header: ${JSON.stringify(headers.origin)}`;
  }
  if (headers.origin === 'null') return 'Invalid Origin header: "null"';
  return undefined;
}
