import { describe, expect, it } from "vitest";
import type { LoadedCalendar } from "../../../lib/calendar/activity.ts";
import { SiteState } from "../../../lib/site/site-state.ts";
import { loadedPost, loadedSite } from "../../helpers/loaded-post.ts";

const MEETING = { date: "2019-04-05", start: "08:30", venue: { name: "Aarhus" } };
const first = loadedPost("content/posts/2019/et-moede.md", {
  title: "Et møde",
  date: "2019-04-05",
  meeting: MEETING,
  speakers: [{ name: "Anna Holm", organisation: "Novo" }],
});
const second = loadedPost("content/posts/2019/et-andet-moede.md", { title: "Et andet møde", date: "2019-05-01" });
const calendar: LoadedCalendar = { year: 2019, file: "data/calendar/2019.yaml", activities: [] };

/** A SiteState after loading the two posts, as the dev server's first build does. */
function loaded(): SiteState {
  const state = new SiteState();
  state.load(loadedSite({ posts: [first, second], calendars: [calendar] }));
  return state;
}

describe("SiteState across the dev server's rebuilds", () => {
  it("keeps the views when only a post's text has changed, and lists the new read of the post", () => {
    const state = loaded();
    const { calendarPages, relatedPosts } = state;
    const people = state.listings.people;
    const generation = state.viewsGeneration;
    const rewritten = { ...first, body: "Ny tekst." };
    state.load(loadedSite({ posts: [rewritten, second], calendars: [calendar] }));
    expect(state.viewsGeneration).toBe(generation);
    expect(state.calendarPages).toBe(calendarPages);
    expect(state.relatedPosts).toBe(relatedPosts);
    expect(state.listings.people).toBe(people);
    // What the listings give templates is the new read, so the post can be found by it.
    expect(state.listings.published).toContain(rewritten);
    expect(state.listings.published).not.toContain(first);
    expect(state.post(first.absolutePath)).toBe(rewritten);
  });

  it("works the views out again when a post's front matter changes", () => {
    const state = loaded();
    const calendarPages = state.calendarPages;
    const generation = state.viewsGeneration;
    const retitled = { ...first, data: { ...first.data, title: "Et møde om klima" } };
    state.load(loadedSite({ posts: [retitled, second], calendars: [calendar] }));
    expect(state.viewsGeneration).toBe(generation + 1);
    expect(state.calendarPages).not.toBe(calendarPages);
    expect(state.listings.archive.flatMap((year) => year.months.flatMap((month) => month.posts.map((post) => post.data.title)))).toContain("Et møde om klima");
    expect(state.calendarPages.flatMap((page) => JSON.stringify(page)).join("")).toContain("Et møde om klima");
  });

  it("works the views out again when a post is added or removed, or the day changes", () => {
    const state = loaded();
    let generation = state.viewsGeneration;
    state.load(loadedSite({ posts: [first], calendars: [calendar] }));
    expect(state.viewsGeneration).toBe(++generation);
    expect(state.listings.published).toEqual([first]);
    state.load(loadedSite({ posts: [first], calendars: [calendar], buildDate: new Date("2100-01-02T12:00:00Z") }));
    expect(state.viewsGeneration).toBe(++generation);
    // The same day at another hour is the same views.
    state.load(loadedSite({ posts: [first], calendars: [calendar], buildDate: new Date("2100-01-02T18:00:00Z") }));
    expect(state.viewsGeneration).toBe(generation);
  });
});

describe("SiteState's today", () => {
  it("is the build's day in the site's zone, and what upcoming activities and the calendar's marked day are measured from", () => {
    const activities: LoadedCalendar["activities"] = [
      { id: "nytaarsaften", title: "Nytårsaften", date: "2019-12-31", kind: "netværksmøde", status: "confirmed" },
    ];
    const state = new SiteState();
    // 23:30 UTC on 30 December is already 31 December in Copenhagen.
    state.load(loadedSite({ calendars: [{ ...calendar, activities }], buildDate: new Date("2019-12-30T23:30:00Z") }));
    expect(state.today).toBe("2019-12-31");
    expect(state.upcomingActivities.map((activity) => activity.id)).toEqual(["nytaarsaften"]);
    const marked = state.calendarPages[0]?.months.flatMap((month) => month.weeks.flatMap((week) => week.days)).filter((day) => day.today);
    expect(marked?.map((day) => day.date)).toEqual(["2019-12-31"]);
  });
});
