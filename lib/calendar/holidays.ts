import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import type HolidaysLibrary from "date-holidays";
import { packageVersion } from "../cache/package-version.ts";
import { writeFileWholeSync } from "../files/write-whole.ts";

/**
 * A day the calendar marks: a public holiday (helligdag, a day off by law) or an
 * observance (mærkedag: Grundlovsdag, juleaften, 1. maj …), which Danish calendars
 * print too but which are ordinary working days for many.
 */
export interface Holiday {
  /** `YYYY-MM-DD`. */
  date: string;
  /** The Danish name, as date-holidays gives it, e.g. "Store Bededag". */
  name: string;
  type: "public" | "observance";
}

/** How each type reads on the page. */
export const HOLIDAY_TYPE_LABELS: Readonly<Record<Holiday["type"], string>> = {
  public: "Helligdag",
  observance: "Mærkedag",
};

let library: typeof HolidaysLibrary | undefined;

/**
 * date-holidays, loaded the first time a calendar needs it: loading it took 0.35 s,
 * which `npm run check` paid on every run without drawing a calendar.
 */
function holidaysLibrary(): typeof HolidaysLibrary {
  library ??= createRequire(import.meta.url)("date-holidays") as typeof HolidaysLibrary;
  return library;
}

/** Every day date-holidays knows in Denmark in a year, of every type, as the library gives it. */
type KnownDay = { date: string; name: string; type: string };

function knownDays(year: number): KnownDay[] {
  const rules = new (holidaysLibrary())("DK", { languages: ["da"] });
  // date-holidays writes the local day first ("2019-05-17 00:00:00"): no zone arithmetic needed.
  return rules.getHolidays(year, "da").map((day) => ({ date: day.date.slice(0, 10), name: day.name, type: day.type }));
}

/** The days a Danish calendar prints: public holidays and observances. */
function printedDays(days: readonly KnownDay[]): Holiday[] {
  return days.flatMap((day): Holiday[] =>
    day.type === "public" || day.type === "observance" ? [{ date: day.date, name: day.name, type: day.type }] : [],
  );
}

/**
 * Denmark's public holidays and observances in `year`, in date order, from the
 * date-holidays library's rules (which know, for instance, that Store Bededag was
 * abolished from 2024). Bank, school and optional days are left out: they are not
 * printed in a Danish calendar and do not concern the network's readers.
 * @example danishHolidays(2019).find((day) => day.date === "2019-05-17")?.name // "Store Bededag"
 */
export function danishHolidays(year: number): Holiday[] {
  return printedDays(knownDays(year));
}

/** Where each year's days are kept between builds, relative to the working folder (like the share cards' `.cache`). */
export const HOLIDAYS_CACHE_DIR = ".cache/holidays";

/**
 * danishHolidays, with the library's days for each year kept in `cacheDir` under
 * the versions of date-holidays and of its rules engine: the library is loaded
 * only for a year, or a version, not seen before. Loading it and working out a
 * year took 0.23 s of every build of the real site.
 */
export function cachedDanishHolidays(year: number, cacheDir: string): Holiday[] {
  const file = path.join(cacheDir, `DK-${year}-date-holidays@${packageVersion("date-holidays")}-parser@${packageVersion("date-holidays-parser")}.json`);
  try {
    const kept: unknown = JSON.parse(readFileSync(file, "utf8"));
    if (Array.isArray(kept) && kept.every(isKnownDay)) return printedDays(kept);
  } catch {
    // Not worked out yet (or unreadable): below.
  }
  const days = knownDays(year);
  writeFileWholeSync(file, JSON.stringify(days));
  return printedDays(days);
}

function isKnownDay(value: unknown): value is KnownDay {
  if (typeof value !== "object" || value === null) return false;
  const { date, name, type } = value as Record<string, unknown>;
  return typeof date === "string" && typeof name === "string" && typeof type === "string";
}
