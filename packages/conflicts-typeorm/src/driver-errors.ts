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

const FOREIGN_TABLE = 'a table of the name the migrations create already exists, not made by them (choose another tablePrefix)';

/** Failures no retry can cure, by PostgreSQL SQLSTATE or mysql2 code, each with what it means for the user. */
const PERMANENT: ReadonlyMap<unknown, string> = new Map([
  // PostgreSQL: class 28 (authorization), 3D000 (no such database), 42501 (privilege), 42P01 (no such table).
  ['28000', 'the server refused the user or its credentials'],
  ['28P01', 'the server refused the password'],
  ['3D000', 'the database in the url does not exist'],
  ['42501', 'the database user lacks a privilege the store needs'],
  ['42P01', 'the conflict table does not exist (run the migrations, or create the store with migrate: true)'],
  // MySQL/MariaDB.
  ['ER_ACCESS_DENIED_ERROR', 'the server refused the user or its password'],
  ['ER_ACCESS_DENIED_NO_PASSWORD_ERROR', 'the server refused the user'],
  ['ER_DBACCESS_DENIED_ERROR', 'the database user may not use this database'],
  ['ER_TABLEACCESS_DENIED_ERROR', 'the database user lacks a privilege the store needs'],
  ['ER_NOT_SUPPORTED_AUTH_MODE', 'the server asks for an authentication method the driver does not offer'],
  ['ER_BAD_DB_ERROR', 'the database in the url does not exist'],
  ['ER_NO_SUCH_TABLE', 'the conflict table does not exist (run the migrations, or create the store with migrate: true)'],
  // Migrations run one process at a time (runMigrationsExclusively): a table already there is not ours.
  ['42P07', FOREIGN_TABLE],
  ['ER_TABLE_EXISTS_ERROR', FOREIGN_TABLE],
]);

/** What a permanent database failure means (bad credentials, a missing database or table), or undefined for any other error. */
export function permanentFailure(thrown: unknown): string | undefined {
  const { code, message } = driverError(thrown);
  if (typeof code === 'string' && code.startsWith('SQLITE_') && typeof message === 'string' && /already exists/.test(message)) {
    return FOREIGN_TABLE;
  }
  return PERMANENT.get(code);
}

/** MySQL/MariaDB refused a statement over its `max_allowed_packet` (and dropped the connection). */
export function isPacketTooLarge(thrown: unknown): boolean {
  return driverError(thrown).code === 'ER_NET_PACKET_TOO_LARGE';
}

/**
 * SQLite answered "database is locked" (SQLITE_BUSY and its extended codes) without waiting out the
 * busy timeout: it does so where waiting could deadlock, e.g. a connection that already reads asks to
 * write while another holds the write lock (switching a new file to WAL is such a case).
 */
export function isSqliteBusy(thrown: unknown): boolean {
  const { code, message } = driverError(thrown);
  if (typeof code === 'string' && code.startsWith('SQLITE_BUSY')) return true;
  return typeof message === 'string' && /^SQLITE_BUSY\b|database is locked/.test(message);
}
