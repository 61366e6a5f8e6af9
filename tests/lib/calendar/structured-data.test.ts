import { describe, expect, it } from "vitest";
import type { DatedActivity } from "../../../lib/calendar/activity.ts";
import { calendarJsonLd } from "../../../lib/calendar/structured-data.ts";

const CONTEXT = {
  zone: "Europe/Copenhagen",
  organisation: "CSR Forum",
  siteUrl: "https://blog.csrforum.dk",
  activityUrl: (activity: DatedActivity) => `https://blog.csrforum.dk/kalender/2019/#${activity.id}`,
};

describe("calendarJsonLd", () => {
  const timed: DatedActivity = {
    id: "juni",
    title: "Morgenmøde",
    date: "2019-06-14",
    start: "08:30",
    end: "10:00",
    venue: { name: "IBM Danmark", address: "Prøvevej 1" },
    description: "Oplæg.",
    kind: "morgenmøde",
    status: "confirmed",
  };
  const cancelled: DatedActivity = { id: "dec", title: "Julemøde", date: "2019-12-06", kind: "netværksmøde", status: "cancelled" };
  const tentative: DatedActivity = { ...cancelled, id: "nov", date: "2019-11-01", status: "tentative" };
  const graph = (calendarJsonLd([timed, cancelled, tentative], CONTEXT) as { "@graph": Array<Record<string, unknown>> })["@graph"];

  it("describes each activity as a schema.org Event with its start and its offset that day", () => {
    expect(graph[0]).toEqual({
      "@type": "Event",
      "@id": "https://blog.csrforum.dk/kalender/2019/#juni",
      name: "Morgenmøde",
      url: "https://blog.csrforum.dk/kalender/2019/#juni",
      startDate: "2019-06-14T08:30:00+02:00",
      endDate: "2019-06-14T10:00:00+02:00",
      eventStatus: "https://schema.org/EventScheduled",
      eventAttendanceMode: "https://schema.org/OfflineEventAttendanceMode",
      description: "Oplæg.",
      location: { "@type": "Place", name: "IBM Danmark", address: "Prøvevej 1" },
      organizer: { "@type": "Organization", name: "CSR Forum", url: "https://blog.csrforum.dk" },
    });
  });

  it("gives an all-day activity its date, and says when it is cancelled", () => {
    expect(graph[1]).toMatchObject({ startDate: "2019-12-06", eventStatus: "https://schema.org/EventCancelled" });
    expect(graph[1]).not.toHaveProperty("endDate");
    expect(graph[1]).not.toHaveProperty("location");
  });

  it("calls a tentative activity scheduled, since schema.org has no status for a date not yet final", () => {
    expect(graph[2]?.eventStatus).toBe("https://schema.org/EventScheduled");
  });
});
