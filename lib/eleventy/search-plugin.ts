import { readFileSync } from "node:fs";
import path from "node:path";
import * as pagefind from "pagefind";
import { fingerprintedPath } from "../assets/fingerprint.ts";
import { type PagefindService, describeIndexing, indexSite } from "../search/index-site.ts";
import { searchFilters, speakerLine } from "../search/search-fields.ts";
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
}

/**
 * Full-text search with Pagefind: the filters the search attributes of a post
 * are made from, the search page's script, and after every build that wrote
 * files (the production build and each `npm start` rebuild alike) the index
 * in `<output>/pagefind/`. A build to memory (`toJSON`) writes no index.
 */
export function searchPlugin(
  config: EleventyConfig,
  { service = pagefind, log = (line) => console.log(line), clock = () => performance.now() }: SearchPluginOptions = {},
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

  config.on("eleventy.after", async ({ directories, outputMode }) => {
    if (outputMode !== "fs") return;
    // The output folder is the staging folder in `npm run build`, so the index is
    // swapped in together with the pages it describes.
    const result = await indexSite(service, directories.output, clock);
    if (config.quietMode !== true) log(describeIndexing(result));
  });
}
