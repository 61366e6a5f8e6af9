import path from "node:path";
import Eleventy from "@11ty/eleventy";
import * as pagefind from "pagefind";
import { writeDirectoryAtomically } from "../build/replace-directory.ts";
import { type BuildTimings, emptyMeasures } from "../build/timings.ts";
import { type PagefindService, describeIndexing, indexSite } from "../search/index-site.ts";
import { formatWarningReport } from "../validation/problems.ts";
import { loadSite } from "../site/load-site.ts";
import { setBuildContext } from "./build-context.ts";
import { DIRECTORIES, dataFolder } from "./directories.ts";

/** The project's Eleventy configuration. */
export const CONFIG_PATH = path.resolve(import.meta.dirname, "../../.eleventy.ts");

/**
 * The configuration Eleventy is to load: the bundled copy when the command runs
 * compiled (scripts/compiled.mjs puts its path under this symbol), where Node
 * could not import the TypeScript source; else the source, through tsx.
 */
function configPath(): string {
  const compiled: unknown = (globalThis as Record<symbol, unknown>)[Symbol.for("csr-forum-blog.compiled-config")];
  return typeof compiled === "string" ? compiled : CONFIG_PATH;
}

export interface BuildOptions {
  /** The site's root: the folder holding `content/`, `data/` and `layouts/`. */
  root: string;
  /** Where the finished site goes; `<root>/_site` unless given. */
  output?: string;
  env: Readonly<Record<string, string | undefined>>;
  now: () => Date;
  /** Leave out Eleventy's line per written file. */
  quiet?: boolean;
  /** Where warnings go (a name spelt two ways…); standard error unless given. */
  warn?: (report: string) => void;
  /** Where the search index's "pages indexed" line goes; standard output unless given. Silent when quiet. */
  log?: (line: string) => void;
  /** The Pagefind Node API; tests pass a fake. */
  search?: PagefindService;
}

/** Eleventy resolves its folders against the working directory, and some only when relative. */
function fromCwd(target: string): string {
  return path.relative(process.cwd(), target) || ".";
}

/**
 * The production build. The input is validated first, so a content error throws
 * a ContentError before Eleventy starts; the site is then written to a staging
 * folder, indexed for search once it is written (a failure throws a
 * SearchIndexError) and swapped in whole, so a failed build leaves the previous output
 * untouched and a good one leaves nothing of an older build behind.
 */
export async function buildSite(options: BuildOptions): Promise<BuildTimings> {
  const started = performance.now();
  const root = path.resolve(options.root);
  const input = path.join(root, DIRECTORIES.input);
  const output = path.resolve(options.output ?? path.join(root, DIRECTORIES.output));
  // Validating here, before Eleventy starts, keeps Eleventy's own error log
  // (prefixed, and repeated) out of the secretariat's report; eleventy.before then
  // takes the site loaded here, so nothing is read or validated twice.
  const measures = emptyMeasures();
  const context = { env: options.env, now: options.now, postCache: new Map(), measures };
  const site = await loadSite({ inputDir: input, dataDir: dataFolder(input), ...context, showDrafts: false });
  if (site.warnings.length > 0) (options.warn ?? console.warn)(formatWarningReport(site.warnings));
  const validated = performance.now();
  let timings = { renderMs: 0, searchIndexMs: 0 };

  await writeDirectoryAtomically(output, async (staging) => {
    const clock = () => performance.now();
    const eleventy = new Eleventy(fromCwd(input), fromCwd(staging), {
      configPath: fromCwd(configPath()),
      quietMode: options.quiet ?? false,
      runMode: "build",
      // PATH_PREFIX, validated: the HTML base plugin rewrites every root-relative link under it.
      pathPrefix: site.pathPrefix,
      // Runs before .eleventy.ts: the content plugin then validates this build's env, not the process's.
      config: (config) => setBuildContext(config, { ...context, site }),
    });
    const writing = clock();
    await eleventy.write();
    const written = clock();
    // Here rather than in Eleventy's eleventy.after: a SearchIndexError then reaches
    // the build command alone, which prints its Danish report once, without Eleventy's
    // own log of it (in English, with a stack trace). The bundle lands in the staging
    // folder, so it is swapped in together with the pages it describes. Indexing the
    // written folder once Eleventy is done, with Pagefind's own parallel file reading,
    // beat feeding its service each page as it was written (addHTMLFile): at 1,000
    // posts the service, one page at a time, finished ~5 s after the render and slowed
    // the render by competing for the second core (15.7 s against 14.4 s in all).
    const indexed = await indexSite(options.search ?? pagefind, staging, clock);
    if (options.quiet !== true) (options.log ?? console.log)(describeIndexing(indexed));
    timings = { renderMs: written - writing, searchIndexMs: indexed.durationMs };
  });
  return { validationMs: validated - started, ...timings, ...measures, totalMs: performance.now() - started };
}
