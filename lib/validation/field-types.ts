import { z } from "zod";
import { isCalendarDate } from "../dates/calendar-date.ts";
import { isClockTime } from "../dates/clock-time.ts";

// The kinds of value the secretariat writes in front matter and data files, each
// with its Danish message; the schemas (posts, site settings) are built from them.

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;
/** What a text field holds, for tools that build a form from a schema (the editor at /admin/). */
export type TextKind = "text" | "date" | "time" | "web-address";

/** The kind of each text field the factories below make. */
export const textKinds = z.registry<{ kind: TextKind }>();

function ofKind<T extends z.ZodType>(kind: TextKind, schema: T): T {
  textKinds.add(schema, { kind });
  return schema;
}


/** Text that must say something: surrounding white space is dropped, empty is an error. */
export const text = () => ofKind("text", z.string().trim().min(1));

/** A calendar date written `YYYY-MM-DD`, kept as that string (dates carry no zone). */
export const calendarDate = () =>
  ofKind("date", z.string().superRefine((value, ctx) => {
    if (!ISO_DATE.test(value)) {
      ctx.addIssue({ code: "custom", message: `er "${value}", men skal skrives som år-måned-dag.` });
    } else if (!isCalendarDate(value)) {
      ctx.addIssue({ code: "custom", message: `er ${value}, som ikke findes i kalenderen.` });
    }
  }));

/** A clock time written `HH:MM` (or `H:MM`), kept as that string. */
export const clockTime = () =>
  ofKind("time", z.string().superRefine((value, ctx) => {
    if (!isClockTime(value)) {
      ctx.addIssue({ code: "custom", message: `er "${value}", men skal være et klokkeslæt skrevet timer:minutter.` });
    }
  }));

/** A web address readers may follow: only http and https, never `javascript:` or `data:`. */
export const webAddress = () =>
  ofKind("web-address", z.string().superRefine((value, ctx) => {
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
  }));
