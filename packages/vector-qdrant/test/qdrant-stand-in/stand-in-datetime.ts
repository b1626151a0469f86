/**
 * The datetime texts Qdrant reads in payloads and in `range` bounds, in microseconds since the epoch
 * (Qdrant's precision), or undefined for any other text. Documented under concepts/payload
 * ("Datetime": RFC 3339, and "without a timezone, UTC is assumed") and exercised by Qdrant's
 * tests/openapi/test_payload_indexing.py (`test_datetime_indexing`: `2015-01-01`, `2015-01-01 00:00`,
 * `2015-02-01T06:00:00` and nine fraction digits are read; RFC 2822, bare timestamps, `AM` and the
 * compact ISO forms are refused). Qdrant issue 8718: `2015-03-01T12:30` (minutes, no zone) is read too.
 * Accepted: `YYYY-MM-DD`, then optionally `T`/space `HH:MM`, then optionally `:SS`, a fraction of up to
 * nine digits and a zone (`Z` or `±HH:MM` / `±HHMM`, only after the seconds).
 */
const DATETIME = /^(\d{4})-(\d{2})-(\d{2})(?:[Tt ](\d{2}):(\d{2})(?::(\d{2})(?:\.(\d{1,9}))?(Z|z|[+-]\d{2}:?\d{2})?)?)?$/;

export function parseQdrantDatetime(text: string): bigint | undefined {
  const found = DATETIME.exec(text);
  if (found === null) return undefined;
  const [, y, mo, d, h = '00', mi = '00', s = '00', fraction = '', zone = 'Z'] = found;
  const [year, month, day, hour, minute, second] = [y, mo, d, h, mi, s].map(Number) as [number, number, number, number, number, number];
  const date = new Date(0);
  date.setUTCFullYear(year, month - 1, day);
  date.setUTCHours(hour, minute, second, 0);
  // Out-of-range fields (month 13, 30 February, 24:00) roll over in Date; Qdrant refuses them.
  if (date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day || hour > 23 || minute > 59 || second > 59) return undefined;
  const offsetMinutes = /^[Zz]$/.test(zone)
    ? 0
    : Math.sign(zone.startsWith('-') ? -1 : 1) * (Number(zone.slice(1, 3)) * 60 + Number(zone.slice(-2)));
  return BigInt(date.getTime() - offsetMinutes * 60_000) * 1000n + BigInt(`${fraction}000000`.slice(0, 6));
}
