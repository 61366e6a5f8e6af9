import { type SearchCost, formatSearchCost } from "./search-cost.ts";

/** One engine's figures for one corpus size: medians of the runs, and the highest peak RSS seen. */
export interface EngineFigures {
  seconds: number;
  peakRssKb: number | undefined;
}

/** The baseline: bare Eleventy, then the Pagefind CLI over its output. */
export interface BaselineFigures extends EngineFigures {
  eleventySeconds: number;
  /** Undefined when Pagefind is not installed. */
  pagefindSeconds: number | undefined;
}

export interface DevLoopFigures {
  startupSeconds: number;
  /** Median time from saving a post to its page holding the edit. */
  rebuildSeconds: number;
}

/** Everything measured for one corpus size; `undefined` for what could not be measured. */
export interface SizeResult {
  /** The query expansion's build time and bytes (lib/bench/search-cost.ts). */
  search?: SearchCost;
  posts: number;
  runs: number;
  ours: EngineFigures;
  baseline: BaselineFigures;
  hugo: EngineFigures | undefined;
  devLoop: DevLoopFigures | undefined;
}

/**
 * The middle value (the mean of the two middle ones for an even count).
 * @example median([3, 1, 2]) // 2
 */
export function median(values: readonly number[]): number {
  if (values.length === 0) throw new RangeError("median() of no values");
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? (sorted[middle] as number) : ((sorted[middle - 1] as number) + (sorted[middle] as number)) / 2;
}

/** The larger of the known values, undefined if none is known. */
export function peak(values: ReadonlyArray<number | undefined>): number | undefined {
  const known = values.filter((value): value is number => value !== undefined);
  return known.length === 0 ? undefined : Math.max(...known);
}

const seconds = (value: number | undefined) => (value === undefined ? "n/a" : `${value.toFixed(2)} s`);
const megabytes = (kb: number | undefined) => (kb === undefined ? "n/a" : `${Math.round(kb / 1024)} MB`);

/** Ours divided by the baseline, the figure the targets are set on. */
export function ratio(result: SizeResult): number {
  return result.ours.seconds / result.baseline.seconds;
}

function baselineCell(baseline: BaselineFigures): string {
  const pagefind = baseline.pagefindSeconds === undefined ? "no Pagefind" : seconds(baseline.pagefindSeconds);
  return `${seconds(baseline.seconds)} (${seconds(baseline.eleventySeconds)} + ${pagefind})`;
}

/** A Markdown table of the results, one row per corpus size, and the growth between sizes. */
export function formatTable(results: readonly SizeResult[]): string {
  const header = ["N", "ours", "baseline (11ty + Pagefind)", "ours / baseline", "peak RSS ours", "peak RSS baseline", "hugo", "dev loop (edit → page)"];
  const rows = results.map((result) => [
    String(result.posts),
    seconds(result.ours.seconds),
    baselineCell(result.baseline),
    `${ratio(result).toFixed(2)}×`,
    megabytes(result.ours.peakRssKb),
    megabytes(result.baseline.peakRssKb),
    result.hugo === undefined ? "n/a" : `${seconds(result.hugo.seconds)}, ${megabytes(result.hugo.peakRssKb)}`,
    seconds(result.devLoop?.rebuildSeconds),
  ]);
  const widths = header.map((cell, column) => Math.max(cell.length, ...rows.map((row) => (row[column] ?? "").length)));
  const line = (cells: readonly string[]) => `| ${cells.map((cell, column) => cell.padEnd(widths[column] ?? 0)).join(" | ")} |`;
  const lines = [line(header), line(widths.map((width) => "-".repeat(width))), ...rows.map(line)];
  const sorted = [...results].sort((a, b) => a.posts - b.posts);
  for (const [smaller, larger] of sorted.slice(1).map((result, index) => [sorted[index] as SizeResult, result] as const)) {
    lines.push(
      `growth ${smaller.posts} → ${larger.posts} posts (×${(larger.posts / smaller.posts).toFixed(1)}): ` +
        `ours ×${(larger.ours.seconds / smaller.ours.seconds).toFixed(2)}, baseline ×${(larger.baseline.seconds / smaller.baseline.seconds).toFixed(2)}`,
    );
  }
  for (const result of sorted) if (result.search !== undefined) lines.push(formatSearchCost(result.posts, result.search));
  return lines.join("\n");
}

/** The results as one JSON line, for machines; seconds and kB, null for what was not measured. */
export function formatJson(results: readonly SizeResult[], seed: number): string {
  return JSON.stringify({ bench: "csr-forum-blog", seed, results: results.map((result) => ({ ...result, ratio: ratio(result) })) }, (_key, value: unknown) =>
    value === undefined ? null : value,
  );
}
