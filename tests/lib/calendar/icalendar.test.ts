import ICAL from "ical.js";
import { describe, expect, it } from "vitest";
import type { DatedActivity } from "../../../lib/calendar/activity.ts";
import { type ICalendarOptions, writeICalendar } from "../../../lib/calendar/icalendar.ts";

const OPTIONS: ICalendarOptions = {
  zone: "Europe/Copenhagen",
  host: "blog.csrforum.dk",
  stamp: new Date("2019-01-15T12:00:00Z"),
  organisation: "CSR Forum",
  activityUrl: (activity) => `https://blog.csrforum.dk/kalender/2019/#${activity.id}`,
};

const WINTER: DatedActivity = {
  id: "morgenmoede-marts",
  title: "Morgenmøde om frivillighed",
  date: "2019-03-01",
  start: "08:30",
  end: "10:00",
  venue: { name: "IBM Danmark", address: "Prøvevej 1, 2000 Frederiksberg" },
  kind: "morgenmøde",
  status: "confirmed",
};
const SUMMER: DatedActivity = { ...WINTER, id: "morgenmoede-juni", date: "2019-06-14", status: "tentative" };
const ALL_DAY: DatedActivity = { id: "frist", title: "Frist for projektbeskrivelsen", date: "2019-12-20", kind: "frist", status: "cancelled" };

/** The text parsed by ical.js, with the zones it defines registered so TZIDs resolve. */
function parse(text: string): ICAL.Component {
  const calendar = new ICAL.Component(ICAL.parse(text));
  for (const zone of calendar.getAllSubcomponents("vtimezone")) ICAL.TimezoneService.register(zone);
  return calendar;
}

const events = (calendar: ICAL.Component) => calendar.getAllSubcomponents("vevent").map((event) => new ICAL.Event(event));
const utc = (time: ICAL.Time) => time.convertToZone(ICAL.Timezone.utcTimezone).toString();

describe("writeICalendar, read back by ical.js", () => {
  const text = writeICalendar([WINTER, SUMMER, ALL_DAY], OPTIONS, "Aktivitetskalender 2019");
  const calendar = parse(text);

  it("is a published calendar with a product id and a name", () => {
    expect(calendar.getFirstPropertyValue("version")).toBe("2.0");
    expect(calendar.getFirstPropertyValue("prodid")).toBe("-//CSR Forum//Aktivitetskalender//DA");
    expect(calendar.getFirstPropertyValue("method")).toBe("PUBLISH");
    expect(calendar.getFirstPropertyValue("x-wr-calname")).toBe("Aktivitetskalender 2019");
  });

  it("gives every event a UID, DTSTAMP, DTSTART and SUMMARY", () => {
    for (const event of calendar.getAllSubcomponents("vevent")) {
      for (const property of ["uid", "dtstamp", "dtstart", "summary"]) expect(event.hasProperty(property), property).toBe(true);
    }
    expect(events(calendar).map((event) => event.uid)).toEqual([
      "morgenmoede-marts@blog.csrforum.dk",
      "morgenmoede-juni@blog.csrforum.dk",
      "frist@blog.csrforum.dk",
    ]);
  });

  it("stamps events with the build's date, in UTC", () => {
    const stamp = calendar.getFirstSubcomponent("vevent")?.getFirstPropertyValue("dtstamp") as ICAL.Time;
    expect(stamp.zone).toBe(ICAL.Timezone.utcTimezone);
    expect(stamp.toString()).toBe("2019-01-15T12:00:00Z");
    expect(text).toContain("DTSTAMP:20190115T120000Z\r\n");
  });

  it("defines the zone its times name, so 08:30 in Copenhagen is 07:30 UTC in winter and 06:30 UTC in summer", () => {
    expect(calendar.getAllSubcomponents("vtimezone").map((zone) => zone.getFirstPropertyValue("tzid"))).toEqual(["Europe/Copenhagen"]);
    const [winter, summer] = events(calendar);
    expect(winter?.startDate.zone.tzid).toBe("Europe/Copenhagen");
    expect(utc(winter!.startDate)).toBe("2019-03-01T07:30:00Z");
    expect(utc(winter!.endDate)).toBe("2019-03-01T09:00:00Z");
    expect(utc(summer!.startDate)).toBe("2019-06-14T06:30:00Z");
    expect(text).toContain("DTSTART;TZID=Europe/Copenhagen:20190301T083000\r\n");
  });

  it("writes an all-day activity as a date that ends the next day", () => {
    const allDay = events(calendar)[2];
    expect(allDay?.startDate.isDate).toBe(true);
    expect(allDay?.startDate.toString()).toBe("2019-12-20");
    expect(allDay?.endDate.toString()).toBe("2019-12-21");
    expect(text).toContain("DTSTART;VALUE=DATE:20191220\r\n");
  });

  it("carries status, location and the web page", () => {
    expect(calendar.getAllSubcomponents("vevent").map((event) => event.getFirstPropertyValue("status"))).toEqual([
      "CONFIRMED",
      "TENTATIVE",
      "CANCELLED",
    ]);
    const first = calendar.getFirstSubcomponent("vevent");
    expect(first?.getFirstPropertyValue("location")).toBe("IBM Danmark, Prøvevej 1, 2000 Frederiksberg");
    expect(first?.getFirstPropertyValue("url")).toBe("https://blog.csrforum.dk/kalender/2019/#morgenmoede-marts");
  });

  it("ends every line with CRLF and has no bare line feeds", () => {
    expect(text.endsWith("END:VCALENDAR\r\n")).toBe(true);
    expect(text.replaceAll("\r\n", "")).not.toMatch(/[\r\n]/);
  });
});

describe("folding and escaping", () => {
  const hostile: DatedActivity = {
    ...WINTER,
    title: `Møde; om, "alt" \\ og\nmere: ${"æøå ÆØÅ – ".repeat(20)}😀 slut`,
    description: `Første linje\nAnden linje med komma, semikolon; og backslash \\ ${"ø".repeat(100)}`,
  };
  const text = writeICalendar([hostile], OPTIONS);

  it("folds lines at 75 octets without splitting a character", () => {
    const lines = text.split("\r\n");
    for (const line of lines) expect(Buffer.byteLength(line, "utf8"), line).toBeLessThanOrEqual(75);
    expect(lines.filter((line) => line.startsWith(" ")).length).toBeGreaterThan(3);
    // Every line is whole UTF-8 by itself: decoding it alone loses nothing.
    for (const line of lines) expect(Buffer.from(line, "utf8").toString("utf8")).not.toContain("\uFFFD");
  });

  it("escapes TEXT so the parser gives back exactly what was written", () => {
    const [event] = events(parse(text));
    expect(event?.summary).toBe(hostile.title);
    expect(event?.description).toBe(hostile.description);
    expect(text).toContain("SUMMARY:Møde\\; om\\, \"alt\" \\\\ og\\nmere:");
  });
});

describe("a calendar without events", () => {
  it("still has a component, the zone, and parses", () => {
    const calendar = parse(writeICalendar([], OPTIONS, "Aktivitetskalender 2019"));
    expect(calendar.getAllSubcomponents("vevent")).toEqual([]);
    expect(calendar.getFirstSubcomponent("vtimezone")?.getFirstPropertyValue("tzid")).toBe("Europe/Copenhagen");
  });
});

describe("the same input", () => {
  it("gives the same bytes, whatever the machine's zone", () => {
    const original = process.env.TZ;
    try {
      process.env.TZ = "America/Los_Angeles";
      const west = writeICalendar([WINTER, ALL_DAY], OPTIONS, "K");
      process.env.TZ = "Asia/Tokyo";
      const east = writeICalendar([WINTER, ALL_DAY], OPTIONS, "K");
      expect(west).toBe(east);
      expect(west).toContain("DTSTAMP:20190115T120000Z");
    } finally {
      process.env.TZ = original;
    }
  });
});
