/** Char codes mysql2 escapes with a backslash when it inlines a string (NUL, \b, \t, \n, \r, ^Z, ", ', \): each takes two bytes. */
const ESCAPED = new Set([0, 8, 9, 10, 13, 26, 34, 39, 92]);

/** MariaDB's and MySQL's smallest `max_allowed_packet`: a statement this short always fits. */
export const MIN_MAX_ALLOWED_PACKET = 1024;

/**
 * The bytes of a statement as mysql2 sends it: TypeORM uses the text protocol, so the parameters
 * are inlined into the SQL, strings quoted and escaped. An estimate from above for the others.
 */
export function mysqlStatementBytes(sql: string, params: readonly unknown[]): number {
  let bytes = Buffer.byteLength(sql, 'utf8');
  for (const param of params) bytes += paramBytes(param);
  return bytes;
}

/** One parameter's share of the statement. */
export function paramBytes(param: unknown): number {
  if (typeof param !== 'string') return 32;
  let escaped = 0;
  for (let index = 0; index < param.length; index++) if (ESCAPED.has(param.charCodeAt(index))) escaped++;
  return Buffer.byteLength(param, 'utf8') + escaped + 2;
}
