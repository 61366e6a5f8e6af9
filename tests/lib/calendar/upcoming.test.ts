import { describe, expect, it } from "vitest";
import type { CalendarActivity } from "../../../lib/calendar/activity.ts";
import { upcomingActivities } from "../../../lib/calendar/upcoming.ts";

const activity = (id: string, date?: string, status: CalendarActivity["status"] = "confirmed"): CalendarActivity => ({
  id,
  title: id,
  ...(date === undefined ? {} : { date }),
  kind: "netværksmøde",
  status,
});

const CALENDARS = [
  { year: 2019, activities: [activity("jan", "2019-01-10"), activity("mar", "2019-03-01"), activity("aflyst", "2019-03-02", "cancelled"), activity("uden-dato", undefined, "tentative"), activity("dec", "2019-12-31")] },
  { year: 2020, activities: [activity("jan-2020", "2020-01-05"), activity("feb-2020", "2020-02-05")] },
];
const ids = (today: string, count = 3) => upcomingActivities(CALENDARS, today, count).map((item) => `${item.year}:${item.activity.id}`);

describe("upcomingActivities", () => {
  it("gives the next activities from the build's day on, across years, without cancelled or undated ones", () => {
    expect(ids("2019-02-01")).toEqual(["2019:mar", "2019:dec", "2020:jan-2020"]);
    expect(ids("2019-02-01", 10)).toEqual(["2019:mar", "2019:dec", "2020:jan-2020", "2020:feb-2020"]);
  });

  it("counts an activity today as upcoming, and one yesterday as past", () => {
    expect(ids("2019-12-31", 1)).toEqual(["2019:dec"]);
    expect(ids("2020-01-01", 1)).toEqual(["2020:jan-2020"]);
  });

  it("is empty when everything has happened", () => {
    expect(ids("2021-01-01")).toEqual([]);
  });
});
