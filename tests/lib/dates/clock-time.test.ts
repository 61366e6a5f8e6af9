import { describe, expect, it } from "vitest";
import { endsNoLaterThanStart, isClockTime, minutesSinceMidnight, parseClockTime, typedClockTime, withoutQuotes } from "../../../lib/dates/clock-time.ts";

describe("clock times", () => {
  it("are read as hours and minutes, with or without a leading zero", () => {
    expect(parseClockTime("08:30")).toEqual({ hour: 8, minute: 30 });
    expect(parseClockTime("8:30")).toEqual({ hour: 8, minute: 30 });
    expect(parseClockTime("23:59")).toEqual({ hour: 23, minute: 59 });
  });

  it("are only what a clock shows", () => {
    for (const time of ["08:30", "8:05", "0:00", "23:59"]) expect(isClockTime(time), time).toBe(true);
    for (const time of ["8.30", "24:00", "12:60", "8:5", "08:30:00", " 8:30", ""]) expect(isClockTime(time), time).toBe(false);
    expect(() => parseClockTime("24:00")).toThrow(RangeError);
  });

  it("order by minutes since midnight, so 9:15 comes before 10:00", () => {
    expect(minutesSinceMidnight("9:15")).toBe(555);
    expect(minutesSinceMidnight("10:00")).toBe(600);
    expect(minutesSinceMidnight("0:00")).toBe(0);
  });

  it("tell a span that ends before it begins, leaving what is not a time to its own check", () => {
    expect(endsNoLaterThanStart("9:30", "10:00")).toBe(false);
    expect(endsNoLaterThanStart("10:00", "9:30")).toBe(true);
    expect(endsNoLaterThanStart("10:00", "10:00")).toBe(true);
    expect(endsNoLaterThanStart("25:00", "26:00")).toBe(false);
  });
});

describe("typedClockTime", () => {
  it.each([
    ["08:30", "08:30"],
    ["8:30", "08:30"],
    ["8.30", "08:30"],
    ["08.30", "08:30"],
    ['"08:30"', "08:30"],
    ["'8.30'", "08:30"],
    ["  “8:30”  ", "08:30"],
    ["23:59", "23:59"],
    ["0:05", "00:05"],
  ])("reads %j as %s", (typed, written) => {
    expect(typedClockTime(typed)).toBe(written);
  });

  it.each(["24:00", "8", "8.3", "8:5", "kl. 8.30", "08:30-10:00", "", '""', "8:60"])("refuses %j", (typed) => {
    expect(typedClockTime(typed)).toBeUndefined();
  });
});

describe("withoutQuotes", () => {
  it("takes off the quotes a person typed around an answer, and the spaces at its ends", () => {
    expect(withoutQuotes(' "kl. 8" ')).toBe("kl. 8");
    expect(withoutQuotes("“8.30”")).toBe("8.30");
  });
});
