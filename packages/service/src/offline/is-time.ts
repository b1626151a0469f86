import { WEEKDAYS } from './word-lists';

/** A number, or a stem normalizeText made of a time ("t15"), a date ("d04-22") or a month ("m5"). */
export const NUMERIC = /^(\d|[tdm]\d)/;
/** A number, a time, a date, a month or a weekday. */
export const isNumeric = (stem: string): boolean => NUMERIC.test(stem) || WEEKDAYS.has(stem);
/** When something is: a number, a time, a date, a month, a weekday, noon or midnight. */
export const isTime = (stem: string): boolean => isNumeric(stem) || stem === 'noon' || stem === 'midnight';
