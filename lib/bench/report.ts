import { type SearchCost, formatSearchCost } from "./search-cost.ts";

/** One engine's figures for one corpus size: medians of the runs, and the highest peak RSS seen. */
export interface EngineFigures {
  seconds: number;
  peakRssKb: number | undefined;
}

/** Where our build's time went (medians, seconds); the search index may overlap rendering. */
export interface PhaseFigures {
  validationSeconds: number;
  renderSeconds: number;
  searchIndexSeconds: number;
  /** Working out the related meetings, part of the render. */
  relatedSeconds: number;
}

/** The share cards: a cold build, which draws every card, against a warm one, which copies them from `.cache/share-cards/`. */
export interface ShareCardFigures {
  /** How many cards the cold build drew, and the time from its first to its last (beside the render). */
  drawn: number;
  drawSeconds: number;
  coldSeconds: number;
  coldNodePeakRssKb: number | undefined;
  /** The median of our timed (warm) runs. */
  warmSeconds: number;
}

/** Our production build: its phases and the peak RSS of its Node process and of Pagefind's service apart. */
export interface OurFigures extends EngineFigures {
  phases: PhaseFigures | undefined;
  nodePeakRssKb: number | undefined;
  pagefindPeakRssKb: number | undefined;
}

/** The baseline: bare Eleventy, then the Pagefind CLI over its output. */
export interface BaselineFigures extends EngineFigures {
  eleventySeconds: number;
  /** Undefined when Pagefind is not installed. */
  pagefindSeconds: number | undefined;
  eleventyPeakRssKb: number | undefined;
  pagefindPeakRssKb: number | undefined;
}

export interface DevLoopFigures {
  /** From starting `npm start`'s command to the server serving. */
  startupSeconds: number;
  /** The same for bare `eleventy --serve` over the baseline's site. */
  bareStartupSeconds: number;
  /** Median time from saving a post to its page holding the edit. */
  rebuildSeconds: number;
}

/** The project's own posts, as the secretariat builds them: `npm run build` and `npm run check` against bare Eleventy. */
export interface ShippedResult {
  posts: number;
  buildSeconds: number;
  checkSeconds: number;
  bareEleventySeconds: number;
}

/** Everything measured for one corpus size; `undefined` for what could not be measured. */
export interface SizeResult {
  /** The query expansion's build time and bytes (lib/bench/search-cost.ts). */
  search?: SearchCost;
  posts: number;
  runs: number;
  ours: OurFigures;
  baseline: BaselineFigures;
  hugo: EngineFigures | undefined;
  devLoop: DevLoopFigures | undefined;
  /** Undefined when the cold build reported no timings. */
  shareCards?: ShareCardFigures | undefined;
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

function phasesCell(phases: PhaseFigures | undefined): string {
  return phases === undefined
    ? "n/a"
    : `${seconds(phases.validationSeconds)} / ${seconds(phases.renderSeconds)} / ${seconds(phases.searchIndexSeconds)}`;
}

/**
 * The line on a size's share cards.
 * @example shareCardsLine(1000, cards) // "share cards at 1000 posts: 1002 drawn in 61.20 s beside the render; cold build 70.15 s (peak RSS node 875 MB) vs warm 11.90 s"
 */
function shareCardsLine(posts: number, cards: ShareCardFigures): string {
  return (
    `share cards at ${posts} posts: ${cards.drawn} drawn in ${seconds(cards.drawSeconds)} beside the render; ` +
    `cold build ${seconds(cards.coldSeconds)} (peak RSS node ${megabytes(cards.coldNodePeakRssKb)}) vs warm ${seconds(cards.warmSeconds)}`
  );
}

function devLoopCell(devLoop: DevLoopFigures | undefined): string {
  return devLoop === undefined ? "n/a" : `${seconds(devLoop.startupSeconds)} / ${seconds(devLoop.bareStartupSeconds)}`;
}

/** A Markdown table of `rows` under `header`, columns padded to their widest cell. */
function markdownTable(header: readonly string[], rows: ReadonlyArray<readonly string[]>): string[] {
  const widths = header.map((cell, column) => Math.max(cell.length, ...rows.map((row) => (row[column] ?? "").length)));
  const line = (cells: readonly string[]) => `| ${cells.map((cell, column) => cell.padEnd(widths[column] ?? 0)).join(" | ")} |`;
  return [line(header), line(widths.map((width) => "-".repeat(width))), ...rows.map(line)];
}

/**
 * A Markdown table of the results, one row per corpus size, and the growth
 * between sizes; then the shipped site's figures, when measured.
 */
export function formatTable(results: readonly SizeResult[], shipped?: ShippedResult): string {
  const header = [
    "N",
    "ours",
    "phases: validate / render / index",
    "related",
    "baseline (11ty + Pagefind)",
    "ours / baseline",
    "peak RSS ours (node / pagefind)",
    "peak RSS baseline (11ty / pagefind)",
    "hugo",
    "dev start ours / bare",
    "edit → page",
  ];
  const rows = results.map((result) => [
    String(result.posts),
    seconds(result.ours.seconds),
    phasesCell(result.ours.phases),
    seconds(result.ours.phases?.relatedSeconds),
    baselineCell(result.baseline),
    `${ratio(result).toFixed(2)}×`,
    `${megabytes(result.ours.nodePeakRssKb)} / ${megabytes(result.ours.pagefindPeakRssKb)}`,
    `${megabytes(result.baseline.eleventyPeakRssKb)} / ${megabytes(result.baseline.pagefindPeakRssKb)}`,
    result.hugo === undefined ? "n/a" : `${seconds(result.hugo.seconds)}, ${megabytes(result.hugo.peakRssKb)}`,
    devLoopCell(result.devLoop),
    seconds(result.devLoop?.rebuildSeconds),
  ]);
  const lines = markdownTable(header, rows);
  const sorted = [...results].sort((a, b) => a.posts - b.posts);
  for (const [smaller, larger] of sorted.slice(1).map((result, index) => [sorted[index] as SizeResult, result] as const)) {
    lines.push(
      `growth ${smaller.posts} → ${larger.posts} posts (×${(larger.posts / smaller.posts).toFixed(1)}): ` +
        `ours ×${(larger.ours.seconds / smaller.ours.seconds).toFixed(2)}, baseline ×${(larger.baseline.seconds / smaller.baseline.seconds).toFixed(2)}`,
    );
  }
  for (const result of sorted) if (result.shareCards !== undefined) lines.push(shareCardsLine(result.posts, result.shareCards));
  for (const result of sorted) if (result.search !== undefined) lines.push(formatSearchCost(result.posts, result.search));
  if (shipped !== undefined) {
    lines.push(
      `shipped site (${shipped.posts} posts): npm run build ${seconds(shipped.buildSeconds)}, npm run check ${seconds(shipped.checkSeconds)}, ` +
        `bare Eleventy ${seconds(shipped.bareEleventySeconds)}`,
    );
  }
  return lines.join("\n");
}

/** The results as one JSON line, for machines; seconds and kB, null for what was not measured. */
export function formatJson(results: readonly SizeResult[], seed: number, shipped?: ShippedResult): string {
  return JSON.stringify({ bench: "csr-forum-blog", seed, shipped, results: results.map((result) => ({ ...result, ratio: ratio(result) })) }, (_key, value: unknown) =>
    value === undefined ? null : value,
  );
}
