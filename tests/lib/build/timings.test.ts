import { describe, expect, it } from "vitest";
import { formatBuildTimings, parseBuildTimings } from "../../../lib/build/timings.ts";

describe("build timings", () => {
  const timings = {
    validationMs: 120.5,
    renderMs: 3400,
    searchIndexMs: 900,
    totalMs: 4500,
    relatedMs: 12.5,
    shareCardsMs: 2600,
    shareCardsDrawn: 40,
    shareCardsReused: 2,
  };

  it("are read back from a build's output, among its other lines", () => {
    const output = `[11ty] Wrote 27 files\n${formatBuildTimings(timings)}\nSøgeindeks: 12 sider\n`;
    expect(parseBuildTimings(output)).toEqual(timings);
  });

  it("are absent from output without the line, and from a line with a field missing", () => {
    expect(parseBuildTimings("[11ty] Wrote 27 files\n")).toBeUndefined();
    expect(parseBuildTimings('build timings: {"validationMs":1,"renderMs":2,"totalMs":3}')).toBeUndefined();
    const { relatedMs: _, ...withoutRelated } = timings;
    expect(parseBuildTimings(formatBuildTimings(withoutRelated as typeof timings))).toBeUndefined();
  });
});
