import { calculateValidUntil } from '../src/dates/calculate-valid-until';
import { extractAndNormalizeDate } from '../src/dates/extract-and-normalize-date';
import { getNextWeekday, WEEKDAY_MAP } from '../src/dates/get-next-weekday';
import { normalizeMemoryDates } from '../src/dates/normalize-memory-dates';

// Ported from the original's tests/utils/test_date_normalizer.py (REFERENCE.md §4.11, §7). Dates are
// local wall-clock times, as the original's naive datetimes; Monday 2024-01-01 10:00 is the reference.
const monday = new Date(2024, 0, 1, 10, 0, 0);
const day = (year: number, month: number, date: number, hours = 10) => new Date(year, month - 1, date, hours, 0, 0);
const becomes = (text: string, expectedText: string, expectedDate: Date) =>
  expect(extractAndNormalizeDate(text, monday)).toEqual({ text: expectedText, date: expectedDate });

describe('getNextWeekday', () => {
  it('finds the coming weekday, a week later for the same weekday, respecting minDaysAhead', () => {
    expect(getNextWeekday(monday, WEEKDAY_MAP.friday)).toEqual(day(2024, 1, 5));
    expect(getNextWeekday(monday, WEEKDAY_MAP.monday)).toEqual(day(2024, 1, 8));
    expect(getNextWeekday(monday, WEEKDAY_MAP.tuesday, 2)).toEqual(day(2024, 1, 9));
    expect(getNextWeekday(monday, WEEKDAY_MAP.tuesday)).toEqual(day(2024, 1, 2));
  });

  it('numbers weekdays Monday 0 to Sunday 6, in that order', () => {
    expect(Object.entries(WEEKDAY_MAP)).toEqual([
      ['monday', 0],
      ['tuesday', 1],
      ['wednesday', 2],
      ['thursday', 3],
      ['friday', 4],
      ['saturday', 5],
      ['sunday', 6],
    ]);
  });
});

describe('extractAndNormalizeDate', () => {
  it.each([
    ['Remind me to call John tomorrow', 'Remind me to call John on January 02', day(2024, 1, 2)],
    ['Gym tomorrow morning', 'Gym on January 02', day(2024, 1, 2)],
    ['Dentist tomorrow afternoon please', 'Dentist on January 02 please', day(2024, 1, 2)],
    ['Party tomorrow evening', 'Party on January 02', day(2024, 1, 2)],
    ['Flight tomorrow night', 'Flight on January 02', day(2024, 1, 2)],
    ['Deadline in 5 days', 'Deadline on January 06', day(2024, 1, 6)],
    ['Call back in 1 day', 'Call back on January 02', day(2024, 1, 2)],
    ['Dinner next Friday', 'Dinner on January 05', day(2024, 1, 5)],
    ['Dinner on Friday', 'Dinner on January 05', day(2024, 1, 5)],
    ['Meeting Friday morning', 'Meeting on January 05', day(2024, 1, 5)],
    ['Meeting Friday at 3pm', 'Meeting on January 05 3pm', day(2024, 1, 5)],
    ['Yoga next Monday', 'Yoga on January 08', day(2024, 1, 8)],
    ['Call mom TOMORROW', 'Call mom on January 02', day(2024, 1, 2)],
  ])('%j becomes %j', becomes);

  it('leaves text without a date alone', () => {
    expect(extractAndNormalizeDate('I like coffee', monday)).toEqual({ text: 'I like coffee', date: null });
    expect(extractAndNormalizeDate('', monday)).toEqual({ text: '', date: null });
    expect(extractAndNormalizeDate('   ', monday)).toEqual({ text: '   ', date: null });
    // Whole words only: "tomorrows" and "mondays" are no dates.
    expect(extractAndNormalizeDate('Tomorrows are bright, mondays are not', monday).date).toBeNull();
  });

  it('replaces only the first expression, by priority rather than position', () => {
    expect(extractAndNormalizeDate('Call tomorrow and next Friday', monday).text).toBe('Call on January 02 and next Friday');
    expect(extractAndNormalizeDate('next Friday and tomorrow', monday).text).toBe('next Friday and on January 02');
    expect(extractAndNormalizeDate('tomorrow, and tomorrow', monday).text).toBe('on January 02, and tomorrow');
  });

  it('keeps the reference time of day and crosses year, month and leap-day boundaries', () => {
    expect(extractAndNormalizeDate('Party tomorrow', day(2023, 12, 31, 18))).toEqual({
      text: 'Party on January 01',
      date: day(2024, 1, 1, 18),
    });
    expect(extractAndNormalizeDate('Trip in 2 days', day(2024, 1, 31))).toEqual({ text: 'Trip on February 02', date: day(2024, 2, 2) });
    expect(extractAndNormalizeDate('Trip in 2 days', day(2024, 2, 28))).toEqual({ text: 'Trip on March 01', date: day(2024, 3, 1) });
    expect(extractAndNormalizeDate('Trip in 2 days', day(2023, 2, 28))).toEqual({ text: 'Trip on March 02', date: day(2023, 3, 2) });
    expect(extractAndNormalizeDate('Leap tomorrow', day(2024, 2, 28)).date).toEqual(day(2024, 2, 29));
  });

  it('treats a count of days too large for a date as no date', () => {
    expect(extractAndNormalizeDate('in 999999999999 days', monday)).toEqual({ text: 'in 999999999999 days', date: null });
  });
});

describe('extractAndNormalizeDate with chrono-node, beyond the original', () => {
  it.each([
    // A correction keeps the date the user settles on; a date written with its month stays as written.
    ['Actually my birthday is May 3rd, not May 4th', 'Actually my birthday is May 3rd, not May 4th', day(2024, 5, 3)],
    ['We married on 12 August 2015', 'We married on 12 August 2015', day(2015, 8, 12)],
    // A written date beats the weekday beside it, which alone would mean the coming Saturday.
    ['Graduation is on Saturday, June 5, 2027', 'Graduation is on Saturday, June 5, 2027', day(2027, 6, 5)],
    // The original read "tomorrow" inside "the day after tomorrow" and "Friday" inside "last Friday".
    ['My sister arrives the day after tomorrow', 'My sister arrives on January 03', day(2024, 1, 3)],
    ['Last Friday I adopted a kitten', 'on December 29, 2023 I adopted a kitten', day(2023, 12, 29)],
    // "the following Monday" is the coming Monday, and all of its words are replaced.
    ['My new job starts the following Monday', 'My new job starts on January 08', day(2024, 1, 8)],
    ["I'm moving in two weeks", "I'm moving on January 15", day(2024, 1, 15)],
    ['The rent is due at the end of the month', 'The rent is due on January 31', day(2024, 1, 31)],
    ['My contract runs until the end of the month', 'My contract runs until January 31', day(2024, 1, 31)],
    ["We're going to the coast this weekend", "We're going to the coast on January 06", day(2024, 1, 6)],
    ['Three weeks ago I broke my wrist', 'on December 11, 2023 I broke my wrist', day(2023, 12, 11)],
    // A time the user gives is the date's time of day, and stays in the text.
    ['I have a call at 4:15pm', 'I have a call on January 01 at 4:15pm', new Date(2024, 0, 1, 16, 15)],
  ])('%j becomes %j', becomes);

  it.each([
    "I'm 34",
    'I have 3 cats',
    "I've been vegetarian for 3 years",
    'I take 2 pills twice a day',
    'I work 40 hours a week',
    'I scored 9/10 on the quiz',
    'Our flat is on the 3rd floor',
  ])('finds no date in %j and leaves it alone', (text) => {
    expect(extractAndNormalizeDate(text, monday)).toEqual({ text, date: null });
  });

  it('gives a future event written with its date an expiry at the end of that day', () => {
    expect(normalizeMemoryDates({ text: 'Flight to Lisbon on 3 May 2024', type: 'event' }, monday)).toEqual({
      text: 'Flight to Lisbon on 3 May 2024',
      type: 'event',
      validUntil: new Date(2024, 4, 3, 23, 59, 59, 0),
    });
  });
});

describe('calculateValidUntil', () => {
  it('never expires facts and preferences', () => {
    expect(calculateValidUntil('fact', day(2024, 1, 5), monday)).toBeNull();
    expect(calculateValidUntil('preference', day(2024, 1, 5), monday)).toBeNull();
  });

  it('gives no expiry without a date, for a past date or for today', () => {
    expect(calculateValidUntil('event', null, monday)).toBeNull();
    expect(calculateValidUntil('event', day(2023, 12, 31), monday)).toBeNull();
    expect(calculateValidUntil('event', day(2024, 1, 1, 23), monday)).toBeNull();
  });

  it('ends a future event or goal at 23:59:59 that day', () => {
    expect(calculateValidUntil('event', day(2024, 1, 2), monday)).toEqual(new Date(2024, 0, 2, 23, 59, 59, 0));
    expect(calculateValidUntil('goal', day(2024, 1, 5), monday)).toEqual(new Date(2024, 0, 5, 23, 59, 59, 0));
  });
});

describe('normalizeMemoryDates', () => {
  it('sets validUntil for an event tomorrow and a goal next Friday', () => {
    expect(normalizeMemoryDates({ text: 'Dentist tomorrow', type: 'event' }, monday)).toEqual({
      text: 'Dentist on January 02',
      type: 'event',
      validUntil: new Date(2024, 0, 2, 23, 59, 59, 0),
    });
    expect(normalizeMemoryDates({ text: 'Finish the report next Friday', type: 'goal' }, monday).validUntil).toEqual(
      new Date(2024, 0, 5, 23, 59, 59, 0),
    );
  });

  it('rewrites a fact without giving it an expiry', () => {
    const result = normalizeMemoryDates({ text: 'My birthday is next Tuesday', type: 'fact' }, monday);
    expect(result).toEqual({ text: 'My birthday is on January 02', type: 'fact' });
    expect('validUntil' in result).toBe(false);
  });

  it('keeps an existing validUntil', () => {
    const validUntil = new Date(2030, 0, 1);
    expect(normalizeMemoryDates({ text: 'Concert tomorrow', type: 'event', validUntil }, monday).validUntil).toBe(validUntil);
  });

  it('returns a new object, other fields (unknown keys too) kept, without a date unchanged', () => {
    const memory = { text: 'I like tea', type: 'preference', tags: ['drinks'], importance: 0.7, custom: { a: 1 } };
    const result = normalizeMemoryDates(memory, monday);
    expect(result).toEqual(memory);
    expect(result).not.toBe(memory);
    expect(memory.text).toBe('I like tea');
  });

  it('reads missing text as empty and a missing type as a fact', () => {
    expect(normalizeMemoryDates({}, monday)).toEqual({ text: '' });
    expect(normalizeMemoryDates({ text: 'Party tomorrow' }, monday)).toEqual({ text: 'Party on January 02' });
  });
});
