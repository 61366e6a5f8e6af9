import { mkdtemp, readdir, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { cachedDanishHolidays, danishHolidays } from "../../../lib/calendar/holidays.ts";

const byDate = (year: number) => Object.fromEntries(danishHolidays(year).map((day) => [day.date, `${day.name} (${day.type})`]));

describe("danishHolidays", () => {
  it("gives the Danish public holidays of 2019 on their dates", () => {
    const days = byDate(2019);
    // Easter Sunday 2019 was 21 April; the movable holidays follow from it.
    expect(days).toMatchObject({
      "2019-01-01": "Nytårsdag (public)",
      "2019-04-18": "Skærtorsdag (public)",
      "2019-04-19": "Langfredag (public)",
      "2019-04-21": "Påskedag (public)",
      "2019-04-22": "Anden påskedag (public)",
      "2019-05-17": "Store Bededag (public)",
      "2019-05-30": "Kristi Himmelfartsdag (public)",
      "2019-06-09": "Pinsedag (public)",
      "2019-06-10": "Anden Pinsedag (public)",
      "2019-12-25": "Juledag (public)",
      "2019-12-26": "Anden Juledag (public)",
    });
  });

  it("marks Grundlovsdag, juleaften and 1. maj as observances, not days off by law", () => {
    const days = byDate(2019);
    expect(days["2019-06-05"]).toBe("Grundlovsdag (observance)");
    expect(days["2019-12-24"]).toBe("Juleaftensdag (observance)");
    expect(days["2019-05-01"]).toBe("1. maj (observance)");
  });

  it("has no Store Bededag from 2024, when it was abolished", () => {
    expect(danishHolidays(2023).some((day) => day.name === "Store Bededag")).toBe(true);
    expect(danishHolidays(2024).some((day) => day.name === "Store Bededag")).toBe(false);
    const days = byDate(2025);
    // Easter Sunday 2025 was 20 April.
    expect(days["2025-05-29"]).toBe("Kristi Himmelfartsdag (public)");
    expect(days["2025-06-09"]).toBe("Anden Pinsedag (public)");
    expect(danishHolidays(2025).some((day) => day.name === "Store Bededag")).toBe(false);
  });

  it("lists the days in date order, with nothing outside the year", () => {
    const dates = danishHolidays(2019).map((day) => day.date);
    expect(dates).toEqual([...dates].sort());
    expect(dates.every((date) => date.startsWith("2019-"))).toBe(true);
  });
});

describe("cachedDanishHolidays", () => {
  let cacheDir: string;
  beforeEach(async () => {
    cacheDir = await mkdtemp(path.join(tmpdir(), "holidays-"));
  });
  afterEach(() => rm(cacheDir, { recursive: true, force: true }));

  it("gives what danishHolidays gives, and keeps the library's days in a file a year named after its versions", async () => {
    expect(cachedDanishHolidays(2019, cacheDir)).toEqual(danishHolidays(2019));
    expect(cachedDanishHolidays(2024, cacheDir)).toEqual(danishHolidays(2024));
    const files = (await readdir(cacheDir)).sort();
    expect(files).toHaveLength(2);
    expect(files[0]).toMatch(/^DK-2019-date-holidays@\d+\.\d+\.\d+-parser@\d+\.\d+\.\d+\.json$/);
  });

  it("reads a year from its file rather than from the library", async () => {
    cachedDanishHolidays(2019, cacheDir);
    const [file = ""] = await readdir(cacheDir);
    const kept = JSON.parse(await readFile(path.join(cacheDir, file), "utf8")) as Array<{ date: string; name: string; type: string }>;
    // A day of another type (a bank day) is kept, and left out on reading, as danishHolidays leaves it out.
    await writeFile(path.join(cacheDir, file), JSON.stringify([...kept, { date: "2019-12-27", name: "Prøvedag", type: "public" }, { date: "2019-12-28", name: "Bankdag", type: "bank" }]));
    const days = cachedDanishHolidays(2019, cacheDir);
    expect(days.at(-1)).toEqual({ date: "2019-12-27", name: "Prøvedag", type: "public" });
    expect(days.some((day) => day.name === "Bankdag")).toBe(false);
  });

  it("works a year out again when its file cannot be read", async () => {
    cachedDanishHolidays(2019, cacheDir);
    const [file = ""] = await readdir(cacheDir);
    await writeFile(path.join(cacheDir, file), JSON.stringify([{ date: 20191224 }]));
    expect(cachedDanishHolidays(2019, cacheDir)).toEqual(danishHolidays(2019));
    expect(JSON.parse(await readFile(path.join(cacheDir, file), "utf8"))).not.toEqual([{ date: 20191224 }]);
  });
});
