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
  today: "2019-01-15",
  email: "sekretariatet@csrforum.dk",
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

describe("an activity over several days (Folkemødet: Thursday to Sunday)", () => {
  const folkemoedet: CalendarActivity = {
    id: "folkemoedet-2019",
    title: "Folkemødet 2019",
    date: "2019-06-13",
    endDate: "2019-06-16",
    venue: { name: "Allinge, Bornholm" },
    kind: "folkemødet",
    status: "tentative",
  };
  const page = buildCalendarPage({ year: 2019 }, [folkemoedet], [], CONTEXT);
  const june = page.months[5];

  it("is marked on each of its days in its month, and on no other", () => {
    const marked = june?.weeks.flatMap((week) => week.days).filter((day) => day.activities.length > 0).map((day) => day.date);
    expect(marked).toEqual(["2019-06-13", "2019-06-14", "2019-06-15", "2019-06-16"]);
  });

  it("says its first and last day, and that taking part is tentative though the days are known", () => {
    expect(page.activities[0]).toMatchObject({
      dateText: "torsdag den 13. juni 2019",
      lastDateText: "søndag den 16. juni 2019",
      statusLabel: "Foreløbig",
    });
  });

  it("is one all-day event in the iCalendar feed, ending the day after its last (RFC 5545 §3.6.1), marked tentative", () => {
    const event = new ICAL.Component(ICAL.parse(page.feed.text)).getFirstSubcomponent("vevent");
    expect(event?.getFirstPropertyValue("dtstart")?.toString()).toBe("2019-06-13");
    expect(event?.getFirstPropertyValue("dtend")?.toString()).toBe("2019-06-17");
    expect(event?.getFirstPropertyValue("status")).toBe("TENTATIVE");
  });

  it("runs to the day after its last in Google Calendar, and to its last day in JSON-LD", () => {
    expect(new URL(page.activities[0]?.googleUrl ?? "").searchParams.get("dates")).toBe("20190613/20190617");
    expect(JSON.stringify(page.jsonLd)).toContain('"startDate":"2019-06-13","endDate":"2019-06-16"');
  });

  it("offers no sign-up: it is not confirmed", () => {
    expect(page.activities[0]?.signupUrl).toBeUndefined();
  });
});

describe("Tilmeld dig", () => {
  const activity = (id: string, date: string, status: CalendarActivity["status"]): CalendarActivity => ({ id, title: `Møde ${id}`, date, kind: "morgenmøde", status });
  // The build's day is 15 January 2019 (CONTEXT).
  const page = buildCalendarPage(
    { year: 2019 },
    [activity("past", "2019-01-14", "confirmed"), activity("today", "2019-01-15", "confirmed"), activity("future", "2019-03-01", "confirmed"), activity("cancelled", "2019-03-02", "cancelled")],
    [],
    CONTEXT,
  );
  const signup = (id: string) => page.activities.find((view) => view.id === id)?.signupUrl;

  it("writes to the secretariat with the activity's title and date in the subject", () => {
    const url = new URL(signup("future") ?? "");
    expect(url.protocol).toBe("mailto:");
    expect(url.pathname).toBe("sekretariatet@csrforum.dk");
    expect(url.searchParams.get("subject")).toBe("Tilmelding: Møde future, fredag den 1. marts 2019");
  });

  it("is offered for confirmed activities from the build's day on, never for past or cancelled ones", () => {
    expect(signup("today")).toBeDefined();
    expect(signup("past")).toBeUndefined();
    expect(signup("cancelled")).toBeUndefined();
  });
});

describe("today", () => {
  const marked = (page: ReturnType<typeof buildCalendarPage>) =>
    page.months.flatMap((month) => month.weeks.flatMap((week) => week.days)).filter((day) => day.today).map((day) => day.date);

  it("is marked on the build's day (15 January 2019 in Copenhagen), and only there", () => {
    expect(marked(buildCalendarPage({ year: 2019 }, [], [], CONTEXT))).toEqual(["2019-01-15"]);
  });

  it("is the day the context gives, whatever the hour of the build's date", () => {
    expect(marked(buildCalendarPage({ year: 2019 }, [], [], { ...CONTEXT, today: "2019-01-16" }))).toEqual(["2019-01-16"]);
  });

  it("is not marked in another year's calendar", () => {
    const page = buildCalendarPage({ year: 2020 }, [], [], CONTEXT);
    expect(page.months.flatMap((month) => month.weeks.flatMap((week) => week.days)).some((day) => day.today)).toBe(false);
  });
});
