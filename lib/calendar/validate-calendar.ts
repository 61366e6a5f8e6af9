import type { Problem } from "../validation/problems.ts";
import { isCalendarDate } from "../dates/calendar-date.ts";
import { validateAgainst } from "../validation/schema-issues.ts";
import { type Locate, positionOf, readDataFile } from "../validation/yaml-source.ts";
import { yearOf } from "../dates/format.ts";
import { type CalendarFile, calendarSchema } from "./calendar-schema.ts";

/** A calendar file's name: the year it covers, e.g. `2019.yaml`. */
const FILE_NAME = /^(\d{4})\.yaml$/;

/**
 * The year a calendar file covers, from its name, or undefined when the name is
 * not a year.
 * @example calendarYearOf("2019.yaml") // 2019
 */
export function calendarYearOf(fileName: string): number | undefined {
  const match = FILE_NAME.exec(fileName);
  return match ? Number(match[1]) : undefined;
}

/** A calendar file that passed validation, before its links to posts are resolved. */
export interface ValidCalendar {
  year: number;
  /** Repository-relative path, forward slashes: what errors name. */
  file: string;
  data: CalendarFile;
  /** Where each field was written, for problems found later (links to posts). */
  locate?: Locate;
}

/** The activities of a parsed file as far as they are objects, before (or despite) the schema. */
function rawActivities(value: unknown): Array<Record<string, unknown>> {
  if (typeof value !== "object" || value === null) return [];
  const activities = (value as Record<string, unknown>).activities;
  if (!Array.isArray(activities)) return [];
  return activities.map((activity: unknown) =>
    typeof activity === "object" && activity !== null ? (activity as Record<string, unknown>) : {},
  );
}

/**
 * Problems only the whole file shows: an activity in another year, two activities
 * with one id. Read from the parsed YAML, so they are reported together with the
 * schema's problems; values the schema rejects are left to it.
 */
function crossActivityProblems(file: string, year: number, value: unknown, locate: Locate): Problem[] {
  const problems: Problem[] = [];
  const firstIndexOfId = new Map<string, number>();
  for (const [index, activity] of rawActivities(value).entries()) {
    const { date, id } = activity;
    if (typeof date === "string" && isCalendarDate(date) && yearOf(date) !== year) {
      problems.push({
        file,
        field: `activities[${index}].date`,
        ...positionOf(locate, ["activities", index, "date"]),
        message: `er ${date}, som ikke ligger i ${year}.`,
        hint: `Filen ${year}.yaml rummer kun aktiviteter i ${year}: ret datoen, eller flyt aktiviteten til filen for dens år.`,
      });
    }
    if (typeof id !== "string") continue;
    const first = firstIndexOfId.get(id);
    if (first === undefined) {
      firstIndexOfId.set(id, index);
    } else {
      problems.push({
        file,
        field: `activities[${index}].id`,
        ...positionOf(locate, ["activities", index, "id"]),
        message: `er "${id}", ligesom ${first + 1}. aktivitet (activities[${first}]) på linje ${locate(["activities", first, "id"])?.line ?? "?"}.`,
        hint: "Giv hver aktivitet sit eget id: det bruges i links og i kalenderfilerne.",
      });
    }
  }
  return problems;
}

/**
 * Reads and validates one calendar file: its name, its YAML and every activity.
 * Every problem is reported, not the first only; `file` is the repository-relative
 * path the problems name.
 */
export function validateCalendar(file: string, text: string): { calendar?: ValidCalendar; problems: Problem[] } {
  const fileName = file.slice(file.lastIndexOf("/") + 1);
  const year = calendarYearOf(fileName);
  if (year === undefined) {
    return {
      problems: [
        {
          file,
          message: `Filnavnet "${fileName}" er ikke et årstal.`,
          hint: "Giv kalenderfilen årets navn, fx 2019.yaml, med én fil for hvert år.",
        },
      ],
    };
  }
  if (text.trim() === "") {
    return {
      problems: [{ file, message: "Filen er tom.", hint: "Skriv activities: og årets aktiviteter på linjerne under, som i guiden i README.md." }],
    };
  }
  const { source, problems: unreadable } = readDataFile(file, text);
  if (source === undefined) return { problems: unreadable };
  const { value, locate } = source;
  const { value: data, problems } = validateAgainst(file, calendarSchema, value, locate);
  problems.push(...crossActivityProblems(file, year, value, locate));
  if (data === undefined || problems.length > 0) return { problems };
  return { calendar: { year, file, data, locate }, problems: [] };
}
