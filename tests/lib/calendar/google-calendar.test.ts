import { describe, expect, it } from "vitest";
import type { DatedActivity } from "../../../lib/calendar/activity.ts";
import { googleCalendarUrl } from "../../../lib/calendar/google-calendar.ts";

const params = (url: string) => Object.fromEntries(new URL(url).searchParams);

describe("googleCalendarUrl", () => {
  it("opens Google Calendar's event template with local times in the site's zone", () => {
    const activity: DatedActivity = {
      id: "marts",
      title: "Morgenmøde & frivillighed",
      date: "2019-03-01",
      start: "8:30",
      end: "10:00",
      venue: { name: "IBM Danmark", address: "Prøvevej 1, 2000 Frederiksberg" },
      description: "Oplæg og dialog.",
      kind: "morgenmøde",
      status: "confirmed",
    };
    const url = googleCalendarUrl(activity, "Europe/Copenhagen", "https://blog.csrforum.dk/kalender/2019/#marts");
    expect(url.startsWith("https://calendar.google.com/calendar/render?action=TEMPLATE&")).toBe(true);
    expect(params(url)).toEqual({
      action: "TEMPLATE",
      text: "Morgenmøde & frivillighed",
      dates: "20190301T083000/20190301T100000",
      ctz: "Europe/Copenhagen",
      details: "Oplæg og dialog.\n\nhttps://blog.csrforum.dk/kalender/2019/#marts",
      location: "IBM Danmark, Prøvevej 1, 2000 Frederiksberg",
    });
  });

  it("gives an all-day activity the next day as its end, across a month and a year", () => {
    const activity: DatedActivity = { id: "f", title: "Frist", date: "2019-12-31", kind: "frist", status: "confirmed" };
    const { dates, location } = params(googleCalendarUrl(activity, "Europe/Copenhagen", "https://x.dk/"));
    expect(dates).toBe("20191231/20200101");
    expect(location).toBeUndefined();
  });

  it("ends a timed activity without an end when it starts", () => {
    const activity: DatedActivity = { id: "f", title: "Frist", date: "2019-06-14", start: "12:00", kind: "frist", status: "confirmed" };
    expect(params(googleCalendarUrl(activity, "Europe/Copenhagen", "https://x.dk/")).dates).toBe("20190614T120000/20190614T120000");
  });
});
