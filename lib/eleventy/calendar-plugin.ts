import type { SiteState } from "../site/site-state.ts";
import { addGeneratedTemplates } from "./generated-templates.ts";
import type { EleventyConfig } from "./types.ts";

/**
 * The activity calendars: a page a year (`/kalender/<year>/`) and every .ics file,
 * made by the virtual templates in `lib/eleventy/templates/kalender/` from the
 * global data `calendarPages` and `calendarFiles`; and `upcomingActivities` for
 * the home page. All three are views of SiteState, worked out once per build.
 */
export function calendarPlugin(config: EleventyConfig, { state }: { state: SiteState }): void {
  config.addGlobalData("calendarPages", () => state.calendarPages);
  config.addGlobalData("calendarFiles", () => state.calendarPages.flatMap((page) => [page.feed, ...page.activityFiles]));
  config.addGlobalData("upcomingActivities", () => state.upcomingActivities);
  addGeneratedTemplates(config, "kalender");
}
