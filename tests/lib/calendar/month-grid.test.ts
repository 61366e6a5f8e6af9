import { describe, expect, it } from "vitest";
import type { DatedActivity } from "../../../lib/calendar/activity.ts";
import type { Holiday } from "../../../lib/calendar/holidays.ts";
import { WEEKDAYS, buildCalendarMonths } from "../../../lib/calendar/month-grid.ts";

const months2019 = buildCalendarMonths(2019, [], []);

describe("buildCalendarMonths", () => {
  it("gives twelve months with Danish names", () => {
    expect(months2019.map((month) => month.name)).toEqual([
      "januar", "februar", "marts", "april", "maj", "juni", "juli", "august", "september", "oktober", "november", "december",
    ]);
    expect(months2019.every((month) => month.year === 2019)).toBe(true);
  });

  // Counted by hand from a 2019 wall calendar: 1 January 2019 is a Tuesday in week 1.
  it("numbers each month's weeks as ISO 8601 does, for every month of 2019", () => {
    expect(months2019.map((month) => month.weeks.map((week) => week.number))).toEqual([
      [1, 2, 3, 4, 5],
      [5, 6, 7, 8, 9],
      [9, 10, 11, 12, 13],
      [14, 15, 16, 17, 18],
      [18, 19, 20, 21, 22],
      [22, 23, 24, 25, 26],
      [27, 28, 29, 30, 31],
      [31, 32, 33, 34, 35],
      [35, 36, 37, 38, 39, 40],
      [40, 41, 42, 43, 44],
      [44, 45, 46, 47, 48],
      [48, 49, 50, 51, 52, 1],
    ]);
  });

  it("starts every week on a Monday and fills whole weeks", () => {
    expect(WEEKDAYS.map((weekday) => weekday.short)).toEqual(["man", "tir", "ons", "tor", "fre", "lør", "søn"]);
    for (const month of months2019) {
      for (const week of month.weeks) {
        expect(week.days).toHaveLength(7);
        expect(new Date(`${week.days[0]?.date}T12:00:00Z`).getUTCDay()).toBe(1);
      }
    }
  });

  it("puts 31 December 2018 in week 1 of 2019, shown but outside January", () => {
    const [firstWeek] = months2019[0]?.weeks ?? [];
    expect(firstWeek?.number).toBe(1);
    expect(firstWeek?.days.map((day) => [day.date, day.inMonth])).toEqual([
      ["2018-12-31", false],
      ["2019-01-01", true],
      ["2019-01-02", true],
      ["2019-01-03", true],
      ["2019-01-04", true],
      ["2019-01-05", true],
      ["2019-01-06", true],
    ]);
  });

  it("puts 30 December 2019 in week 1 of 2020", () => {
    const lastWeek = months2019[11]?.weeks.at(-1);
    expect(lastWeek?.number).toBe(1);
    expect(lastWeek?.days.map((day) => `${day.day}${day.inMonth ? "" : "*"}`)).toEqual(["30", "31", "1*", "2*", "3*", "4*", "5*"]);
  });

  it("shows every day of the month exactly once", () => {
    const daysIn = months2019.map((month) => month.weeks.flatMap((week) => week.days).filter((day) => day.inMonth).length);
    expect(daysIn).toEqual([31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]);
  });

  it("puts holidays and activities on their days, and nothing on days outside the month", () => {
    const holidays: Holiday[] = [
      { date: "2019-05-17", name: "Store Bededag", type: "public" },
      { date: "2019-06-05", name: "Grundlovsdag", type: "observance" },
    ];
    const activity = (id: string, date: string): DatedActivity => ({ id, title: id, date, kind: "frist", status: "confirmed" });
    const months = buildCalendarMonths(2019, [activity("a", "2019-05-31"), activity("b", "2019-05-31"), activity("c", "2019-06-05")], holidays);
    const day = (month: number, date: string, inMonth = true) =>
      months[month - 1]?.weeks.flatMap((week) => week.days).find((candidate) => candidate.date === date && candidate.inMonth === inMonth);
    expect(day(5, "2019-05-17")?.holidays.map((holiday) => holiday.name)).toEqual(["Store Bededag"]);
    expect(day(5, "2019-05-31")?.activities.map((item) => item.id)).toEqual(["a", "b"]);
    expect(day(6, "2019-06-05")?.holidays.map((holiday) => holiday.name)).toEqual(["Grundlovsdag"]);
    expect(day(6, "2019-06-05")?.activities.map((item) => item.id)).toEqual(["c"]);
    // 31 May also fills June's first week, and 5 June does not appear in May.
    expect(day(6, "2019-05-31", false)?.activities).toEqual([]);
    expect(day(5, "2019-06-05")).toBeUndefined();
  });

  it("is not tied to 2019: 2025 starts on a Wednesday in week 1, and 2026 starts in week 1 too", () => {
    const months2025 = buildCalendarMonths(2025, [], []);
    expect(months2025[0]?.weeks[0]?.days.map((day) => day.date)).toEqual([
      "2024-12-30", "2024-12-31", "2025-01-01", "2025-01-02", "2025-01-03", "2025-01-04", "2025-01-05",
    ]);
    expect(months2025[0]?.weeks[0]?.number).toBe(1);
    expect(months2025[11]?.weeks.map((week) => week.number)).toEqual([49, 50, 51, 52, 1]);
    // 2020 is a leap year with 53 ISO weeks: 31 December 2020 is in week 53.
    const months2020 = buildCalendarMonths(2020, [], []);
    expect(months2020[1]?.weeks.flatMap((week) => week.days).filter((day) => day.inMonth)).toHaveLength(29);
    expect(months2020[11]?.weeks.at(-1)?.number).toBe(53);
  });
});
