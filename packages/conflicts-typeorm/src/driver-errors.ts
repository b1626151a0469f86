/** The fields the drivers put on their errors: pg (`code` SQLSTATE), mysql2 (`code`, `errno`), sqlite3/better-sqlite3 (`code`). */
interface DriverErrorFields {
  code?: unknown;
  errno?: unknown;
  message?: unknown;
}

/** The driver's own error inside TypeORM's `QueryFailedError` (or the thrown value itself). */
function driverError(thrown: unknown): DriverErrorFields {
  if (typeof thrown !== 'object' || thrown === null) return {};
  const inner = (thrown as { driverError?: unknown }).driverError;
  return typeof inner === 'object' && inner !== null ? (inner as DriverErrorFields) : (thrown as DriverErrorFields);
}

/** A primary-key or unique violation: on insert, the user already has a conflict with that id. */
export function isUniqueViolation(thrown: unknown): boolean {
  const { code, errno, message } = driverError(thrown);
  if (code === '23505' || code === 'ER_DUP_ENTRY' || errno === 1062) return true;
  if (code === 'SQLITE_CONSTRAINT_PRIMARYKEY' || code === 'SQLITE_CONSTRAINT_UNIQUE') return true;
  return code === 'SQLITE_CONSTRAINT' && typeof message === 'string' && /UNIQUE|PRIMARY KEY/.test(message);
}

/** PostgreSQL SQLSTATEs and MySQL codes for a value the column cannot take (too long, bad text, bad JSON, date out of range). */
const BAD_VALUE_CODES = new Set<unknown>([
  '22001',
  '22003',
  '22007',
  '22008',
  '22021',
  '22P02',
  '22P05',
  'ER_DATA_TOO_LONG',
  'ER_TRUNCATED_WRONG_VALUE',
  'ER_TRUNCATED_WRONG_VALUE_FOR_FIELD',
  'ER_INVALID_JSON_TEXT',
  'ER_WARN_DATA_OUT_OF_RANGE',
  'ER_DATETIME_FUNCTION_OVERFLOW',
]);

/** The database refused a value of the caller's (the store checks lengths and text first, so this is a backstop). */
export function isBadValue(thrown: unknown): boolean {
  return BAD_VALUE_CODES.has(driverError(thrown).code);
}

/** TypeORM's errors for a DataSource type it has no driver for, or whose driver package is not installed. */
export function isMissingDriver(thrown: unknown): boolean {
  const name = typeof thrown === 'object' && thrown !== null ? (thrown as { name?: unknown }).name : undefined;
  return name === 'MissingDriverError' || name === 'DriverPackageNotInstalledError';
}
