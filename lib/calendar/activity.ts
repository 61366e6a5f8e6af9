import type { LoadedPost } from "../content/load-posts.ts";
import { minutesSinceMidnight } from "../dates/clock-time.ts";
import type { ActivityEntry } from "./calendar-schema.ts";

/** An activity with its link to a post resolved: what the calendar shows. */
export interface CalendarActivity extends Omit<ActivityEntry, "post"> {
  /** The post that covers the activity, when there is one (and it is published). */
  post?: LoadedPost;
}

/** An activity whose day is fixed: it has a place in the grid and in calendar files. */
export type DatedActivity = CalendarActivity & { date: string };

/** A year's validated calendar, its links to posts resolved. */
export interface LoadedCalendar {
  year: number;
  /** Repository-relative path of its file, e.g. `data/calendar/2019.yaml`. */
  file: string;
  description?: string;
  /** The activities as the file lists them. */
  activities: readonly CalendarActivity[];
}

/** True when the activity's day is fixed. */
export function isDated(activity: CalendarActivity): activity is DatedActivity {
  return activity.date !== undefined;
}

/**
 * Calendar order: by day, all-day activities before timed ones, then by start
 * time and title; activities without a date last, in the order given (a stable
 * sort keeps the file's order, which the secretariat chose).
 */
export function compareActivities(a: CalendarActivity, b: CalendarActivity): number {
  if (a.date === undefined || b.date === undefined) {
    if (a.date === b.date) return 0;
    return a.date === undefined ? 1 : -1;
  }
  if (a.date !== b.date) {
    return a.date < b.date ? -1 : 1;
  }
  // All-day activities (-1) come first.
  const startA = a.start === undefined ? -1 : minutesSinceMidnight(a.start);
  const startB = b.start === undefined ? -1 : minutesSinceMidnight(b.start);
  if (startA !== startB) return startA - startB;
  return a.title.localeCompare(b.title, "da");
}
