import { readFile } from "node:fs/promises";
import path from "node:path";
import ICAL from "ical.js";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ContentError } from "../../lib/validation/problems.ts";
import { type FixtureSite, type ParsedPage, createFixtureSite, post, readable, removeFixtureSite } from "../helpers/fixture-site.ts";

// The fixture builds on 15 January 2019, before the year's activities; the posts
// announcing two of them are already out.
const BUILD_EPOCH = "1547553600";
const CALENDAR_2019 = `# Kommentarer er tilladt
description: Netværkets år.
activities:
  - id: morgenmoede-marts
    title: "Morgenmøde om frivillighed"
    date: 2019-03-01
    start: "08:30"
    end: "10:00"
    venue:
      name: IBM Danmark
      address: Prøvevej 1, 2000 Frederiksberg
    kind: morgenmøde
    status: confirmed
    post: /2019/morgenmoede-om-frivillighed/
  - id: julefrokost
    title: "Julefrokost <i>med</i> task forcen"
    date: 2019-12-06
    kind: andet
    status: cancelled
  - id: frist-projektbeskrivelse
    title: Frist for projektbeskrivelsen
    date: 2019-05-17
    kind: frist
    status: tentative
  - id: lancering
    title: Lancering af projektet
    kind: lancering
    status: tentative
`;

const MARCH_POST = post(
  "Morgenmøde om frivillighed",
  "2019-01-10",
  'meeting:\n  date: 2019-03-01\n  start: "08:30"\n  end: "10:00"\n',
);
const JUNE_POST = post("Netværksmøde i juni", "2019-01-12", 'meeting:\n  date: 2019-06-14\n  start: "08:30"\n  end: "10:00"\n');
const DRAFT_POST = post("Kladde om oktober", "2019-10-10", "draft: true\nmeeting:\n  date: 2019-10-04\n");

/** An element of a parsed page. */
type PageNode = NonNullable<ReturnType<ParsedPage["querySelector"]>>;

let site: FixtureSite;
let page: ParsedPage;

beforeAll(async () => {
  site = await createFixtureSite({ "2019/marts.md": MARCH_POST, "2019/juni.md": JUNE_POST, "2019/kladde.md": DRAFT_POST });
  await site.write("data/calendar/2019.yaml", CALENDAR_2019);
  await site.write("data/calendar/2025.yaml", "activities: []\n");
  await site.build({ SOURCE_DATE_EPOCH: BUILD_EPOCH });
  page = await site.page("/kalender/2019/");
});
afterAll(async () => {
  await removeFixtureSite(site);
});

/** The cell of a day in its own month's table. */
const cell = (date: string) => page.querySelector(`td[data-date="${date}"]`);
const texts = (selector: string, root: ParsedPage | PageNode = page) => [...root.querySelectorAll(selector)].map((node) => readable(node));

describe("the calendar page /kalender/2019/", () => {
  it("is titled Aktivitetskalender 2019", () => {
    expect(readable(page.querySelector("h1"))).toBe("Aktivitetskalender 2019");
    expect(readable(page.querySelector("title"))).toMatch(/^Aktivitetskalender 2019 – /);
    expect(readable(page.querySelector(".calendar-intro"))).toBe("Netværkets år.");
  });

  it("has twelve month tables with captions, weekday column heads Monday first and week numbers", () => {
    const tables = [...page.querySelectorAll("table.calendar-month")];
    expect(tables).toHaveLength(12);
    expect(tables.map((table) => readable(table.querySelector("caption")))).toEqual([
      "Januar 2019", "Februar 2019", "Marts 2019", "April 2019", "Maj 2019", "Juni 2019",
      "Juli 2019", "August 2019", "September 2019", "Oktober 2019", "November 2019", "December 2019",
    ]);
    for (const table of tables) {
      expect(texts('thead th[scope="col"]', table)).toEqual(["Uge", "man", "tir", "ons", "tor", "fre", "lør", "søn"]);
    }
    expect(texts('tbody th[scope="row"]', tables[0] as PageNode)).toEqual(["1", "2", "3", "4", "5"]);
    expect(texts('tbody th[scope="row"]', tables[11] as PageNode)).toEqual(["48", "49", "50", "51", "52", "1"]);
  });

  it("dims the days of neighbouring months and hides them from screen readers", () => {
    const january = page.querySelector("table.calendar-month");
    const firstRow = january?.querySelector("tbody tr");
    const firstCell = firstRow?.querySelectorAll("td")[0];
    expect(firstCell?.classList.contains("calendar-day-outside")).toBe(true);
    expect(firstCell?.querySelector('[aria-hidden="true"]')?.textContent).toBe("31");
    expect(firstRow?.querySelectorAll("td")[1]?.querySelector("time")?.getAttribute("datetime")).toBe("2019-01-01");
  });

  it("marks the holidays on their days", () => {
    expect(texts(".calendar-holiday", cell("2019-05-17") as PageNode)).toEqual(["Store Bededag"]);
    expect(cell("2019-05-17")?.classList.contains("calendar-day-public")).toBe(true);
    expect(texts(".calendar-holiday", cell("2019-05-30") as PageNode)).toEqual(["Kristi Himmelfartsdag"]);
    expect(texts(".calendar-holiday-observance", cell("2019-06-05") as PageNode)).toEqual(["Grundlovsdag"]);
    expect(texts(".calendar-holiday", cell("2019-06-10") as PageNode)).toEqual(["Anden Pinsedag"]);
    expect(cell("2019-06-11")?.querySelector(".calendar-holiday")).toBeNull();
  });

  it("puts the activities on their days, linking to their entry below", () => {
    expect([...(cell("2019-03-01")?.querySelectorAll(".calendar-day-activities a") ?? [])].map((link) => link.getAttribute("href"))).toEqual([
      "#morgenmoede-marts",
    ]);
    // A post's meeting joins the calendar without being entered in the file.
    expect(texts(".calendar-day-activities a", cell("2019-06-14") as PageNode)).toEqual(["Netværksmøde i juni"]);
    expect(readable(cell("2019-12-06")?.querySelector(".calendar-day-activity"))).toBe("Julefrokost <i>med</i> task forcen (aflyst)");
    expect(readable(cell("2019-05-17")?.querySelector(".calendar-day-activity"))).toBe("Frist for projektbeskrivelsen (foreløbig)");
    // The draft's meeting is not published, so it is not on the calendar.
    expect(cell("2019-10-04")?.querySelector(".calendar-day-activities")).toBeNull();
  });

  it("lists every activity below in date order, the undated last, each with an anchor", () => {
    const entries = [...page.querySelectorAll(".calendar-activities > li")];
    expect(entries.map((entry) => entry.id)).toEqual([
      "morgenmoede-marts",
      "frist-projektbeskrivelse",
      "netvaerksmoede-i-juni",
      "julefrokost",
      "lancering",
    ]);
    for (const link of page.querySelectorAll(".calendar-day-activities a")) {
      expect(page.getElementById((link.getAttribute("href") ?? "").slice(1))).not.toBeNull();
    }
  });

  it("tells each activity's date, time, venue, kind and status in Danish", () => {
    const facts = (id: string) =>
      Object.fromEntries(
        [...(page.getElementById(id)?.querySelectorAll(".calendar-activity-facts > div") ?? [])].map((row) => [
          readable(row.querySelector("dt")),
          readable(row.querySelector("dd")),
        ]),
      );
    expect(facts("morgenmoede-marts")).toEqual({
      Dato: "fredag den 1. marts 2019, kl. 8.30–10.00",
      Sted: "IBM Danmark, Prøvevej 1, 2000 Frederiksberg",
      Type: "Morgenmøde",
      Status: "Bekræftet",
    });
    expect(facts("julefrokost")).toMatchObject({ Dato: "fredag den 6. december 2019", Status: "Aflyst" });
    expect(facts("lancering")).toEqual({ Dato: "Ikke fastsat endnu", Type: "Lancering", Status: "Foreløbig – dato følger" });
  });

  it("links an activity to its post, and offers its .ics and a Google Calendar link", () => {
    const entry = page.getElementById("morgenmoede-marts");
    expect(entry?.querySelector(".calendar-activity-post a")?.getAttribute("href")).toBe("/2019/morgenmoede-om-frivillighed/");
    const links = [...(entry?.querySelectorAll(".calendar-add a") ?? [])].map((link) => link.getAttribute("href") ?? "");
    expect(links[0]).toBe("/kalender/2019/morgenmoede-marts.ics");
    const google = new URL(links[1] ?? "");
    expect(google.origin + google.pathname).toBe("https://calendar.google.com/calendar/render");
    expect(google.searchParams.get("dates")).toBe("20190301T083000/20190301T100000");
    expect(google.searchParams.get("ctz")).toBe("Europe/Copenhagen");
    expect(page.getElementById("lancering")?.querySelector(".calendar-add")).toBeNull();
    expect(page.getElementById("julefrokost")?.querySelector(".calendar-add")).toBeNull();
  });

  it("offers the subscription as a webcal:// link and an https address to copy", () => {
    expect(page.querySelector(".calendar-subscribe-link")?.getAttribute("href")).toBe("webcal://blog.csrforum.dk/kalender/2019.ics");
    expect(readable(page.querySelector(".calendar-feed-url"))).toBe("https://blog.csrforum.dk/kalender/2019.ics");
  });

  it("describes the dated activities as schema.org Events in JSON-LD", () => {
    const script = page.querySelector('script[type="application/ld+json"]');
    expect(script?.textContent).not.toContain("<i>");
    const graph = (JSON.parse(script?.textContent ?? "{}") as { "@graph": Array<Record<string, unknown>> })["@graph"];
    expect(graph.map((event) => [event.name, event.startDate, event.eventStatus])).toEqual([
      ["Morgenmøde om frivillighed", "2019-03-01T08:30:00+01:00", "https://schema.org/EventScheduled"],
      ["Frist for projektbeskrivelsen", "2019-05-17", "https://schema.org/EventScheduled"],
      ["Netværksmøde i juni", "2019-06-14T08:30:00+02:00", "https://schema.org/EventScheduled"],
      ["Julefrokost <i>med</i> task forcen", "2019-12-06", "https://schema.org/EventCancelled"],
    ]);
  });

  it("uses no inline styles or scripts", () => {
    expect(page.querySelector("[style]")).toBeNull();
    expect([...page.querySelectorAll("script")].every((script) => script.getAttribute("type") === "application/ld+json")).toBe(true);
  });
});

describe("the calendar files", () => {
  const read = (file: string) => readFile(path.join(site.output, file), "utf8");

  it("has a feed for the year with every dated activity, readable by ical.js", async () => {
    const text = await read("kalender/2019.ics");
    expect(text.startsWith("BEGIN:VCALENDAR\r\n")).toBe(true);
    const calendar = new ICAL.Component(ICAL.parse(text));
    expect(calendar.getFirstPropertyValue("x-wr-calname")).toBe("Aktivitetskalender 2019");
    expect(calendar.getAllSubcomponents("vevent").map((event) => event.getFirstPropertyValue("uid"))).toEqual([
      "morgenmoede-marts@blog.csrforum.dk",
      "frist-projektbeskrivelse@blog.csrforum.dk",
      "netvaerksmoede-i-juni@blog.csrforum.dk",
      "julefrokost@blog.csrforum.dk",
    ]);
    expect(text).toContain("DTSTAMP:20190115T120000Z\r\n");
    expect(text).toContain("URL;VALUE=URI:https://blog.csrforum.dk/2019/morgenmoede-om-frivillighed/\r\n");
  });

  it("has one file per dated activity and none for undated ones", async () => {
    const files = (await site.outputFiles()).filter((file) => file.endsWith(".ics"));
    expect(files).toEqual([
      "kalender/2019.ics",
      "kalender/2019/frist-projektbeskrivelse.ics",
      "kalender/2019/julefrokost.ics",
      "kalender/2019/morgenmoede-marts.ics",
      "kalender/2019/netvaerksmoede-i-juni.ics",
      "kalender/2025.ics",
    ]);
    const event = new ICAL.Component(ICAL.parse(await read("kalender/2019/julefrokost.ics"))).getFirstSubcomponent("vevent");
    expect(event?.getFirstPropertyValue("summary")).toBe("Julefrokost <i>med</i> task forcen");
    expect(event?.getFirstPropertyValue("status")).toBe("CANCELLED");
  });
});

describe("every year with a calendar file", () => {
  it("gets a page: 2025, without Store Bededag", async () => {
    const page2025 = await site.page("/kalender/2025/");
    expect(readable(page2025.querySelector("h1"))).toBe("Aktivitetskalender 2025");
    expect(page2025.querySelectorAll("table.calendar-month")).toHaveLength(12);
    expect(readable(page2025.querySelector('td[data-date="2025-05-29"] .calendar-holiday'))).toBe("Kristi Himmelfartsdag");
    expect(texts(".calendar-holiday", page2025).includes("Store Bededag")).toBe(false);
    expect(readable(page2025.querySelector(".calendar-list p"))).toBe("Der er endnu ingen aktiviteter i kalenderen.");
  });
});

describe("the home page", () => {
  it("links the newest year's calendar from the navigation, marked current on the calendar page", async () => {
    const home = await site.page("/");
    const link = [...home.querySelectorAll(".site-nav a")].find((anchor) => readable(anchor) === "Aktivitetskalender");
    expect(link?.getAttribute("href")).toBe("/kalender/2025/");
    const current = (await site.page("/kalender/2025/")).querySelector('.site-nav [aria-current="page"]');
    expect(readable(current)).toBe("Aktivitetskalender");
  });

  it("lists the upcoming activities from the build's date, linking to the calendar", async () => {
    const home = await site.page("/");
    const section = home.querySelector(".calendar-upcoming");
    expect(readable(section?.querySelector("h2"))).toBe("Kommende aktiviteter");
    const items = [...(section?.querySelectorAll(".calendar-upcoming-list li") ?? [])];
    expect(items.map((item) => item.querySelector("a")?.getAttribute("href"))).toEqual([
      "/kalender/2019/#morgenmoede-marts",
      "/kalender/2019/#frist-projektbeskrivelse",
      "/kalender/2019/#netvaerksmoede-i-juni",
    ]);
    expect(readable(items[0]?.querySelector(".calendar-upcoming-when"))).toBe("1. mar. 2019, kl. 8.30–10.00");
    expect(readable(items[1]?.querySelector(".calendar-upcoming-when"))).toBe("17. maj 2019 (foreløbig)");
  });
});

describe("a broken calendar file", () => {
  it("stops the build with the calendar's problems in Danish", async () => {
    const broken = await createFixtureSite({ "2019/marts.md": MARCH_POST });
    try {
      await broken.write(
        "data/calendar/2019.yaml",
        "activities:\n  - id: a\n    title: T\n    date: 2020-03-01\n    kind: frokost\n    status: confirmed\n",
      );
      const error = await broken.build().catch((reason: unknown) => reason);
      expect(await broken.outputFiles().catch(() => [])).toEqual([]);
      expect(error).toBeInstanceOf(ContentError);
      expect((error as ContentError).problems.map((problem) => `${problem.file} ${problem.field}`)).toEqual([
        "data/calendar/2019.yaml activities[0].kind",
        "data/calendar/2019.yaml activities[0].date",
      ]);
    } finally {
      await removeFixtureSite(broken);
    }
  });
});
