import type { EleventyConfig } from "./types.ts";

/**
 * How long the dev server is left without a rebuild before it brings the
 * preview's search up to date (the Pagefind index, the vocabulary): work of
 * seconds at 4,000 posts that, started right after each rebuild, took the CPU
 * from the next save's.
 */
export const PREVIEW_IDLE_MS = 5000;

/**
 * Runs `work` once the dev server has had no rebuild for `idleMs` after one that
 * wrote files; a rebuild that starts first puts it off again. Never for a
 * production build or a build to memory.
 */
export function whenPreviewIdle(config: EleventyConfig, work: () => void, idleMs = PREVIEW_IDLE_MS): void {
  let timer: NodeJS.Timeout | undefined;
  config.on("eleventy.beforeWatch", () => clearTimeout(timer));
  config.on("eleventy.after", ({ runMode, outputMode }) => {
    if (runMode === "build" || outputMode !== "fs") return;
    clearTimeout(timer);
    timer = setTimeout(work, idleMs);
    timer.unref();
  });
}
