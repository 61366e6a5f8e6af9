/** What the build's plugins measure while Eleventy runs: the related meetings and the share cards. */
export interface BuildMeasures {
  /** Working out every post's related meetings (`SiteState.relatedPosts`), within the render. */
  relatedMs: number;
  /** The share cards, from the first drawn or copied to the last: beside the render, then awaited after it. */
  shareCardsMs: number;
  /** How many cards were drawn, and how many copied from `.cache/share-cards/`. */
  shareCardsDrawn: number;
  shareCardsReused: number;
}

/** A build's measures before anything is measured. */
export function emptyMeasures(): BuildMeasures {
  return { relatedMs: 0, shareCardsMs: 0, shareCardsDrawn: 0, shareCardsReused: 0 };
}

/** Where a production build's time went, in milliseconds: the phases `npm run bench` reports. */
export interface BuildTimings extends BuildMeasures {
  /** Reading and validating the settings, posts and calendars. */
  validationMs: number;
  /** Eleventy's render and write (the search index is fed meanwhile). */
  renderMs: number;
  /** The search index, from starting Pagefind's service to its bundle written: it overlaps rendering. */
  searchIndexMs: number;
  /** The whole build, swap included. */
  totalMs: number;
}

/** What starts the line `npm run build -- --timings` writes to standard error. */
const TIMINGS_PREFIX = "build timings: ";

/**
 * The line `npm run build -- --timings` writes: the phases as JSON after a fixed prefix.
 * @example formatBuildTimings({ validationMs: 1, renderMs: 2, searchIndexMs: 3, totalMs: 6, relatedMs: 0.5, … }) // 'build timings: {"validationMs":1,…}'
 */
export function formatBuildTimings(timings: BuildTimings): string {
  return `${TIMINGS_PREFIX}${JSON.stringify(timings)}`;
}

/** The timings in a build's output (the last such line), or undefined when it has none. */
export function parseBuildTimings(output: string): BuildTimings | undefined {
  const line = output
    .split("\n")
    .filter((candidate) => candidate.startsWith(TIMINGS_PREFIX))
    .at(-1);
  if (line === undefined) return undefined;
  const parsed = JSON.parse(line.slice(TIMINGS_PREFIX.length)) as Partial<Record<keyof BuildTimings, unknown>>;
  const numbers = [
    parsed.validationMs,
    parsed.renderMs,
    parsed.searchIndexMs,
    parsed.totalMs,
    parsed.relatedMs,
    parsed.shareCardsMs,
    parsed.shareCardsDrawn,
    parsed.shareCardsReused,
  ];
  if (!numbers.every((value) => typeof value === "number" && Number.isFinite(value))) return undefined;
  return parsed as BuildTimings;
}
