import path from "node:path";
import type { LoadedCalendar } from "../calendar/activity.ts";
import { CALENDAR_FOLDER, linkCalendars, readCalendars } from "../calendar/load-calendars.ts";
import { type LoadedPost, type PostCache, loadPosts } from "../content/load-posts.ts";
import { ContentError, type Problem, throwIfProblems } from "../validation/problems.ts";
import { postFacts } from "../content/post-facts.ts";
import { postWarnings } from "../content/warnings.ts";
import { rememberedLast } from "../cache/remembered.ts";
import { withFieldPositions } from "../validation/schema-issues.ts";
import { resolveBuildDate } from "../dates/build-date.ts";
import { tagWarnings } from "../listings/tags.ts";
import { organisationWarnings } from "../organisations/organisation-index.ts";
import { nameWarnings } from "../people/name-warnings.ts";
import { type CmsTarget, resolveCmsTarget } from "../cms/cms-settings.ts";
import { type SynonymGroups, readSynonyms } from "../search/synonyms.ts";
import { readDeployOverrides } from "./deploy-address.ts";
import {
  EDITOR_TEMPLATES_DIR,
  GENERATED_TEMPLATES_DIR,
  dataOutputs,
  editorOutputs,
  generatedOutputs,
  outputClashes,
  standingPageOutputs,
} from "./output-paths.ts";
import type { SiteSettings } from "./settings-schema.ts";
import { loadSiteSettings } from "./settings.ts";

/** Where posts live, relative to the input folder. */
export const POSTS_FOLDER = "posts";

/** What one build knows once its input is validated. */
export interface LoadedSite {
  settings: SiteSettings;
  posts: readonly LoadedPost[];
  /** The activity calendars, one a year (`data/calendar/<year>.yaml`), oldest first. */
  calendars: readonly LoadedCalendar[];
  /** The search's synonym groups (`data/search/synonyms.yaml`); none without the file. */
  synonyms: SynonymGroups;
  /** "Today" for this build (SOURCE_DATE_EPOCH or the clock). */
  buildDate: Date;
  /** Drafts are shown by the dev server and never in a production build. */
  showDrafts: boolean;
  /** What is worth fixing but does not stop the build. */
  warnings: readonly Problem[];
  /** The site's public origin: SITE_URL, else data/site.json's `url`; no trailing slash. */
  siteUrl: string;
  /** The folder the site is served from: PATH_PREFIX, else "/". Given to Eleventy by the build. */
  pathPrefix: string;
  /** Where the editor at /admin/ commits (`cms` in the settings, CMS_* variables); none means no editor. */
  cms?: CmsTarget;
}

export interface SiteSources {
  /** The input folder (`content/`); its parent is the root that errors name paths from. */
  inputDir: string;
  /** The folder holding `site.json` and the `calendar/` folder. */
  dataDir: string;
  env: Readonly<Record<string, string | undefined>>;
  now: () => Date;
  showDrafts: boolean;
  /** Kept by the dev server between builds: unchanged posts are not validated again. */
  postCache?: PostCache;
}

/**
 * Everything worth fixing in valid posts that does not stop the build: shown by
 * `npm run build` and `npm run check`. First what concerns one post, in the order
 * of the posts; then names and tags spelt two ways across posts.
 */
export function siteWarnings(posts: readonly LoadedPost[]): Problem[] {
  const byFile = new Map(posts.map((post) => [post.file, post]));
  // Names and tags are found in the data: their lines come from where each post wrote them.
  return withFieldPositions([...postWarnings(posts), ...warningsAcrossPosts(posts)], (file) => byFile.get(file)?.locate);
}

/**
 * Names, organisations and tags spelt two ways, from the posts' front matter
 * alone (their lines are added from the posts as read now): remembered for the
 * same front matter, as the dev server asks again on every rebuild.
 */
const warningsAcrossPosts = rememberedLast(postFacts, (posts: readonly LoadedPost[]): Problem[] => [
  ...nameWarnings(posts),
  ...organisationWarnings(posts),
  ...tagWarnings(posts),
]);

/**
 * Reads and validates everything the secretariat controls: the site settings,
 * every post (and the images it shows), the activity calendars and the environment
 * (SOURCE_DATE_EPOCH, SITE_URL, PATH_PREFIX, CMS_*). Throws one ContentError with every problem.
 */
export async function loadSite(sources: SiteSources): Promise<LoadedSite> {
  const input = path.resolve(sources.inputDir);
  const root = path.dirname(input);
  const dataDir = path.resolve(sources.dataDir);
  const postsResult = loadPosts(root, path.join(input, POSTS_FOLDER), sources.postCache);
  const settingsResult = loadSiteSettings(root, dataDir);
  const [settings, posts, calendars, synonyms, buildDate, deploy, cms] = await Promise.allSettled([
    settingsResult,
    postsResult,
    (async () => {
      const files = await readCalendars(root, path.join(dataDir, CALENDAR_FOLDER));
      // Links to posts can only be checked against valid posts; broken posts are reported on their own.
      const known = await postsResult.catch(() => undefined);
      return known === undefined ? [] : linkCalendars(files, known);
    })(),
    readSynonyms(root, dataDir),
    (async () => resolveBuildDate(sources.env, sources.now))(),
    (async () => readDeployOverrides(sources.env))(),
    // The variables are checked even when the settings are broken; those are reported on their own.
    (async () => resolveCmsTarget((await settingsResult.catch(() => undefined))?.cms, sources.env))(),
  ]);
  if (
    settings.status === "fulfilled" &&
    posts.status === "fulfilled" &&
    calendars.status === "fulfilled" &&
    synonyms.status === "fulfilled" &&
    buildDate.status === "fulfilled" &&
    deploy.status === "fulfilled" &&
    cms.status === "fulfilled"
  ) {
    const site: LoadedSite = {
      settings: settings.value,
      posts: posts.value,
      calendars: calendars.value,
      synonyms: synonyms.value,
      buildDate: buildDate.value,
      showDrafts: sources.showDrafts,
      warnings: siteWarnings(posts.value),
      siteUrl: deploy.value.siteUrl ?? new URL(settings.value.url).origin,
      pathPrefix: deploy.value.pathPrefix,
      ...(cms.value === undefined ? {} : { cms: cms.value }),
    };
    // Two sources at one address: a Danish error here, not Eleventy's English one later.
    const [pages, generated, editor] = await Promise.all([
      standingPageOutputs(root, input, [POSTS_FOLDER]),
      generatedOutputs(GENERATED_TEMPLATES_DIR),
      site.cms === undefined ? [] : editorOutputs(EDITOR_TEMPLATES_DIR),
    ]);
    throwIfProblems(outputClashes([...dataOutputs(site), ...pages, ...generated, ...editor]));
    return site;
  }
  // Every problem in one report, from all sources; anything else is a bug, rethrown as is.
  const failures = [settings, posts, calendars, synonyms, buildDate, deploy, cms].flatMap((result) => (result.status === "rejected" ? [result.reason] : []));
  const unexpected = failures.find((reason) => !(reason instanceof ContentError));
  if (unexpected !== undefined) throw unexpected;
  throw new ContentError(failures.flatMap((reason: ContentError) => reason.problems));
}
