import path from "node:path";
import { describe, expect, it } from "vitest";
import { linkCalendars, readCalendars } from "../../../lib/calendar/load-calendars.ts";
import { ContentError } from "../../../lib/validation/problems.ts";
import { useScratchDir } from "../../helpers/scratch-dir.ts";

const scratch = useScratchDir("calendars");
const dir = () => path.join(scratch.root, "data/calendar");
const activity = (id: string, date: string) =>
  `  - id: ${id}\n    title: Møde\n    date: ${date}\n    kind: netværksmøde\n    status: confirmed\n`;

describe("readCalendars", () => {
  it("reads every year's file, oldest first, and skips hidden files", async () => {
    await scratch.write("data/calendar/2025.yaml", `activities:\n${activity("a", "2025-05-29")}`);
    await scratch.write("data/calendar/2019.yaml", `activities:\n${activity("a", "2019-03-01")}`);
    await scratch.write("data/calendar/.DS_Store", "binært");
    const calendars = await readCalendars(scratch.root, dir());
    expect(calendars.map((calendar) => [calendar.year, calendar.file])).toEqual([
      [2019, "data/calendar/2019.yaml"],
      [2025, "data/calendar/2025.yaml"],
    ]);
  });

  it("gives no calendars when there is no calendar folder", async () => {
    expect(await readCalendars(scratch.root, dir())).toEqual([]);
  });

  it("reports the problems of every file together", async () => {
    await scratch.write("data/calendar/2019.yaml", `activities:\n${activity("a", "2020-01-01")}`);
    await scratch.write("data/calendar/aktiviteter.yaml", "activities: []\n");
    const error = await readCalendars(scratch.root, dir()).catch((reason: unknown) => reason);
    expect(error).toBeInstanceOf(ContentError);
    expect((error as ContentError).problems.map((problem) => [problem.file, problem.field])).toEqual([
      ["data/calendar/2019.yaml", "activities[0].date"],
      ["data/calendar/aktiviteter.yaml", undefined],
    ]);
  });
});

describe("linkCalendars", () => {
  it("reports broken links in every calendar together", async () => {
    await scratch.write("data/calendar/2019.yaml", `activities:\n${activity("a", "2019-03-01")}    post: /2019/x/\n`);
    await scratch.write("data/calendar/2020.yaml", `activities:\n${activity("a", "2020-03-01")}    post: /2020/y/\n`);
    const calendars = await readCalendars(scratch.root, dir());
    expect(() => linkCalendars(calendars, [])).toThrow(ContentError);
    try {
      linkCalendars(calendars, []);
    } catch (error) {
      expect((error as ContentError).problems.map((problem) => problem.file)).toEqual(["data/calendar/2019.yaml", "data/calendar/2020.yaml"]);
    }
  });
});
