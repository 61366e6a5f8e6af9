import { DateTime } from "luxon";
import { z } from "zod";
import { isClockTime } from "../dates/clock-time.ts";

// The kinds of value the secretariat writes in front matter and data files, each
// with its Danish message; the schemas (posts, site settings) are built from them.

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/** True for a `YYYY-MM-DD` date that exists in the calendar (no 30 February). */
export function isCalendarDate(value: string): boolean {
  return ISO_DATE.test(value) && DateTime.fromISO(value, { zone: "UTC" }).isValid;
}

/** Text that must say something: surrounding white space is dropped, empty is an error. */
export const text = () => z.string().trim().min(1);

/** A calendar date written `YYYY-MM-DD`, kept as that string (dates carry no zone). */
export const calendarDate = () =>
  z.string().superRefine((value, ctx) => {
    if (!ISO_DATE.test(value)) {
      ctx.addIssue({ code: "custom", message: `er "${value}", men skal skrives som år-måned-dag.` });
    } else if (!isCalendarDate(value)) {
      ctx.addIssue({ code: "custom", message: `er ${value}, som ikke findes i kalenderen.` });
    }
  });

/** A clock time written `HH:MM` (or `H:MM`), kept as that string. */
export const clockTime = () =>
  z.string().superRefine((value, ctx) => {
    if (!isClockTime(value)) {
      ctx.addIssue({ code: "custom", message: `er "${value}", men skal være et klokkeslæt skrevet timer:minutter.` });
    }
  });

/** A web address readers may follow: only http and https, never `javascript:` or `data:`. */
export const webAddress = () =>
  z.string().superRefine((value, ctx) => {
    let url: URL;
    try {
      url = new URL(value);
    } catch {
      ctx.addIssue({ code: "custom", message: `er "${value}", som ikke er en hel webadresse.` });
      return;
    }
    if (url.protocol !== "https:" && url.protocol !== "http:") {
      ctx.addIssue({
        code: "custom",
        message: `begynder med "${url.protocol}", som ikke er tilladt.`,
      });
    }
  });
