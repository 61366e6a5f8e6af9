import type { BuildMeasures } from "../build/timings.ts";
import type { PostCache } from "../content/load-posts.ts";
import type { LoadedSite } from "../site/load-site.ts";
import type { EleventyConfig } from "./types.ts";

/** What a build is run with: its environment variables, its clock and the posts it has read. */
export interface BuildContext {
  env: Readonly<Record<string, string | undefined>>;
  now: () => Date;
  /**
   * Each post file's text and what validating it gave. The production build
   * validates the input into it before Eleventy starts; `eleventy.before` then
   * reads the site through the same cache, so no post is validated twice. The
   * dev server keeps its own across rebuilds.
   */
  postCache: PostCache;
  /**
   * The site as the production build loaded it before starting Eleventy: its one
   * run takes it as it is rather than reading every file and working out the
   * warnings and output paths again (0.5 s of a 1,000-post build).
   */
  site?: LoadedSite;
  /** Where the production build's plugins put what they measure, for `npm run build -- --timings`. */
  measures?: BuildMeasures;
}

// Kept on the configuration object Eleventy hands first to the constructor's
// `config` callback and then to .eleventy.ts: Eleventy offers no other way from
// its constructor to the configuration file (a `config` callback's return value
// is ignored, and `markdownTemplateEngine` can only be set by the file). Under a
// registered symbol because Eleventy imports the configuration file itself, so
// under a test runner this module may be loaded twice, and a module-level map
// would not be shared.
const CONTEXT = Symbol.for("csr-forum-blog.build-context");

type WithContext = EleventyConfig & { [CONTEXT]?: BuildContext };

/**
 * Gives one Eleventy run the environment, clock and post cache of the build that
 * started it (a test's SITE_URL, SOURCE_DATE_EPOCH…), to be read by the
 * configuration file. Call it from the `config` option of the Eleventy constructor.
 */
export function setBuildContext(config: EleventyConfig, context: BuildContext): void {
  (config as WithContext)[CONTEXT] = context;
}

/** The build's context; the process's own environment and clock when Eleventy runs from its command line. */
export function buildContext(config: EleventyConfig): BuildContext {
  return (config as WithContext)[CONTEXT] ?? { env: process.env, now: () => new Date(), postCache: new Map() };
}
