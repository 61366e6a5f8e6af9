import { describe, expect, it } from "vitest";
import type { LoadedCalendar } from "../../../lib/calendar/activity.ts";
import type { CalendarPage, CalendarFileOutput } from "../../../lib/calendar/calendar-page.ts";
import { calendarPlugin } from "../../../lib/eleventy/calendar-plugin.ts";
import { SiteState, UPCOMING_COUNT } from "../../../lib/site/site-state.ts";
import type { LoadedPost } from "../../../lib/content/load-posts.ts";
import type { SiteSettings } from "../../../lib/site/settings-schema.ts";
import { fakeEleventyConfig } from "../../helpers/fake-eleventy-config.ts";
import { loadedSite } from "../../helpers/loaded-post.ts";

const SETTINGS = { timeZone: "Europe/Copenhagen", url: "https://blog.csrforum.dk", organisation: "CSR Forum" } as SiteSettings;
const DRAFT: LoadedPost = {
  data: { title: "Kladde", date: "2019-04-01", draft: true, meeting: { date: "2019-04-05" } },
  body: "",
  file: "content/posts/2019/kladde.md",
  absolutePath: "/site/content/posts/2019/kladde.md",
  urlPath: "/2019/kladde/",
};
const CALENDAR: LoadedCalendar = {
  year: 2019,
  file: "data/calendar/2019.yaml",
  activities: [
    { id: "a", title: "A", date: "2019-02-01", kind: "frist", status: "confirmed" },
    { id: "b", title: "B", date: "2019-03-01", kind: "frist", status: "confirmed" },
    { id: "c", title: "C", date: "2019-05-01", kind: "frist", status: "confirmed" },
    { id: "d", title: "D", date: "2019-06-01", kind: "frist", status: "confirmed" },
  ],
};

function setUp(showDrafts: boolean) {
  const registered = fakeEleventyConfig();
  const state = new SiteState();
  state.load(loadedSite({ settings: SETTINGS, posts: [DRAFT], calendars: [CALENDAR], buildDate: new Date("2019-01-15T12:00:00Z"), showDrafts }));
  calendarPlugin(registered.config, { state });
  return (name: string) => (registered.globalData.get(name) as () => unknown)();
}

describe("calendarPlugin", () => {
  it("gives templates one page per calendar, built once per validated site", () => {
    const data = setUp(false);
    const pages = data("calendarPages") as CalendarPage[];
    expect(pages.map((page) => page.path)).toEqual(["/kalender/2019/"]);
    expect(data("calendarPages")).toBe(pages);
  });

  it("gives every calendar file: the year's feed and one per dated activity", () => {
    const files = setUp(false)("calendarFiles") as CalendarFileOutput[];
    expect(files.map((file) => file.path)).toEqual([
      "/kalender/2019.ics",
      "/kalender/2019/a.ics",
      "/kalender/2019/b.ics",
      "/kalender/2019/c.ics",
      "/kalender/2019/d.ics",
    ]);
  });

  it("gives the home page the next activities, with their place on the calendar", () => {
    const upcoming = setUp(false)("upcomingActivities") as Array<{ id: string; path: string }>;
    expect(upcoming).toHaveLength(UPCOMING_COUNT);
    expect(upcoming.map((activity) => activity.path)).toEqual(["/kalender/2019/#a", "/kalender/2019/#b", "/kalender/2019/#c"]);
  });

  it("shows a draft's meeting only where drafts are shown", () => {
    const ids = (showDrafts: boolean) => (setUp(showDrafts)("calendarPages") as CalendarPage[])[0]?.activities.map((activity) => activity.id);
    expect(ids(false)).toEqual(["a", "b", "c", "d"]);
    expect(ids(true)).toEqual(["a", "b", "kladde", "c", "d"]);
  });
});
