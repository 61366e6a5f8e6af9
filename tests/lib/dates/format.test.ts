import { DateTime } from "luxon";
import { afterEach, describe, expect, it } from "vitest";
import {
  formatClockRange,
  formatClockTime,
  formatLongDate,
  formatMonthYear,
  formatShortDate,
  startOfDayInZone,
  isoDateInZone,
  yearInZone,
  yearOf,
  zonedDateTime,
} from "../../../lib/dates/format.ts";

const ZONE = "Europe/Copenhagen";
const originalTz = process.env.TZ;

// The build machine's zone must not matter: Los Angeles is behind Copenhagen,
// Kiritimati (UTC+14) is a calendar day ahead of it for most of the day.
const MACHINE_ZONES = ["UTC", "America/Los_Angeles", "Pacific/Kiritimati"];

afterEach(() => {
  if (originalTz === undefined) delete process.env.TZ;
  else process.env.TZ = originalTz;
});

describe.each(MACHINE_ZONES)("on a machine in %s", (machineZone) => {
  it("really runs in that zone", () => {
    process.env.TZ = machineZone;
    const offset = new Date("2018-10-05T12:00:00Z").getTimezoneOffset();
    expect(offset).toBe({ UTC: 0, "America/Los_Angeles": 420, "Pacific/Kiritimati": -840 }[machineZone]);
  });

  it("writes dates in running text the Danish way", () => {
    process.env.TZ = machineZone;
    expect(formatLongDate("2018-10-05", ZONE)).toBe("fredag den 5. oktober 2018");
    expect(formatLongDate("2019-01-01", ZONE)).toBe("tirsdag den 1. januar 2019");
    expect(formatLongDate("2019-12-31", ZONE)).toBe("tirsdag den 31. december 2019");
  });

  it("abbreviates months in lists", () => {
    process.env.TZ = machineZone;
    expect(formatShortDate("2018-10-05", ZONE)).toBe("5. okt. 2018");
    expect(formatShortDate("2019-05-01", ZONE)).toBe("1. maj 2019");
  });

  it("names a month and its year in lower case, as Danish does", () => {
    process.env.TZ = machineZone;
    expect(formatMonthYear("2018-10-01", ZONE)).toBe("oktober 2018");
    expect(formatMonthYear("2019-01-01", ZONE)).toBe("januar 2019");
    expect(formatMonthYear("2019-12-01", ZONE)).toBe("december 2019");
  });

  it("gives a meeting's start with Copenhagen's offset on that day", () => {
    process.env.TZ = machineZone;
    expect(zonedDateTime("2018-10-05", "08:30", ZONE)).toBe("2018-10-05T08:30:00+02:00");
    expect(zonedDateTime("2018-12-05", "08:30", ZONE)).toBe("2018-12-05T08:30:00+01:00");
    expect(zonedDateTime("2018-12-05", undefined, ZONE)).toBe("2018-12-05");
  });

  it("starts a post's day at midnight in Copenhagen, not on the machine", () => {
    process.env.TZ = machineZone;
    expect(startOfDayInZone("2018-10-05", ZONE).toISOString()).toBe("2018-10-04T22:00:00.000Z");
    expect(startOfDayInZone("2019-01-15", ZONE).toISOString()).toBe("2019-01-14T23:00:00.000Z");
  });
});

describe("clock times", () => {
  it('are written with "kl." and a full stop', () => {
    expect(formatClockTime("08:30")).toBe("kl. 8.30");
    expect(formatClockTime("14:05")).toBe("kl. 14.05");
  });

  it("form a range with an en dash", () => {
    expect(formatClockRange("08:30", "10:00")).toBe("kl. 8.30–10.00");
    expect(formatClockRange("08:30")).toBe("kl. 8.30");
  });

  it("reject what is not a time", () => {
    expect(() => formatClockTime("8.30")).toThrow(RangeError);
  });
});

describe("calendar dates", () => {
  it("reject impossible dates instead of rolling them over", () => {
    expect(() => formatLongDate("2019-02-30", ZONE)).toThrow(RangeError);
  });

  it("give their year", () => {
    expect(yearOf("2018-10-05")).toBe(2018);
  });

  it("place a moment in the zone's year, not UTC's", () => {
    expect(yearInZone(new Date("2019-12-31T23:30:00Z"), ZONE)).toBe(2020);
    expect(yearInZone(new Date("2019-12-31T22:30:00Z"), ZONE)).toBe(2019);
  });

  it("place a moment on the zone's calendar day, not UTC's", () => {
    expect(isoDateInZone(new Date("2019-12-31T23:30:00Z"), ZONE)).toBe("2020-01-01");
    expect(isoDateInZone(new Date("2019-12-31T22:30:00Z"), ZONE)).toBe("2019-12-31");
    // Summer time: UTC+2, so 22:30 UTC on 30 June is 1 July.
    expect(isoDateInZone(new Date("2019-06-30T22:30:00Z"), ZONE)).toBe("2019-07-01");
  });
});

describe("zonedDateTime against luxon's own arithmetic", () => {
  // Every day of a year with both changes of summer time, at times around them,
  // in zones with half-hour and 45-minute offsets, a half-hour summer time
  // (Lord Howe) and UTC, which luxon writes as "Z".
  const ZONES = [ZONE, "UTC", "America/Los_Angeles", "Asia/Kolkata", "Pacific/Chatham", "Australia/Lord_Howe", "America/Sao_Paulo"];
  const TIMES = ["00:00", "01:30", "02:00", "02:30", "03:00", "08:30", "23:59"];
  const days = Array.from({ length: 366 }, (_, index) => DateTime.fromISO("2016-01-01", { zone: "UTC" }).plus({ days: index }).toISODate() ?? "");

  it.each(ZONES)("gives the ISO time luxon gives for every day of 2016 in %s", (zone) => {
    for (const day of days) {
      for (const time of TIMES) {
        const [hour, minute] = time.split(":").map(Number);
        const expected = DateTime.fromISO(day, { zone }).set({ hour, minute }).toISO({ suppressMilliseconds: true });
        expect(zonedDateTime(day, time, zone), `${day} ${time}`).toBe(expected);
      }
    }
  });
});

describe("named dates against luxon's own Danish formatting", () => {
  // Every day of the years the blog's posts span, and of the years around two
  // century changes (1900 is no leap year, 2000 is), named as luxon names them in
  // Danish, whatever the zone.
  const everyDay = (from: string, to: string) => {
    const days: string[] = [];
    for (let day = DateTime.fromISO(from, { zone: "UTC" }); day.toISODate()! <= to; day = day.plus({ days: 1 })) days.push(day.toISODate()!);
    return days;
  };
  const days = [...everyDay("1899-12-01", "1901-01-31"), ...everyDay("1999-12-01", "2001-01-31"), ...everyDay("2014-01-01", "2030-12-31")];
  const luxon = (day: string, format: string) => DateTime.fromISO(day, { zone: "UTC", locale: "da" }).toFormat(format);

  it.each([ZONE, "UTC", "Pacific/Kiritimati"])("gives luxon's names for every day of those years in %s", (zone) => {
    const named = days.map((day) => [formatLongDate(day, zone), formatShortDate(day, zone), formatMonthYear(day, zone)]);
    const expected = days.map((day) => [luxon(day, "cccc 'den' d. LLLL yyyy"), luxon(day, "d. LLL yyyy"), luxon(day, "LLLL yyyy")]);
    expect(named).toEqual(expected);
  });

  it("refuses what is not a date or a zone, as luxon does", () => {
    for (const notADate of ["2019-04-31", "2019-13-01", "2019-00-10", "0000-00-00", "2019-1-5", "", "i går"]) {
      expect(() => formatShortDate(notADate, ZONE), notADate).toThrow(RangeError);
    }
    expect(() => formatLongDate("2019-01-05", "Europa/København")).toThrow(RangeError);
  });
});
