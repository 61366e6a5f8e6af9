import { readFileSync } from "node:fs";
import path from "node:path";
import * as pagefind from "pagefind";
import { fingerprintedPath } from "../assets/fingerprint.ts";
import { type CoalescingTask, coalescingTask } from "../search/coalescing-task.ts";
import { type PagefindService, describeIndexing, indexSite } from "../search/index-site.ts";
import { searchFilters, speakerLine } from "../search/search-fields.ts";
import type { SearchIndexTiming } from "./build-context.ts";
import type { EleventyConfig } from "./types.ts";

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
 * are made from, the search page's script, and after every build that wrote
 * files the index in `<output>/pagefind/`: within the production build, and in
 * the background after each `npm start` rebuild. A build to memory (`toJSON`)
 * writes no index.
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

  config.on("eleventy.after", async ({ directories, outputMode, runMode }) => {
    if (outputMode !== "fs") return;
    output = directories.output;
    // The output folder is the staging folder in `npm run build`, so the index is
    // swapped in together with the pages it describes.
    if (runMode === "build") {
      const { durationMs } = await index();
      onIndexed?.({ indexMs: durationMs, waitMs: durationMs });
    }
    else devIndexing.request();
  });
}
