// The calendar's addresses on the site (fixed in the project's route table).

/** The calendar page of a year. @example calendarPath(2019) // "/kalender/2019/" */
export function calendarPath(year: number): string {
  return `/kalender/${year}/`;
}

/** The whole year's iCalendar feed. @example calendarFeedPath(2019) // "/kalender/2019.ics" */
export function calendarFeedPath(year: number): string {
  return `/kalender/${year}.ics`;
}

/** One activity's iCalendar file. @example activityIcsPath(2019, "frist") // "/kalender/2019/frist.ics" */
export function activityIcsPath(year: number, id: string): string {
  return `/kalender/${year}/${id}.ics`;
}

/**
 * The same address for calendar apps: `webcal://` makes a browser hand the feed
 * to the reader's calendar as a subscription.
 * @example webcalUrl("https://blog.csrforum.dk/kalender/2019.ics") // "webcal://blog.csrforum.dk/kalender/2019.ics"
 */
export function webcalUrl(httpUrl: string): string {
  return httpUrl.replace(/^https?:/, "webcal:");
}
