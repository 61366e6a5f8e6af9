import path from "node:path";
import * as pagefind from "pagefind";
import { type CoalescingTask, coalescingTask } from "../search/coalescing-task.ts";
import { type PageSink, type PagefindService, describeIndexing, describeIndexingFailure, indexSite } from "../search/index-site.ts";
import { type ReleaseInOrder, releaseInOrder } from "../search/release-order.ts";
import { searchFilters, speakerLine } from "../search/search-fields.ts";
import type { SiteState } from "../site/site-state.ts";
import type { EleventyConfig, TransformContext } from "./types.ts";

/** What Pagefind indexes: only pages with this attribute (a post's article, a standing page's text). */
const SEARCHABLE_MARK = "data-pagefind-body";

/** A written page for the index: its path in the output folder and its HTML. */
interface SearchablePage {
  sourcePath: string;
  content: string;
}

export interface SearchPluginOptions {
  /** The Pagefind Node API; tests pass a fake. */
  service?: PagefindService;
  /** Where the "pages indexed" line goes; standard output unless given. Silent in quiet mode. */
  log?: (line: string) => void;
  /** Milliseconds, for the time indexing took. */
  clock?: () => number;
  /** Where a failed background indexing is reported, whole and in Danish; standard error unless given. */
  logError?: (report: string) => void;
  /** Receives the dev server's background indexing, for tests to wait on. */
  backgroundIndexing?: (task: CoalescingTask) => void;
  /** The production build's index, fed each searchable page as it is written (`buildSite` writes its bundle). */
  searchIndex?: PageSink;
  /** The validated site, to tell posts from other pages. */
  state?: SiteState;
}

/**
 * Full-text search with Pagefind: the filters the search attributes of a post
 * are made from, and the search index. The production build's index (started and
 * written by `buildSite`, so a failure is reported once, by the build command) is
 * handed each searchable page as Eleventy writes it; the dev server's is written
 * into `<output>/pagefind/` in the background after each `npm start` rebuild. A
 * build to memory (`toJSON`) is not indexed.
 */
export function searchPlugin(
  config: EleventyConfig,
  {
    service = pagefind,
    log = (line) => console.log(line),
    clock = () => performance.now(),
    logError = (report) => console.error(report),
    backgroundIndexing,
    searchIndex,
    state,
  }: SearchPluginOptions = {},
): void {
  config.addFilter("searchFilters", searchFilters);
  config.addFilter("speakerLine", speakerLine);

  // The production build's index takes each page as Eleventy writes it, so that
  // Pagefind's service parses pages on the second core while Eleventy renders the
  // rest. Pagefind numbers pages in the order they arrive, and Eleventy's own order
  // (its content map) changes from build to build, so pages go to Pagefind in a
  // fixed order, each as soon as every page before it is written: the posts by
  // URL, which Eleventy renders first, then every other page by URL.
  let pages: ReleaseInOrder<SearchablePage> | undefined;
  let output = "";
  let writesFiles = false;
  config.on("eleventy.before", ({ directories, outputMode }) => {
    output = directories.output;
    writesFiles = outputMode === "fs";
  });
  config.on("eleventy.contentMap", ({ inputPathToUrl }) => {
    if (searchIndex === undefined || !writesFiles) return;
    const byUrl = (entries: Array<[string, string[]]>) => entries.flatMap(([, urls]) => urls).sort();
    const entries = Object.entries(inputPathToUrl);
    const isPost = ([inputPath]: [string, string[]]) => state?.post(inputPath) !== undefined;
    const order = [...byUrl(entries.filter(isPost)), ...byUrl(entries.filter((entry) => !isPost(entry)))];
    pages = releaseInOrder(order, (_url, page) => searchIndex.add(page.sourcePath, page.content));
  });
  config.addTransform("search-index", function (this: TransformContext, content: string) {
    // `renderTransforms` (a feed's entry) sets a base: that is not a page being written.
    if (pages === undefined || this.baseHref !== undefined || typeof this.url !== "string") return content;
    const searchable = typeof this.outputPath === "string" && this.outputPath.endsWith(".html") && content.includes(SEARCHABLE_MARK);
    pages.ready(this.url, searchable ? { sourcePath: path.relative(output, this.outputPath as string).split(path.sep).join("/"), content } : undefined);
    return content;
  });

  // In the background: Eleventy waits for eleventy.after before it starts the next
  // rebuild, and indexing took ~8 s at 4,000 posts, so each edit waited for the
  // index of the one before. A rebuild during indexing queues one more run; a
  // failed run is reported and the server goes on.
  const devIndexing = coalescingTask(
    async () => {
      const result = await indexSite(service, output, clock);
      if (config.quietMode !== true) log(describeIndexing(result));
    },
    (error) => logError(describeIndexingFailure(error)),
  );
  backgroundIndexing?.(devIndexing);

  config.on("eleventy.after", ({ directories, outputMode, runMode }) => {
    if (outputMode !== "fs") return;
    // Every page is written: whatever still waits goes to the index, in order.
    pages?.flush();
    pages = undefined;
    if (runMode === "build") return;
    output = directories.output;
    devIndexing.request();
  });
}
