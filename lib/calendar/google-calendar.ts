import { DateTime } from "luxon";
import { parseClockTime } from "../dates/clock-time.ts";
import type { DatedActivity } from "./activity.ts";

const GOOGLE_TEMPLATE = "https://calendar.google.com/calendar/render";

/** A date, or a local date and time, as Google's `dates` parameter writes it. */
function googleDate(date: string, time?: string): string {
  const compact = date.replaceAll("-", "");
  if (time === undefined) return compact;
  const { hour, minute } = parseClockTime(time);
  return `${compact}T${String(hour).padStart(2, "0")}${String(minute).padStart(2, "0")}00`;
}

/**
 * A link that opens Google Calendar with the activity filled in. Times are local
 * to `zone` (the `ctz` parameter), so they arrive right in summer and winter; an
 * all-day activity ends, as in iCalendar, on the next day.
 * @example googleCalendarUrl({ title: "Frist", date: "2019-06-14", … }, "Europe/Copenhagen", "https://…") // "…&dates=20190614%2F20190615…"
 */
export function googleCalendarUrl(activity: DatedActivity, zone: string, moreInformation: string): string {
  const dates =
    activity.start === undefined
      ? `${googleDate(activity.date)}/${googleDate(DateTime.fromISO(activity.date, { zone: "UTC" }).plus({ days: 1 }).toISODate() ?? "")}`
      : `${googleDate(activity.date, activity.start)}/${googleDate(activity.date, activity.end ?? activity.start)}`;
  const details = [activity.description, moreInformation].filter(Boolean).join("\n\n");
  const params = new URLSearchParams({ action: "TEMPLATE", text: activity.title, dates, ctz: zone, details });
  if (activity.venue !== undefined) {
    params.set("location", [activity.venue.name, activity.venue.address].filter(Boolean).join(", "));
  }
  return `${GOOGLE_TEMPLATE}?${params.toString()}`;
}
