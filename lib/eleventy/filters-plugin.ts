import { remembered } from "../cache/remembered.ts";
import { sdgName } from "../content/sdgs.ts";
import { serializeJsonForScript } from "../text/json-script.ts";
import { formatClockRange, formatLongDate, formatMonthYear, formatShortDate, yearInZone, zonedDateTime } from "../dates/format.ts";
import type { SiteState } from "../site/site-state.ts";
import type { EleventyConfig } from "./types.ts";

/**
 * The template filters: Danish dates in the site's time zone (from the validated
 * settings, never the build machine's zone) and the goals' Danish names.
 */
export function filtersPlugin(config: EleventyConfig, { state }: { state: SiteState }): void {
  const zone = () => state.site.settings.timeZone;
  // Remembered: a build formats each date many times (its page, listings, feeds),
  // and each luxon date in a named zone asks Intl for the offset (~10% of a build).
  const longDate = remembered(formatLongDate);
  const shortDate = remembered(formatShortDate);
  const monthYear = remembered(formatMonthYear);
  const dateTime = remembered(zonedDateTime);
  // Every page's footer asks the build date's year: one luxon DateTime in the zone a page.
  const yearOfMoment = remembered((milliseconds: number, zoneName: string) => yearInZone(new Date(milliseconds), zoneName));
  config.addFilter("longDate", (isoDate: string) => longDate(isoDate, zone()));
  config.addFilter("shortDate", (isoDate: string) => shortDate(isoDate, zone()));
  config.addFilter("monthYear", (isoDate: string) => monthYear(isoDate, zone()));
  config.addFilter("clockRange", (start: string, end?: string) => formatClockRange(start, end));
  config.addFilter("zonedDateTime", (isoDate: string, time?: string) => dateTime(isoDate, time, zone()));
  config.addFilter("year", (moment: Date) => yearOfMoment(moment.getTime(), zone()));
  config.addFilter("sdgName", (goal: number) => sdgName(goal));
  // Output is safe inside <script type="application/ld+json">; mark it `| safe` there only.
  config.addFilter("jsonScript", (value: unknown) => serializeJsonForScript(value));
}
