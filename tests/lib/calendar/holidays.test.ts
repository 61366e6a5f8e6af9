import { describe, expect, it } from "vitest";
import { danishHolidays } from "../../../lib/calendar/holidays.ts";

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
