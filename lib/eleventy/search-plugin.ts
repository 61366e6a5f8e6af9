import { readFileSync } from "node:fs";
import path from "node:path";
import * as pagefind from "pagefind";
import { fingerprintedPath } from "../assets/fingerprint.ts";
import { type CoalescingTask, coalescingTask } from "../search/coalescing-task.ts";
import { type PagefindService, type StreamingIndex, describeIndexing, indexSite, startStreamingIndex } from "../search/index-site.ts";
import { type ReleaseInOrder, releaseInOrder } from "../search/release-order.ts";
import { searchFilters, speakerLine } from "../search/search-fields.ts";
import type { SearchIndexTiming } from "./build-context.ts";
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
  /** Told how long the production build's index took. */
  onIndexed?: (timing: SearchIndexTiming) => void;
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
    onIndexed,
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

  // The production build feeds Pagefind each page as Eleventy writes it, so that
  // its service parses pages on the second core while Eleventy renders the rest.
  // Pagefind numbers pages in the order they arrive: they go to it in the order of
  // Eleventy's content map (its template order, the same on every build), each as
  // soon as every page before it is written.
  let streaming: { index: StreamingIndex; output: string; pages?: ReleaseInOrder<SearchablePage> } | undefined;
  config.on("eleventy.before", async ({ directories, outputMode, runMode }) => {
    // A build that failed never reached eleventy.after: its service is closed here.
    await streaming?.index.abandon();
    streaming = runMode === "build" && outputMode === "fs" ? { index: startStreamingIndex(service, clock), output: directories.output } : undefined;
  });
  config.on("eleventy.contentMap", ({ inputPathToUrl }) => {
    if (streaming === undefined) return;
    const { index } = streaming;
    streaming.pages = releaseInOrder(
      Object.values(inputPathToUrl).flat(),
      (_url, page) => index.add(page.sourcePath, page.content),
    );
  });
  config.addTransform("search-index", function (this: PageTransformContext, content: string) {
    const pages = streaming?.pages;
    // `renderTransforms` (a feed's entry) sets a base: that is not a page being written.
    if (streaming === undefined || pages === undefined || this.baseHref !== undefined || typeof this.url !== "string") return content;
    const searchable = typeof this.outputPath === "string" && this.outputPath.endsWith(".html") && content.includes(SEARCHABLE_MARK);
    pages.ready(this.url, searchable ? { sourcePath: path.relative(streaming.output, this.outputPath as string).split(path.sep).join("/"), content } : undefined);
    return content;
  });

  let output = "";
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

  config.on("eleventy.after", async ({ directories, outputMode }) => {
    if (outputMode !== "fs") return;
    if (streaming === undefined) {
      output = directories.output;
      devIndexing.request();
      return;
    }
    // The output folder is the staging folder in `npm run build`, so the index is
    // swapped in together with the pages it describes.
    const { index: streamed, pages } = streaming;
    streaming = undefined;
    pages?.flush();
    const waiting = clock();
    const result = await streamed.finish(directories.output);
    if (config.quietMode !== true) log(describeIndexing(result));
    onIndexed?.({ indexMs: result.durationMs, waitMs: clock() - waiting });
  });
}
