import path from "node:path";
import Eleventy from "@11ty/eleventy";
import { writeDirectoryAtomically } from "../build/replace-directory.ts";
import type { BuildTimings } from "../build/timings.ts";
import { formatWarningReport } from "../content/problems.ts";
import { loadSite } from "../site/load-site.ts";
import { type SearchIndexTiming, setBuildContext } from "./build-context.ts";
import { DIRECTORIES } from "./directories.ts";

/** The project's Eleventy configuration. */
export const CONFIG_PATH = path.resolve(import.meta.dirname, "../../.eleventy.ts");

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
}

/** Eleventy resolves its folders against the working directory, and some only when relative. */
function fromCwd(target: string): string {
  return path.relative(process.cwd(), target) || ".";
}

/**
 * The production build. The input is validated first, so a content error throws
 * a ContentError before Eleventy starts; the site is then written to a staging
 * folder and swapped in whole, so a failed build leaves the previous output
 * untouched and a good one leaves nothing of an older build behind.
 */
export async function buildSite(options: BuildOptions): Promise<BuildTimings> {
  const started = performance.now();
  const root = path.resolve(options.root);
  const input = path.join(root, DIRECTORIES.input);
  const output = path.resolve(options.output ?? path.join(root, DIRECTORIES.output));
  // Validating here, before Eleventy starts, keeps Eleventy's own error log
  // (prefixed, and repeated) out of the secretariat's report; eleventy.before then
  // uses this result rather than validating again.
  const site = await loadSite({ inputDir: input, dataDir: path.resolve(input, DIRECTORIES.data), env: options.env, now: options.now, showDrafts: false });
  if (site.warnings.length > 0) (options.warn ?? console.warn)(formatWarningReport(site.warnings));
  const validated = performance.now();
  let search: SearchIndexTiming = { indexMs: 0, waitMs: 0 };
  let eleventyMs = 0;

  await writeDirectoryAtomically(output, async (staging) => {
    const eleventy = new Eleventy(fromCwd(input), fromCwd(staging), {
      configPath: fromCwd(CONFIG_PATH),
      quietMode: options.quiet ?? false,
      runMode: "build",
      // PATH_PREFIX, validated: the HTML base plugin rewrites every root-relative link under it.
      pathPrefix: site.pathPrefix,
      // Runs before .eleventy.ts: the content plugin then validates this build's env, not the process's.
      config: (config) =>
        setBuildContext(config, {
          env: options.env,
          now: options.now,
          validated: site,
          onSearchIndexed: (timing) => {
            search = timing;
          },
        }),
    });
    const writing = performance.now();
    await eleventy.write();
    eleventyMs = performance.now() - writing;
  });
  return {
    validationMs: validated - started,
    renderMs: eleventyMs - search.waitMs,
    searchIndexMs: search.indexMs,
    totalMs: performance.now() - started,
  };
}
