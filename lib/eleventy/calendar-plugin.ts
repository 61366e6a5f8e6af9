import type { LoadedSite } from "../site/load-site.ts";
import { type CalendarPage, buildCalendarPage } from "../calendar/calendar-page.ts";
import { danishHolidays } from "../calendar/holidays.ts";
import { calendarPath } from "../calendar/routes.ts";
import { upcomingActivities } from "../calendar/upcoming.ts";
import { absoluteUrl, normalizePathPrefix } from "../site/urls.ts";
import type { SiteState } from "./site-state.ts";
import type { EleventyConfig } from "./types.ts";

/** How many upcoming activities the home page lists. */
export const UPCOMING_COUNT = 3;

/**
 * The activity calendars as template data: `calendarPages` (one page a year, for
 * `content/kalender/kalender.njk`), `calendarFiles` (every .ics, for
 * `content/kalender/ics.njk`) and `upcomingActivities` (for the home page).
 */
export function calendarPlugin(config: EleventyConfig, { state }: { state: SiteState }): void {
  // Built once per validated site: the three data sets share the pages.
  let built: { site: LoadedSite; pages: CalendarPage[] } | undefined;
  const pages = (): CalendarPage[] => {
    const site = state.site;
    if (built?.site !== site) {
      const context = {
        zone: site.settings.timeZone,
        publicUrl: (sitePath: string) => absoluteUrl(site.siteUrl, normalizePathPrefix(config.pathPrefix), sitePath),
        uidHost: new URL(site.settings.url).host,
        organisation: site.settings.organisation,
        buildDate: site.buildDate,
        email: site.settings.email,
      };
      built = {
        site,
        pages: state
          .calendars()
          .map(({ calendar, activities }) => buildCalendarPage(calendar, activities, danishHolidays(calendar.year), context)),
      };
    }
    return built.pages;
  };

  config.addGlobalData("calendarPages", () => pages());
  config.addGlobalData("calendarFiles", () => pages().flatMap((page) => [page.feed, ...page.activityFiles]));
  config.addGlobalData("upcomingActivities", () =>
    upcomingActivities(
      state.calendars().map(({ calendar, activities }) => ({ year: calendar.year, activities })),
      state.site.buildDate,
      state.site.settings.timeZone,
      UPCOMING_COUNT,
    ).map(({ year, activity }) => ({ ...activity, path: `${calendarPath(year)}#${activity.id}` })),
  );
}
