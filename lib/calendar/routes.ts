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
 * An absolute URL from the site's public address and a root-relative path, for
 * what leaves the HTML (calendar files, JSON-LD, links for other apps), where the
 * base plugin does not rewrite addresses. The one place the calendar builds them.
 * @example absoluteUrl("https://blog.csrforum.dk", "/kalender/2019.ics") // "https://blog.csrforum.dk/kalender/2019.ics"
 */
export function absoluteUrl(baseUrl: string, urlPath: string): string {
  const base = baseUrl.endsWith("/") ? baseUrl : `${baseUrl}/`;
  return new URL(urlPath.replace(/^\/+/, ""), base).href;
}

/**
 * The same address for calendar apps: `webcal://` makes a browser hand the feed
 * to the reader's calendar as a subscription.
 * @example webcalUrl("https://blog.csrforum.dk/kalender/2019.ics") // "webcal://blog.csrforum.dk/kalender/2019.ics"
 */
export function webcalUrl(httpUrl: string): string {
  return httpUrl.replace(/^https?:/, "webcal:");
}
