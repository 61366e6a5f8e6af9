import { type CalendarActivity, type DatedActivity, compareActivities, isDated } from "./activity.ts";

/** An upcoming activity with the year of the calendar it is on, for the link to it. */
export interface UpcomingActivity {
  year: number;
  activity: DatedActivity;
}

/**
 * The next `count` activities from `today` on (the build's day in the site's
 * zone, `YYYY-MM-DD`, today included), across all calendars. Cancelled
 * activities are left out: the list is of what readers can still come to.
 * @example upcomingActivities([{ year: 2019, activities }], "2019-03-01", 3)
 */
export function upcomingActivities(
  calendars: ReadonlyArray<{ year: number; activities: readonly CalendarActivity[] }>,
  today: string,
  count: number,
): UpcomingActivity[] {
  return calendars
    .flatMap(({ year, activities }) =>
      activities.filter(isDated).flatMap((activity) =>
        activity.date >= today && activity.status !== "cancelled" ? [{ year, activity }] : [],
      ),
    )
    .sort((a, b) => compareActivities(a.activity, b.activity))
    .slice(0, count);
}
