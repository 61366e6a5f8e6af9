import { ContentError } from "../validation/problems.ts";

/**
 * "Today" for the build, as a Date: `SOURCE_DATE_EPOCH` (seconds since 1970, the
 * reproducible-builds convention) when set, else the clock. Two builds of one tree
 * with the same value produce the same site.
 * @example resolveBuildDate({ SOURCE_DATE_EPOCH: "1538726400" }, () => new Date()) // 2018-10-05T08:00:00Z
 */
export function resolveBuildDate(env: Readonly<Record<string, string | undefined>>, now: () => Date): Date {
  const raw = env.SOURCE_DATE_EPOCH;
  if (raw === undefined || raw === "") return now();
  if (!/^\d{1,12}$/.test(raw.trim())) {
    throw new ContentError([
      {
        file: "miljøvariablen SOURCE_DATE_EPOCH",
        message: `"${raw}" er ikke et helt antal sekunder siden 1. januar 1970.`,
        hint: "Sæt den til fx $(git log -1 --format=%ct), eller fjern den for at bruge uret.",
      },
    ]);
  }
  return new Date(Number(raw.trim()) * 1000);
}
