import { sdgName } from "../content/sdgs.ts";
import { serializeJsonForScript } from "../text/json-script.ts";
import { formatClockRange, formatLongDate, formatMonthYear, formatShortDate, yearInZone, zonedDateTime } from "../dates/format.ts";
import type { SiteState } from "./site-state.ts";
import type { EleventyConfig } from "./types.ts";

/**
 * The template filters: Danish dates in the site's time zone (from the validated
 * settings, never the build machine's zone) and the goals' Danish names.
 */
export function filtersPlugin(config: EleventyConfig, { state }: { state: SiteState }): void {
  const zone = () => state.site.settings.timeZone;
  config.addFilter("longDate", (isoDate: string) => formatLongDate(isoDate, zone()));
  config.addFilter("shortDate", (isoDate: string) => formatShortDate(isoDate, zone()));
  config.addFilter("monthYear", (isoDate: string) => formatMonthYear(isoDate, zone()));
  config.addFilter("clockRange", (start: string, end?: string) => formatClockRange(start, end));
  config.addFilter("zonedDateTime", (isoDate: string, time?: string) => zonedDateTime(isoDate, time, zone()));
  config.addFilter("year", (moment: Date) => yearInZone(moment, zone()));
  config.addFilter("sdgName", (goal: number) => sdgName(goal));
  // Output is safe inside <script type="application/ld+json">; mark it `| safe` there only.
  config.addFilter("jsonScript", (value: unknown) => serializeJsonForScript(value));
}
