import { getVtimezoneComponent } from "@touch4it/ical-timezones";
import ical, { ICalCalendarMethod, type ICalEventData, ICalEventStatus } from "ical-generator";
import { DateTime } from "luxon";
import { parseClockTime } from "../dates/clock-time.ts";
import type { DatedActivity } from "./activity.ts";
import type { ActivityStatus } from "./calendar-schema.ts";

/** What every calendar file of the site shares. */
export interface ICalendarOptions {
  /** The zone the activities' clock times are in, e.g. "Europe/Copenhagen". */
  zone: string;
  /** The site's host name: UIDs are `<activity id>@<host>`, unique across calendars. */
  host: string;
  /** The build's date: DTSTAMP, so two builds of one tree give the same bytes. */
  stamp: Date;
  /** Who publishes the calendar, for PRODID. */
  organisation: string;
  /** The web page an activity's URL property points to (its post, or its place on the calendar page). */
  activityUrl: (activity: DatedActivity) => string;
}

const STATUS: Readonly<Record<ActivityStatus, ICalEventStatus>> = {
  confirmed: ICalEventStatus.CONFIRMED,
  tentative: ICalEventStatus.TENTATIVE,
  cancelled: ICalEventStatus.CANCELLED,
};

/** A local date and clock time in `zone`. */
function localDateTime(date: string, time: string, zone: string): DateTime {
  return DateTime.fromISO(date, { zone }).set(parseClockTime(time));
}

function eventData(activity: DatedActivity, options: ICalendarOptions): ICalEventData {
  const day = DateTime.fromISO(activity.date, { zone: options.zone });
  const location = activity.venue === undefined ? undefined : [activity.venue.name, activity.venue.address].filter(Boolean).join(", ");
  const common: Omit<ICalEventData, "start"> = {
    id: `${activity.id}@${options.host}`,
    stamp: options.stamp,
    summary: activity.title,
    status: STATUS[activity.status],
    url: options.activityUrl(activity),
    ...(location === undefined ? {} : { location }),
    ...(activity.description === undefined ? {} : { description: activity.description }),
  };
  if (activity.start === undefined) {
    // RFC 5545 §3.6.1: an all-day event is a DATE, and DTEND is the day after (exclusive).
    return { ...common, allDay: true, start: day, end: day.plus({ days: 1 }) };
  }
  return {
    ...common,
    // The event's own zone, not the calendar's: ical-generator writes DTSTAMP in the
    // calendar's zone when it has one, and RFC 5545 §3.8.7.2 wants DTSTAMP in UTC.
    timezone: options.zone,
    start: localDateTime(activity.date, activity.start, options.zone),
    ...(activity.end === undefined ? {} : { end: localDateTime(activity.date, activity.end, options.zone) }),
  };
}

/**
 * An iCalendar object (RFC 5545) with `activities` as events, for a subscription
 * (`name` set: X-WR-CALNAME) or a single download: CRLF line ends, lines folded at
 * 75 octets without splitting a character, text escaped, a UID per activity,
 * clock times with TZID and the zone's VTIMEZONE, all-day activities as dates.
 */
export function writeICalendar(activities: readonly DatedActivity[], options: ICalendarOptions, name?: string): string {
  const calendar = ical({
    prodId: { company: options.organisation, product: "Aktivitetskalender", language: "DA" },
    method: ICalCalendarMethod.PUBLISH,
    ...(name === undefined ? {} : { name }),
    // VTIMEZONEs for the zones the events name, from zone data bundled in the package (no network).
    // A calendar without events still needs one component (RFC 5545 §3.6), so it gets the zone.
    timezone: { name: activities.length === 0 ? options.zone : null, generator: getVtimezoneComponent },
    events: activities.map((activity) => eventData(activity, options)),
  });
  // RFC 5545 §3.1: every content line ends with CRLF, the last one too.
  return `${calendar.toString()}\r\n`;
}
