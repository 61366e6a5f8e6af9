import { describe, expect, it } from "vitest";
import { type SizeResult, formatJson, formatTable, median, peak } from "../../../lib/bench/report.ts";

const result = (posts: number, ours: number, baseline: number): SizeResult => ({
  posts,
  runs: 3,
  ours: {
    seconds: ours,
    peakRssKb: 512 * 1024,
    phases: { validationSeconds: 0.25, renderSeconds: 1.5, searchIndexSeconds: 0.75, relatedSeconds: 0.04 },
    nodePeakRssKb: 400 * 1024,
    pagefindPeakRssKb: 512 * 1024,
  },
  baseline: {
    seconds: baseline,
    peakRssKb: 2048 * 1024,
    eleventySeconds: baseline - 1,
    pagefindSeconds: 1,
    eleventyPeakRssKb: 300 * 1024,
    pagefindPeakRssKb: 2048 * 1024,
  },
  hugo: undefined,
  devLoop: { startupSeconds: 3, bareStartupSeconds: 2, rebuildSeconds: 0.5 },
  shareCards: { drawn: posts + 2, drawSeconds: posts / 20, coldSeconds: ours + posts / 25, coldNodePeakRssKb: 900 * 1024, warmSeconds: ours },
});

describe("median and peak", () => {
  it("take the middle value, or the mean of the two middle ones", () => {
    expect(median([3, 1, 2])).toBe(2);
    expect(median([4, 1, 3, 2])).toBe(2.5);
    expect(() => median([])).toThrow(RangeError);
  });

  it("take the largest known value", () => {
    expect(peak([3, undefined, 7])).toBe(7);
    expect(peak([undefined])).toBeUndefined();
  });
});

describe("formatTable", () => {
  it("gives a row per size with phases, the related meetings, the ratio, memory per process in MB, n/a for what was not measured, and the growth", () => {
    const lines = formatTable([result(1000, 2, 4), result(10_000, 30, 40)]).split("\n");
    expect(lines[0]).toMatch(/^\| N +\| ours +\| phases: validate \/ render \/ index +\| related +\| baseline \(11ty \+ Pagefind\) +\| ours \/ baseline/);
    const cells = (lines[2] ?? "").split("|").map((cell) => cell.trim());
    expect(cells.slice(1, 12)).toEqual([
      "1000",
      "2.00 s",
      "0.25 s / 1.50 s / 0.75 s",
      "0.04 s",
      "4.00 s (3.00 s + 1.00 s)",
      "0.50×",
      "400 MB / 512 MB",
      "300 MB / 2048 MB",
      "n/a",
      "3.00 s / 2.00 s",
      "0.50 s",
    ]);
    expect(lines[4]).toBe("growth 1000 → 10000 posts (×10.0): ours ×15.00, baseline ×10.00");
  });

  it("says for each size how many share cards the cold build drew, and what it took against a warm build", () => {
    const lines = formatTable([result(1000, 2, 4), result(10_000, 30, 40)]).split("\n");
    expect(lines.slice(5)).toEqual([
      "share cards at 1000 posts: 1002 drawn in 50.00 s beside the render; cold build 42.00 s (peak RSS node 900 MB) vs warm 2.00 s",
      "share cards at 10000 posts: 10002 drawn in 500.00 s beside the render; cold build 430.00 s (peak RSS node 900 MB) vs warm 30.00 s",
    ]);
  });

  it("leaves the share cards' line out for a size whose cold build reported no timings", () => {
    const lines = formatTable([{ ...result(1000, 2, 4), shareCards: undefined }]).split("\n");
    expect(lines).toHaveLength(3);
    expect(lines.some((line) => line.startsWith("share cards"))).toBe(false);
  });

  it("ends with the shipped site's build and check against bare Eleventy", () => {
    const lines = formatTable([result(1000, 2, 4)], { posts: 2, buildSeconds: 1.25, checkSeconds: 0.5, bareEleventySeconds: 0.75 }).split("\n");
    expect(lines.at(-1)).toBe("shipped site (2 posts): npm run build 1.25 s, npm run check 0.50 s, bare Eleventy 0.75 s");
  });
});

describe("formatJson", () => {
  it("is one line of JSON with null for what was not measured", () => {
    const text = formatJson([result(1000, 2, 4)], 7);
    expect(text).not.toContain("\n");
    const parsed = JSON.parse(text) as { seed: number; results: Array<{ hugo: null; ratio: number }> };
    expect(parsed.seed).toBe(7);
    expect(parsed.results[0]?.hugo).toBeNull();
    expect(parsed.results[0]?.ratio).toBe(0.5);
  });
});
