import * as pagefind from "pagefind";
import { type CoalescingTask, coalescingTask } from "../search/coalescing-task.ts";
import { type PagefindService, describeIndexing, describeIndexingFailure, indexSite } from "../search/index-site.ts";
import { searchFilters, speakerLine } from "../search/search-fields.ts";
import { PREVIEW_IDLE_MS, whenPreviewIdle } from "./preview-idle.ts";
import type { EleventyConfig } from "./types.ts";

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
  /** How long the dev server is idle before it indexes; PREVIEW_IDLE_MS unless given. */
  idleMs?: number;
}

/**
 * Full-text search with Pagefind: the filters the search attributes of a post
 * are made from, and the search index. The production build's index (started and
 * written by `buildSite` over the finished staging folder, so a failure is reported
 * once, by the build command); the dev server's is written into `<output>/pagefind/`
 * in the background once `npm start` has had no rebuild for PREVIEW_IDLE_MS. A
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
    idleMs = PREVIEW_IDLE_MS,
  }: SearchPluginOptions = {},
): void {
  config.addFilter("searchFilters", searchFilters);
  config.addFilter("speakerLine", speakerLine);

  let output = "";
  // In the background: Eleventy waits for eleventy.after before it starts the next
  // rebuild, and indexing took ~8 s at 4,000 posts, so each edit waited for the
  // index of the one before. A rebuild during indexing queues one more run; a
  // failed run is reported and the server goes on.
  let stopped = false;
  const devIndexing = coalescingTask(
    async () => {
      stopped = false;
      try {
        const result = await indexSite(service, output, clock);
        if (config.quietMode !== true) log(describeIndexing(result));
      } catch (error) {
        // Stopped for a rebuild (below): not a failure, and the rebuild asks again.
        if (!stopped) throw error;
      }
    },
    (error) => logError(describeIndexingFailure(error)),
  );
  // An index of the pages a rebuild is about to replace is of no use, and on two
  // cores it took the CPU from the rebuild: at 4,000 posts each edit reached its
  // page later than the one before (11, 17, 22 s). Pagefind is stopped (closing
  // its service ends its process) and indexes again after the rebuild.
  // And it waits for the server to be idle: at 4,000 posts Pagefind took a core
  // for about 15 s after each rebuild, started and stopped again by every save
  // of someone at work on a post.
  config.on("eleventy.beforeWatch", async () => {
    if (!devIndexing.busy) return;
    stopped = true;
    await service.close();
  });
  backgroundIndexing?.(devIndexing);

  config.on("eleventy.after", ({ directories, outputMode, runMode }) => {
    if (outputMode !== "fs" || runMode === "build") return;
    output = directories.output;
  });
  whenPreviewIdle(config, () => devIndexing.request(), idleMs);
}
