/** Memory types that stop being true once their date has passed. */
const EXPIRING_TYPES: ReadonlySet<string> = new Set(['event', 'goal']);

/**
 * When a memory of `type` about `date` stops being useful: the end (23:59:59 local time) of that day
 * for an event or a goal in the future; `null` for other types, without a date, or when the date is
 * today or earlier (compared by calendar day).
 */
export function calculateValidUntil(type: string, date: Date | null | undefined, referenceDate: Date): Date | null {
  if (!EXPIRING_TYPES.has(type) || date === null || date === undefined) return null;
  if (dayNumber(date) <= dayNumber(referenceDate)) return null;
  return new Date(date.getFullYear(), date.getMonth(), date.getDate(), 23, 59, 59, 0);
}

function dayNumber(date: Date): number {
  return date.getFullYear() * 10_000 + date.getMonth() * 100 + date.getDate();
}
