/**
 * Weekday numbers as the Python original counts them (`datetime.weekday()`): Monday 0 ... Sunday 6.
 * JavaScript's `getDay()` starts at Sunday 0; `pythonWeekday` converts.
 */
export const WEEKDAY_MAP: Readonly<Record<Weekday, number>> = Object.freeze({
  monday: 0,
  tuesday: 1,
  wednesday: 2,
  thursday: 3,
  friday: 4,
  saturday: 5,
  sunday: 6,
});

export type Weekday = 'monday' | 'tuesday' | 'wednesday' | 'thursday' | 'friday' | 'saturday' | 'sunday';

/** Monday 0 ... Sunday 6, in local time. */
export function pythonWeekday(date: Date): number {
  return (date.getDay() + 6) % 7;
}

/** `date` plus `days` calendar days in local time, the time of day kept (also across a DST change). */
export function addDays(date: Date, days: number): Date {
  return new Date(
    date.getFullYear(),
    date.getMonth(),
    date.getDate() + days,
    date.getHours(),
    date.getMinutes(),
    date.getSeconds(),
    date.getMilliseconds(),
  );
}

/**
 * The next `target` weekday (0 Monday ... 6 Sunday) at least `minDaysAhead` days after `date`, time
 * kept. The same weekday as `date` gives a week later, so "next Friday" said on a Friday is in 7 days.
 */
export function getNextWeekday(date: Date, target: number, minDaysAhead = 1): Date {
  let days = (((target - pythonWeekday(date)) % 7) + 7) % 7;
  if (days < minDaysAhead) days += 7;
  return addDays(date, days);
}
