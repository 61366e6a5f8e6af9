import { type FSWatcher, existsSync, watch } from "node:fs";
import path from "node:path";
import { removeStalePages, stalePageUrls } from "../build/stale-pages.ts";
import { touchListingLayout } from "./listing-layout.ts";
import type { EleventyBeforeArgs, EleventyConfig } from "./types.ts";

/**
 * The dev server's output (`_preview/`) without pages that are gone: Eleventy
 * writes into it without clearing it, so a deleted post, or the old address of a
 * renamed one, stayed there and in its search index until a restart.
 *
 * - Each rebuild, once Eleventy knows its pages (the content map) and before it
 *   writes any, removes the pages of every URL the build before had and this one
 *   has not (a renamed post's old address).
 * - Eleventy 3.1 does not rebuild when a file is deleted (its watcher only forgets
 *   the file), so the plugin watches the input folder itself, removes a deleted
 *   template's pages at once, and touches the listing layout: the rebuild that
 *   follows renders the pages that listed it, and its neighbours' older/newer links.
 *
 * The production build writes into an empty staging folder and needs none of this.
 */
export function previewPlugin(config: EleventyConfig): void {
  let build: EleventyBeforeArgs | undefined;
  let pages: Record<string, Array<string | false>> | undefined;
  let watcher: FSWatcher | undefined;
  const written = (urls: ReadonlyArray<string | false>) => urls.filter((url) => url !== false);
  const urls = (map: Record<string, Array<string | false>>) => written(Object.values(map).flat());

  const removeDeleted = async (inputDir: string, outputDir: string, changed: string) => {
    if (pages === undefined) return;
    const inputPath = `./${path.relative(process.cwd(), path.join(inputDir, changed)).split(path.sep).join("/")}`;
    const gone = pages[inputPath];
    if (gone === undefined || existsSync(path.join(inputDir, changed))) return;
    const { [inputPath]: _removed, ...rest } = pages;
    pages = rest;
    await removeStalePages(outputDir, written(gone), urls(rest));
    if (build !== undefined) await touchListingLayout(build.directories);
  };

  config.on("eleventy.before", (args) => {
    build = args;
    const { input, output } = args.directories;
    if (watcher !== undefined || args.runMode === "build" || args.outputMode !== "fs" || !existsSync(input)) return;
    watcher = watch(input, { recursive: true }, (event, changed) => {
      if (event === "rename" && typeof changed === "string") void removeDeleted(input, output, changed).catch((error: unknown) => console.error(error));
    });
    watcher.unref();
  });
  config.on("eleventy.contentMap", async ({ inputPathToUrl }) => {
    if (build === undefined || build.runMode === "build" || build.outputMode !== "fs") return;
    if (pages !== undefined) {
      const current = urls(inputPathToUrl);
      await removeStalePages(build.directories.output, stalePageUrls(urls(pages), current), current);
    }
    pages = inputPathToUrl;
  });
}
