import ICAL from "ical.js";
import { describe, expect, it } from "vitest";
import type { CalendarActivity } from "../../../lib/calendar/activity.ts";
import { buildCalendarPage } from "../../../lib/calendar/calendar-page.ts";
import type { LoadedPost } from "../../../lib/content/load-posts.ts";

const POST: LoadedPost = {
  data: { title: "Morgenmøde i marts", date: "2019-03-05", meeting: { date: "2019-03-01" } },
  body: "",
  file: "content/posts/2019/marts.md",
  absolutePath: "/site/content/posts/2019/marts.md",
  urlPath: "/2019/morgenmoede-i-marts/",
};
const ACTIVITIES: CalendarActivity[] = [
  {
    id: "marts",
    title: "Morgenmøde",
    date: "2019-03-01",
    start: "08:30",
    end: "10:00",
    venue: { name: "IBM Danmark", address: "Prøvevej 1" },
    kind: "morgenmøde",
    status: "confirmed",
    post: POST,
  },
  { id: "lancering", title: "Lancering", kind: "lancering", status: "tentative" },
];
const CONTEXT = {
  zone: "Europe/Copenhagen",
  publicUrl: (sitePath: string) => `https://blog.csrforum.dk${sitePath}`,
  uidHost: "blog.csrforum.dk",
  organisation: "CSR Forum",
  buildDate: new Date("2019-01-15T12:00:00Z"),
};

describe("buildCalendarPage", () => {
  const page = buildCalendarPage({ year: 2019, description: "Året." }, ACTIVITIES, [], CONTEXT);

  it("names the page and its subscription addresses", () => {
    expect(page).toMatchObject({
      year: 2019,
      title: "Aktivitetskalender 2019",
      description: "Året.",
      path: "/kalender/2019/",
      feedPath: "/kalender/2019.ics",
      feedUrl: "https://blog.csrforum.dk/kalender/2019.ics",
      webcalUrl: "webcal://blog.csrforum.dk/kalender/2019.ics",
    });
  });

  it("explains the grid's two kinds of holiday in Danish, public holidays first", () => {
    expect(page.holidayTypes).toEqual([
      { type: "public", label: "Helligdag" },
      { type: "observance", label: "Mærkedag" },
    ]);
  });

  it("tells each activity in Danish, with its post and its calendar links", () => {
    const [dated, undated] = page.activities;
    expect(dated).toMatchObject({
      dateText: "fredag den 1. marts 2019",
      dateTime: "2019-03-01T08:30:00+01:00",
      timeText: "kl. 8.30–10.00",
      venueText: "IBM Danmark, Prøvevej 1",
      kindLabel: "Morgenmøde",
      statusLabel: "Bekræftet",
      postPath: "/2019/morgenmoede-i-marts/",
      postTitle: "Morgenmøde i marts",
      icsPath: "/kalender/2019/marts.ics",
    });
    expect(dated?.googleUrl).toContain("dates=20190301T083000%2F20190301T100000");
    expect(undated).toMatchObject({ statusLabel: "Foreløbig – dato følger", kindLabel: "Lancering" });
    for (const field of ["dateText", "icsPath", "googleUrl"]) expect(undated).not.toHaveProperty(field);
  });

  it("writes the year's feed and one file per dated activity, pointing at the post", () => {
    expect(page.feed.path).toBe("/kalender/2019.ics");
    expect(page.activityFiles.map((file) => file.path)).toEqual(["/kalender/2019/marts.ics"]);
    const event = new ICAL.Component(ICAL.parse(page.activityFiles[0]?.text ?? "")).getFirstSubcomponent("vevent");
    expect(event?.getFirstPropertyValue("uid")).toBe("marts@blog.csrforum.dk");
    expect(event?.getFirstPropertyValue("url")).toBe("https://blog.csrforum.dk/2019/morgenmoede-i-marts/");
  });

  it("puts dated activities in the grid and in the JSON-LD, linked to their place on the page", () => {
    const march = page.months[2]?.weeks.flatMap((week) => week.days).find((day) => day.date === "2019-03-01" && day.inMonth);
    expect(march?.activities.map((activity) => activity.id)).toEqual(["marts"]);
    expect(page.jsonLd).toMatchObject({ "@graph": [{ "@id": "https://blog.csrforum.dk/kalender/2019/#marts" }] });
  });

  it("has no JSON-LD when no activity has a date", () => {
    expect(buildCalendarPage({ year: 2019 }, [ACTIVITIES[1] as CalendarActivity], [], CONTEXT).jsonLd).toBeUndefined();
  });
});
