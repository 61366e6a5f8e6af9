import path from "node:path";
import { type LoadedPost, loadPosts } from "../content/load-posts.ts";
import { ContentError, type Problem } from "../content/problems.ts";
import { collectWarnings } from "../content/warnings.ts";
import { resolveBuildDate } from "../dates/build-date.ts";
import { type SiteSettings, loadSiteSettings } from "./settings.ts";

/** Where posts live, relative to the input folder. */
export const POSTS_FOLDER = "posts";

/** What one build knows once its input is validated. */
export interface LoadedSite {
  settings: SiteSettings;
  posts: readonly LoadedPost[];
  /** "Today" for this build (SOURCE_DATE_EPOCH or the clock). */
  buildDate: Date;
  /** Drafts are shown by the dev server and never in a production build. */
  showDrafts: boolean;
  /** What is worth fixing but does not stop the build. */
  warnings: readonly Problem[];
}

export interface SiteSources {
  /** The input folder (`content/`); its parent is the root that errors name paths from. */
  inputDir: string;
  /** The folder holding `site.json`. */
  dataDir: string;
  env: Readonly<Record<string, string | undefined>>;
  now: () => Date;
  showDrafts: boolean;
}

/**
 * Reads and validates everything the secretariat controls: the site settings,
 * every post (and the images it shows) and SOURCE_DATE_EPOCH. Throws one ContentError with every problem.
 */
export async function loadSite(sources: SiteSources): Promise<LoadedSite> {
  const input = path.resolve(sources.inputDir);
  const root = path.dirname(input);
  const [settings, posts, buildDate] = await Promise.allSettled([
    loadSiteSettings(root, path.resolve(sources.dataDir)),
    loadPosts(root, path.join(input, POSTS_FOLDER)),
    (async () => resolveBuildDate(sources.env, sources.now))(),
  ]);
  if (settings.status === "fulfilled" && posts.status === "fulfilled" && buildDate.status === "fulfilled") {
    return {
      settings: settings.value,
      posts: posts.value,
      buildDate: buildDate.value,
      showDrafts: sources.showDrafts,
      warnings: collectWarnings(posts.value),
    };
  }
  // Every problem in one report, from all three sources; anything else is a bug, rethrown as is.
  const failures = [settings, posts, buildDate].flatMap((result) => (result.status === "rejected" ? [result.reason] : []));
  const unexpected = failures.find((reason) => !(reason instanceof ContentError));
  if (unexpected !== undefined) throw unexpected;
  throw new ContentError(failures.flatMap((reason: ContentError) => reason.problems));
}
