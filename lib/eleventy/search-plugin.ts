import { readFileSync } from "node:fs";
import path from "node:path";
import * as pagefind from "pagefind";
import { fingerprintedPath } from "../assets/fingerprint.ts";
import { type CoalescingTask, coalescingTask } from "../search/coalescing-task.ts";
import { type PageSink, type PagefindService, describeIndexing, indexSite } from "../search/index-site.ts";
import { type ReleaseInOrder, releaseInOrder } from "../search/release-order.ts";
import { searchFilters, speakerLine } from "../search/search-fields.ts";
import type { SiteState } from "./site-state.ts";
import type { EleventyConfig, HtmlTransformContext } from "./types.ts";

/** What Pagefind indexes: only pages with this attribute (a post's article, a standing page's text). */
const SEARCHABLE_MARK = "data-pagefind-body";

/** A written page for the index: its path in the output folder and its HTML. */
interface SearchablePage {
  sourcePath: string;
  content: string;
}

/** `this` of a transform: the page being written. */
type PageTransformContext = HtmlTransformContext & { url?: string | false };

/** The search page's own script, relative to the input folder. */
const SEARCH_SCRIPT = "assets/search.js";

export interface SearchPluginOptions {
  /** The Pagefind Node API; tests pass a fake. */
  service?: PagefindService;
  /** Where the "pages indexed" line goes; standard output unless given. Silent in quiet mode. */
  log?: (line: string) => void;
  /** Milliseconds, for the time indexing took. */
  clock?: () => number;
  /** Where a failed background indexing (the dev server's) is reported; standard error unless given. */
  logError?: (message: string) => void;
  /** Receives the dev server's background indexing, for tests to wait on. */
  backgroundIndexing?: (task: CoalescingTask) => void;
  /** The production build's index, fed each searchable page as it is written (`buildSite` writes its bundle). */
  searchIndex?: PageSink;
  /** The validated site, to tell posts from other pages. */
  state?: SiteState;
}

/**
 * Full-text search with Pagefind: the filters the search attributes of a post
 * are made from, the search page's script, and the index in `<output>/pagefind/`
 * of every build that writes files: the production build gives Pagefind each
 * searchable page as it is written and writes the bundle at its end; `npm start`
 * indexes its output folder in the background after each rebuild. A build to
 * memory (`toJSON`) writes no index.
 */
export function searchPlugin(
  config: EleventyConfig,
  {
    service = pagefind,
    log = (line) => console.log(line),
    clock = () => performance.now(),
    logError = (message) => console.error(message),
    backgroundIndexing,
    searchIndex,
    state,
  }: SearchPluginOptions = {},
): void {
  config.addFilter("searchFilters", searchFilters);
  config.addFilter("speakerLine", speakerLine);
  // Relative to the input folder, wherever that is (tests build copies of the site).
  // Published under the hash of its contents, like the stylesheet, because hosts
  // cache /assets/ for good; the search page links it through the `fingerprinted`
  // filter, which hashes the same bytes. (Under `npm start` an edit to the script
  // takes a restart: the copy's name is fixed when the configuration is read.)
  const script = path.join(config.directories.input, SEARCH_SCRIPT);
  config.addPassthroughCopy({ [script]: fingerprintedPath(SEARCH_SCRIPT, readFileSync(script)) });

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
  config.addTransform("search-index", function (this: PageTransformContext, content: string) {
    // `renderTransforms` (a feed's entry) sets a base: that is not a page being written.
    if (pages === undefined || this.baseHref !== undefined || typeof this.url !== "string") return content;
    const searchable = typeof this.outputPath === "string" && this.outputPath.endsWith(".html") && content.includes(SEARCHABLE_MARK);
    pages.ready(this.url, searchable ? { sourcePath: path.relative(output, this.outputPath as string).split(path.sep).join("/"), content } : undefined);
    return content;
  });

  const index = async () => {
    const result = await indexSite(service, output, clock);
    if (config.quietMode !== true) log(describeIndexing(result));
    return result;
  };
  // The dev server indexes in the background: Eleventy waits for eleventy.after
  // before it starts the next rebuild, and indexing took ~8 s at 4,000 posts, so
  // each edit waited for the index of the one before. A rebuild during indexing
  // queues one more run; a failed run is reported and the server goes on.
  const devIndexing = coalescingTask(index, (error) => logError(error instanceof Error ? error.message : String(error)));
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
