import { z } from "zod";
import { isCalendarDate, isIsoDateShape } from "../dates/calendar-date.ts";
import { isClockTime } from "../dates/clock-time.ts";

// The kinds of value the secretariat writes in front matter and data files, each
// with its Danish message; the schemas (posts, site settings) are built from them.

/** What a text field holds, for tools that build a form from a schema (the editor at /admin/). */
export type TextKind = "text" | "date" | "time" | "web-address" | "site-address" | "https-origin";

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
    if (!isIsoDateShape(value)) {
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

/** Text that `issue` finds nothing wrong with; its Danish message otherwise. */
const checkedBy = (issue: (value: string) => string | undefined) =>
  z.string().superRefine((value, ctx) => {
    const message = issue(value);
    if (message !== undefined) ctx.addIssue({ code: "custom", message });
  });

/** The value as a URL, or undefined when it is not a whole address. */
function parsedUrl(value: string): URL | undefined {
  try {
    return new URL(value);
  } catch {
    return undefined;
  }
}

const notAnAddress = (value: string) => `er "${value}", som ikke er en hel webadresse.`;

/** A web address readers may follow: only http and https, never `javascript:` or `data:`. */
export const webAddress = () =>
  ofKind(
    "web-address",
    checkedBy((value) => {
      const url = parsedUrl(value);
      if (url === undefined) return notAnAddress(value);
      return url.protocol === "https:" || url.protocol === "http:" ? undefined : `begynder med "${url.protocol}", som ikke er tilladt.`;
    }),
  );

/**
 * Why a site address cannot be the site's origin, in Danish, or undefined when it
 * can. A path belongs in PATH_PREFIX: Eleventy must know it to write the links.
 * @example siteAddressIssue("https://eksempel.dk/blog") // 'har stien "/blog", …'
 */
export function siteAddressIssue(value: string): string | undefined {
  const url = parsedUrl(value);
  if (url === undefined) return notAnAddress(value);
  if (url.protocol !== "https:" && url.protocol !== "http:") return `begynder med "${url.protocol}", men skal begynde med https:// eller http://.`;
  if (url.username !== "" || url.password !== "") return "indeholder brugernavn eller adgangskode, som ikke må stå i en offentlig adresse.";
  if (url.search !== "" || url.hash !== "" || value.includes("?") || value.includes("#")) return `er "${value}", som har ? eller # i sig.`;
  if (url.pathname !== "/") return `har stien "${url.pathname}", men må kun være sidens protokol og domæne.`;
  return undefined;
}

/**
 * Why a value is not an https origin (how an OAuth proxy is given), in Danish,
 * or undefined when it is; a trailing slash is allowed.
 * @example httpsOriginIssue("http://login.csrforum.dk") // 'er "http://login.csrforum.dk", men skal begynde med https://.'
 */
export function httpsOriginIssue(value: string): string | undefined {
  const url = parsedUrl(value);
  if (url === undefined) return notAnAddress(value);
  if (url.protocol !== "https:") return `er "${value}", men skal begynde med https://.`;
  if (`${url.origin}` !== value.replace(/\/$/, "")) return `er "${value}", men skal være en adresse uden sti, fx "https://login.csrforum.dk".`;
  return undefined;
}

/** The site's own address: http or https and the host, no path (see siteAddressIssue), kept as written. */
export const siteAddress = () => ofKind("site-address", checkedBy(siteAddressIssue));

/** An https origin, such as a login service's address (see httpsOriginIssue). */
export const httpsOrigin = () => ofKind("https-origin", checkedBy(httpsOriginIssue));
