// Calendar dates as the secretariat writes them (YYYY-MM-DD): read here, by hand,
// for validation and for naming them. luxon's parse of the same text cost ~0.1 ms
// a date (about 0.3 s of a 1,000-post build's validation, and as much again for
// naming the dates), for what the JavaScript Date's UTC arithmetic answers exactly.

/** A calendar date read: month 1–12, weekday 1 (Monday) to 7 (Sunday), as luxon numbers them. */
export interface CalendarDate {
  year: number;
  month: number;
  day: number;
  weekday: number;
}

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** True for text written `YYYY-MM-DD`, whether or not that day exists (validation tells the two mistakes apart). */
export function isIsoDateShape(text: string): boolean {
  return ISO_DATE.test(text);
}

/**
 * A `YYYY-MM-DD` date that exists in the calendar, or undefined (30 February,
 * "2019-1-5", a time added).
 * @example readCalendarDate("2018-10-05") // { year: 2018, month: 10, day: 5, weekday: 5 }
 */
export function readCalendarDate(text: string): CalendarDate | undefined {
  const match = ISO_DATE.exec(text);
  if (match === null) return undefined;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const moment = new Date(0);
  // setUTCFullYear, unlike Date.UTC, takes the years 0–99 as they are; a day
  // that does not exist rolls over into another month and is caught below.
  moment.setUTCFullYear(year, month - 1, day);
  if (moment.getUTCFullYear() !== year || moment.getUTCMonth() !== month - 1 || moment.getUTCDate() !== day) return undefined;
  return { year, month, day, weekday: moment.getUTCDay() === 0 ? 7 : moment.getUTCDay() };
}

/** True for a `YYYY-MM-DD` date that exists in the calendar (no 30 February). */
export function isCalendarDate(text: string): boolean {
  return readCalendarDate(text) !== undefined;
}
