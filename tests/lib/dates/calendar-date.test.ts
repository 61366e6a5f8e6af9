import { DateTime } from "luxon";
import { describe, expect, it } from "vitest";
import { isCalendarDate, readCalendarDate } from "../../../lib/dates/calendar-date.ts";

describe("readCalendarDate", () => {
  it("reads a date with its weekday, Monday 1 to Sunday 7", () => {
    expect(readCalendarDate("2018-10-05")).toEqual({ year: 2018, month: 10, day: 5, weekday: 5 });
    expect(readCalendarDate("2019-06-16")).toEqual({ year: 2019, month: 6, day: 16, weekday: 7 });
  });

  it("refuses days that do not exist and other ways of writing a date", () => {
    for (const text of ["2019-02-29", "1900-02-29", "2019-04-31", "2019-13-01", "2019-00-10", "2019-01-00", "2019-1-5", "05-10-2018", "2018-10-05T08:30", " 2018-10-05", ""]) {
      expect(readCalendarDate(text), text).toBeUndefined();
      expect(isCalendarDate(text), text).toBe(false);
    }
    expect(isCalendarDate("2000-02-29")).toBe(true);
  });

  it("reads the first years of the calendar as they are, not as 1900-1999", () => {
    expect(readCalendarDate("0099-01-05")).toMatchObject({ year: 99, month: 1, day: 5 });
  });

  it("agrees with luxon on every day of 1899-1901, 1999-2001 and 2014-2030, and on which are dates", () => {
    const mismatches: string[] = [];
    for (const [from, to] of [["1899-01-01", "1901-12-31"], ["1999-01-01", "2001-12-31"], ["2014-01-01", "2030-12-31"]]) {
      for (let day = DateTime.fromISO(from as string, { zone: "UTC" }); day.toISODate()! <= (to as string); day = day.plus({ days: 1 })) {
        const read = readCalendarDate(day.toISODate()!);
        if (read?.year !== day.year || read.month !== day.month || read.day !== day.day || read.weekday !== day.weekday) mismatches.push(day.toISODate()!);
        // The day after the last of each month, written as if it existed.
        if (day.plus({ days: 1 }).day === 1 && day.day < 31) {
          const impossible = `${day.toFormat("yyyy-MM")}-${String(day.day + 1).padStart(2, "0")}`;
          if (isCalendarDate(impossible) !== DateTime.fromISO(impossible, { zone: "UTC" }).isValid) mismatches.push(impossible);
        }
      }
    }
    expect(mismatches).toEqual([]);
  });
});
