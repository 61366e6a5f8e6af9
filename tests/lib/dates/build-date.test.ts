import { describe, expect, it } from "vitest";
import { ContentError } from "../../../lib/validation/problems.ts";
import { resolveBuildDate } from "../../../lib/dates/build-date.ts";

const clock = () => new Date("2026-11-27T10:00:00Z");

describe("resolveBuildDate", () => {
  it("reads SOURCE_DATE_EPOCH as seconds since 1970", () => {
    expect(resolveBuildDate({ SOURCE_DATE_EPOCH: "1538726400" }, clock).toISOString()).toBe("2018-10-05T08:00:00.000Z");
  });

  it("uses the clock when SOURCE_DATE_EPOCH is unset or empty", () => {
    expect(resolveBuildDate({}, clock)).toEqual(clock());
    expect(resolveBuildDate({ SOURCE_DATE_EPOCH: "" }, clock)).toEqual(clock());
  });

  it.each(["yesterday", "-5", "1.5", "1e9"])("rejects %j in Danish", (value) => {
    const run = () => resolveBuildDate({ SOURCE_DATE_EPOCH: value }, clock);
    expect(run).toThrow(ContentError);
    expect(run).toThrow(/SOURCE_DATE_EPOCH.*helt antal sekunder/s);
  });
});
