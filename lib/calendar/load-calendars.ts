import { readFile } from "node:fs/promises";
import { entriesIfPresent } from "../files/missing-ok.ts";
import path from "node:path";
import type { LoadedPost } from "../content/load-posts.ts";
import { type Problem, repositoryPath, throwIfProblems } from "../validation/problems.ts";
import type { LoadedCalendar } from "./activity.ts";
import { linkCalendarPosts } from "./post-meetings.ts";
import { type ValidCalendar, validateCalendar } from "./validate-calendar.ts";

/** Where calendar files live, relative to the data folder: `data/calendar/2019.yaml`. */
export const CALENDAR_FOLDER = "calendar";

/** The files of the calendar folder, hidden files (.DS_Store) left out; none if there is no folder. */
async function listCalendarFiles(dir: string): Promise<string[]> {
  return (await entriesIfPresent(dir))
    .filter((entry) => entry.isFile() && !entry.name.startsWith("."))
    .map((entry) => path.join(dir, entry.name))
    .sort();
}

/**
 * Reads and validates every calendar file in `dir` (`data/calendar/`), oldest year
 * first. Throws a ContentError listing every problem in every file; `root` is the
 * repository root the reported paths are relative to.
 */
export async function readCalendars(root: string, dir: string): Promise<ValidCalendar[]> {
  const files = await listCalendarFiles(dir);
  const results = await Promise.all(
    files.map(async (absolutePath) => validateCalendar(repositoryPath(root, absolutePath), await readFile(absolutePath, "utf8"))),
  );
  throwIfProblems(results.flatMap((result) => result.problems));
  return results.flatMap((result) => (result.calendar === undefined ? [] : [result.calendar])).sort((a, b) => a.year - b.year);
}

/**
 * Resolves every calendar's links to posts; throws a ContentError listing every
 * broken link in every file.
 */
export function linkCalendars(calendars: readonly ValidCalendar[], posts: readonly LoadedPost[]): LoadedCalendar[] {
  const problems: Problem[] = [];
  const linked = calendars.flatMap((calendar) => {
    const result = linkCalendarPosts(calendar, posts);
    problems.push(...result.problems);
    return result.calendar === undefined ? [] : [result.calendar];
  });
  throwIfProblems(problems);
  return linked;
}
