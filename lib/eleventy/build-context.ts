import type { PageSink } from "../search/index-site.ts";
import type { LoadedSite } from "../site/load-site.ts";
import type { EleventyConfig } from "./types.ts";

/** What a build is run with: its environment variables and its clock. */
export interface BuildContext {
  env: Readonly<Record<string, string | undefined>>;
  now: () => Date;
  /**
   * The input, already validated by the caller for this build (the production
   * build validates before Eleventy starts): the first `eleventy.before` uses it
   * instead of reading and validating every post a second time.
   */
  validated?: LoadedSite;
  /**
   * The production build's search index, fed each searchable page as it is
   * written (the search plugin); the build writes its bundle once Eleventy is done.
   */
  searchIndex?: PageSink;
}

// Kept on the configuration object Eleventy hands first to the constructor's
// `config` callback and then to .eleventy.ts, under a registered symbol: Eleventy
// imports the configuration file itself, so under a test runner this module may be
// loaded twice, and a module-level map would not be shared.
const CONTEXT = Symbol.for("csr-forum-blog.build-context");

type WithContext = EleventyConfig & { [CONTEXT]?: BuildContext };

/**
 * Gives one Eleventy run the environment and clock of the build that started it
 * (a test's SITE_URL, SOURCE_DATE_EPOCH…), to be read by the configuration file.
 * Call it from the `config` option of the Eleventy constructor.
 */
export function setBuildContext(config: EleventyConfig, context: BuildContext): void {
  (config as WithContext)[CONTEXT] = context;
}

/** The build's environment and clock; the process's own when Eleventy runs from its command line. */
export function buildContext(config: EleventyConfig): BuildContext {
  return (config as WithContext)[CONTEXT] ?? { env: process.env, now: () => new Date() };
}
