import { DateTime, IANAZone, Info } from "luxon";
import { remembered } from "../cache/remembered.ts";
import { readCalendarDate } from "./calendar-date.ts";
import { parseClockTime } from "./clock-time.ts";

/** The site's language for dates: Danish month and weekday names. */
const LOCALE = "da";

/**
 * A calendar date's weekday and month names are the same in every zone, so dates
 * that are only named are read in UTC: a fixed offset, where a named zone makes
 * luxon work out the zone's offset through Intl (partsOffset, among the top
 * functions of a build's profile). The zone still has to be valid.
 */
function namedCalendarDate(isoDate: string, zone: string): DateTime {
  if (!isValidZone(zone)) throw new RangeError(`Not a time zone: "${zone}"`);
  return parseCalendarDate(isoDate, "UTC");
}

/** Settings' own check of a zone (lib/site/settings-schema.ts), remembered: it builds an Intl formatter each time. */
const isValidZone = remembered((zone: string) => IANAZone.isValidZone(zone));

function parseCalendarDate(isoDate: string, zone: string): DateTime {
  const date = DateTime.fromISO(isoDate, { zone, locale: LOCALE });
  if (!date.isValid) {
    throw new RangeError(`Not a calendar date: "${isoDate}" (${date.invalidExplanation ?? "invalid"})`);
  }
  return date;
}

/**
 * The Danish names luxon gives (`cccc`, `LLLL`, `LLL`), asked once: luxon asks Intl
 * for them on every date it formats (formatToParts, ~0.1 ms a name; about 1 s of a
 * 4,000-post build, whose dates are nearly all different), while there are only
 * seven weekdays and twelve months to name.
 */
const WEEKDAY_NAMES = Array.from({ length: 7 }, (_, index) => DateTime.utc(2001, 1, 1 + index).setLocale(LOCALE).toFormat("cccc"));
const MONTH_NAMES = Array.from({ length: 12 }, (_, index) => DateTime.utc(2001, 1 + index, 1).setLocale(LOCALE).toFormat("LLLL"));
const MONTH_ABBREVIATIONS = Array.from({ length: 12 }, (_, index) => DateTime.utc(2001, 1 + index, 1).setLocale(LOCALE).toFormat("LLL"));

/**
 * A calendar date's parts for naming it. A plain `YYYY-MM-DD` is read by hand
 * (luxon's parse was most of what was left of the cost); anything else goes through
 * luxon, which throws the same RangeError as before for what is not a date or zone.
 */
function calendarParts(isoDate: string, zone: string): { weekday: number; day: number; month: number; year: string } {
  const plain = isValidZone(zone) ? readCalendarDate(isoDate) : undefined;
  const date = plain ?? namedCalendarDate(isoDate, zone);
  return { weekday: date.weekday, day: date.day, month: date.month, year: String(date.year).padStart(4, "0") };
}

/**
 * A date in running Danish text.
 * @example formatLongDate("2018-10-05", "Europe/Copenhagen") // "fredag den 5. oktober 2018"
 */
export function formatLongDate(isoDate: string, zone: string): string {
  const { weekday, day, month, year } = calendarParts(isoDate, zone);
  return `${WEEKDAY_NAMES[weekday - 1]} den ${day}. ${MONTH_NAMES[month - 1]} ${year}`;
}

/**
 * A date in a list, with the month abbreviated the Danish way.
 * @example formatShortDate("2018-10-05", "Europe/Copenhagen") // "5. okt. 2018"
 */
export function formatShortDate(isoDate: string, zone: string): string {
  const { day, month, year } = calendarParts(isoDate, zone);
  return `${day}. ${MONTH_ABBREVIATIONS[month - 1]} ${year}`;
}

/**
 * A month and its year, as an archive heading.
 * @example formatMonthYear("2018-10-01", "Europe/Copenhagen") // "oktober 2018"
 */
export function formatMonthYear(isoDate: string, zone: string): string {
  const { month, year } = calendarParts(isoDate, zone);
  return `${MONTH_NAMES[month - 1]} ${year}`;
}

/**
 * A clock time the Danish way: "kl." and a full stop between hours and minutes.
 * @example formatClockTime("08:30") // "kl. 8.30"
 */
export function formatClockTime(time: string): string {
  const { hour, minute } = parseClockTime(time);
  return `kl. ${hour}.${String(minute).padStart(2, "0")}`;
}

/**
 * A meeting's time span the Danish way, with an en dash between start and end.
 * @example formatClockRange("08:30", "10:00") // "kl. 8.30–10.00"
 * @example formatClockRange("08:30") // "kl. 8.30"
 */
export function formatClockRange(start: string, end?: string): string {
  const from = formatClockTime(start);
  return end === undefined ? from : `${from}–${formatClockTime(end).slice("kl. ".length)}`;
}

/**
 * A local date and optional clock time in `zone` as an ISO 8601 string with the
 * zone's offset on that day (summer or winter time), e.g. for `<time datetime>`.
 * @example zonedDateTime("2018-10-05", "08:30", "Europe/Copenhagen") // "2018-10-05T08:30:00+02:00"
 */
export function zonedDateTime(isoDate: string, time: string | undefined, zone: string): string {
  // A date alone needs no offset, only a valid date and zone.
  if (time === undefined) return namedCalendarDate(isoDate, zone).toISODate() ?? isoDate;
  const { hour, minute } = parseClockTime(time);
  const offset = steadyOffsetOn(isoDate, zone);
  if (offset === undefined) {
    // The day summer time starts or ends: luxon works out which side of the change the time is on.
    return parseCalendarDate(isoDate, zone).set({ hour, minute }).toISO({ suppressMilliseconds: true }) ?? isoDate;
  }
  return `${isoDate}T${String(hour).padStart(2, "0")}:${String(minute).padStart(2, "0")}:00${offset}`;
}

/**
 * The zone's offset as luxon writes it at the end of an ISO time ("+02:00", or
 * "Z" in UTC) when it is the same all day, from the midnight that starts it,
 * else undefined (the day summer time starts or ends). Once a day and zone,
 * from the zone's offset at three instants: luxon works a named zone's offset
 * out through Intl several times for every DateTime it makes (partsOffset,
 * 0.55 s of a 4,000-post build when zonedDateTime made its DateTimes).
 */
const steadyOffsetOn = remembered((isoDate: string, zoneName: string): string | undefined => {
  namedCalendarDate(isoDate, zoneName);
  const zone = Info.normalizeZone(zoneName);
  const utcMidnight = Date.parse(`${isoDate}T00:00:00Z`);
  const offset = zone.offset(utcMidnight);
  // Local midnight, if that offset holds; a change at midnight (São Paulo's summer
  // time began at 00:00) shows in the instant before it.
  const midnight = utcMidnight - offset * MINUTE_MS;
  if ([midnight - 1, midnight, midnight + DAY_MS - 1].some((moment) => zone.offset(moment) !== offset)) return undefined;
  return zone.isUniversal && offset === 0 ? "Z" : zone.formatOffset(midnight, "short");
});

const MINUTE_MS = 60_000;
const DAY_MS = 24 * 60 * MINUTE_MS;

/**
 * The year a moment falls in, in `zone`: the last half hour of 2019 in UTC is
 * already 2020 in Copenhagen.
 * @example yearInZone(new Date("2019-12-31T23:30:00Z"), "Europe/Copenhagen") // 2020
 */
export function yearInZone(moment: Date, zone: string): number {
  return DateTime.fromJSDate(moment, { zone }).year;
}

/** The year of an ISO calendar date, e.g. 2018 for "2018-10-05". */
export function yearOf(isoDate: string): number {
  return Number(isoDate.slice(0, 4));
}

/**
 * The moment a calendar date begins in `zone`, e.g. for a feed entry's timestamp:
 * a post dated 5 October 2018 was published from midnight in Copenhagen.
 * @example startOfDayInZone("2018-10-05", "Europe/Copenhagen") // 2018-10-04T22:00:00.000Z
 */
export function startOfDayInZone(isoDate: string, zone: string): Date {
  return parseCalendarDate(isoDate, zone).startOf("day").toJSDate();
}

/**
 * The calendar day a moment falls on in `zone`, as `YYYY-MM-DD`: 23:30 UTC on
 * 31 December is already 1 January in Copenhagen.
 * @example isoDateInZone(new Date("2019-12-31T23:30:00Z"), "Europe/Copenhagen") // "2020-01-01"
 */
export function isoDateInZone(moment: Date, zone: string): string {
  const day = DateTime.fromJSDate(moment, { zone }).toISODate();
  if (day === null) throw new RangeError(`No calendar day for ${moment.toISOString()} in ${zone}`);
  return day;
}
