import type { SqlFamily } from './conflict-columns';

/** In a `u` regex a surrogate pair is one code point, so this matches only surrogates standing alone. */
const LONE_SURROGATE = /\p{Surrogate}/u;

/** What differs between the three SQL families in the statements the store runs. */
export class SqlDialect {
  readonly family: SqlFamily;

  constructor(family: SqlFamily) {
    this.family = family;
  }

  quote(name: string): string {
    return this.family === 'mysql' ? `\`${name}\`` : `"${name}"`;
  }

  /** Statements are written with `?`; PostgreSQL numbers its parameters. The store's SQL has no `?` of its own. */
  placeholders(sql: string): string {
    if (this.family !== 'postgres') return sql;
    let index = 0;
    return sql.replace(/\?/g, () => `$${++index}`);
  }

  /** A date as a parameter: UTC text, so no driver or session time zone ever shifts it. */
  dateParam(date: Date): string {
    const iso = date.toISOString();
    return this.family === 'mysql' ? `${iso.slice(0, 10)} ${iso.slice(11, 23)}` : iso;
  }

  /** A timestamp column read as UTC text, for the same reason. */
  dateSelect(column: string): string {
    const quoted = this.quote(column);
    if (this.family === 'postgres') return `to_char(${quoted} AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"')`;
    if (this.family === 'mysql') return `DATE_FORMAT(${quoted}, '%Y-%m-%dT%H:%i:%s.%fZ')`;
    return quoted;
  }

  /** The JSON column read as text (PostgreSQL's jsonb would otherwise go through pg's global type parsers). */
  jsonSelect(column: string): string {
    return this.family === 'postgres' ? `${this.quote(column)}::text` : this.quote(column);
  }

  booleanParam(value: boolean): boolean | number {
    return this.family === 'postgres' ? value : value ? 1 : 0;
  }

  /**
   * Whether the database keeps this string exactly. No text column takes a lone UTF-16 surrogate
   * (the drivers send UTF-8 and would write U+FFFD instead); PostgreSQL's text and jsonb take no NUL.
   */
  storable(text: string): boolean {
    return !LONE_SURROGATE.test(text) && !(this.family === 'postgres' && text.includes('\u0000'));
  }
}

/** A timestamp as read back (UTC text from `dateSelect`, or a `Date` from a driver) to ISO-8601. */
export function timestampToIso(value: unknown): unknown {
  if (value instanceof Date) return value.toISOString();
  if (typeof value !== 'string') return value;
  const match = /^(\d{4})-(\d\d)-(\d\d)[T ](\d\d):(\d\d):(\d\d)(?:\.(\d{1,6}))?Z?$/.exec(value);
  if (match === null) return value;
  const [, year, month, day, hour, minute, second, fraction = ''] = match;
  const millis = Number(fraction.padEnd(3, '0').slice(0, 3));
  return new Date(
    Date.UTC(Number(year), Number(month) - 1, Number(day), Number(hour), Number(minute), Number(second), millis),
  ).toISOString();
}
