import { DateTime } from "luxon";
import { type DatedActivity, activityDays } from "./activity.ts";
import type { Holiday } from "./holidays.ts";

/** The weekdays as a Danish calendar heads its columns: Monday first. */
export const WEEKDAYS: ReadonlyArray<{ short: string; long: string }> = [
  { short: "man", long: "mandag" },
  { short: "tir", long: "tirsdag" },
  { short: "ons", long: "onsdag" },
  { short: "tor", long: "torsdag" },
  { short: "fre", long: "fredag" },
  { short: "lør", long: "lørdag" },
  { short: "søn", long: "søndag" },
];

/** One cell of a month's table. */
export interface CalendarDay {
  /** `YYYY-MM-DD`. */
  date: string;
  /** Day of the month, 1–31. */
  day: number;
  /**
   * False for the days of the previous and next month that fill the first and last
   * week; they carry no holidays or activities (those show in their own month).
   */
  inMonth: boolean;
  holidays: Holiday[];
  activities: DatedActivity[];
  /** The build's day: marked on the page when it falls in the year. */
  today: boolean;
}

/** One row: an ISO week, Monday to Sunday. */
export interface CalendarWeek {
  /** ISO 8601 week number: week 1 is the week with the year's first Thursday. */
  number: number;
  days: CalendarDay[];
}

export interface CalendarMonth {
  year: number;
  /** 1–12. */
  month: number;
  /** The Danish month name, lower case as Danish writes it: "januar". */
  name: string;
  weeks: CalendarWeek[];
}

/** Items grouped by their `date`. */
function byDate<Item extends { date: string }>(items: readonly Item[]): Map<string, Item[]> {
  const groups = new Map<string, Item[]>();
  for (const item of items) groups.set(item.date, [...(groups.get(item.date) ?? []), item]);
  return groups;
}

/**
 * The twelve months of `year` as a wall calendar shows them: whole ISO weeks,
 * Monday first, numbered as in Denmark (ISO 8601), with each day's holidays and
 * activities in the order given, and `today` (the build's day in the site's zone) marked.
 * Dates carry no time zone, so neither does this.
 * @example buildCalendarMonths(2019, [], [])[0].weeks[0].days[0].date // "2018-12-31", in week 1
 */
export function buildCalendarMonths(
  year: number,
  activities: readonly DatedActivity[],
  holidays: readonly Holiday[],
  today = "",
): CalendarMonth[] {
  // An activity over several days shows on each of them.
  const activitiesByDate = byDate(activities.flatMap((activity) => activityDays(activity).map((date) => ({ ...activity, date, activity }))));
  const holidaysByDate = byDate(holidays);
  return Array.from({ length: 12 }, (_, index): CalendarMonth => {
    const first = DateTime.fromObject({ year, month: index + 1, day: 1 }, { zone: "UTC", locale: "da" });
    const last = first.endOf("month").startOf("day");
    const weeks: CalendarWeek[] = [];
    for (let monday = first.startOf("week"); monday <= last; monday = monday.plus({ weeks: 1 })) {
      const days = Array.from({ length: 7 }, (_, offset): CalendarDay => {
        const day = monday.plus({ days: offset });
        const date = day.toISODate() ?? "";
        const inMonth = day.month === first.month;
        return {
          date,
          day: day.day,
          inMonth,
          holidays: inMonth ? (holidaysByDate.get(date) ?? []) : [],
          activities: inMonth ? (activitiesByDate.get(date) ?? []).map((entry) => entry.activity) : [],
          today: inMonth && date === today,
        };
      });
      weeks.push({ number: monday.weekNumber, days });
    }
    return { year, month: first.month, name: first.toFormat("LLLL"), weeks };
  });
}
