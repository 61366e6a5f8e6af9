import { createRequire } from "node:module";
import type HolidaysLibrary from "date-holidays";

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

/**
 * Denmark's public holidays and observances in `year`, in date order, from the
 * date-holidays library's rules (which know, for instance, that Store Bededag was
 * abolished from 2024). Bank, school and optional days are left out: they are not
 * printed in a Danish calendar and do not concern the network's readers.
 * @example danishHolidays(2019).find((day) => day.date === "2019-05-17")?.name // "Store Bededag"
 */
export function danishHolidays(year: number): Holiday[] {
  const rules = new (holidaysLibrary())("DK", { languages: ["da"] });
  const days = rules.getHolidays(year, "da");
  return days.flatMap((day): Holiday[] =>
    day.type === "public" || day.type === "observance"
      ? // date-holidays writes the local day first ("2019-05-17 00:00:00"): no zone arithmetic needed.
        [{ date: day.date.slice(0, 10), name: day.name, type: day.type }]
      : [],
  );
}
