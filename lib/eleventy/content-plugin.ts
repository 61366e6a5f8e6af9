import { frontMatterOptions } from "../content/front-matter.ts";
import type { LoadedPost } from "../content/load-posts.ts";
import { utimes } from "node:fs/promises";
import path from "node:path";
import { neighbourFinder, neighbourLinks, postsWithChangedLinks } from "../listings/neighbours.ts";
import { type LoadedSite, loadSite } from "../site/load-site.ts";
import type { SiteState } from "../site/site-state.ts";
import { formatPreviewReport } from "../preview/error-page.ts";
import { ContentError } from "../validation/problems.ts";
import type { BuildContext } from "./build-context.ts";
import { addListingMarker, listingLayoutPath, touchListingLayout } from "./listing-layout.ts";
import { dataFolder } from "./directories.ts";
import type { PreviewStatus } from "./error-page-plugin.ts";
import type { EleventyConfig, EleventyPage } from "./types.ts";

export interface ContentPluginOptions {
  state: SiteState;
  /** The build's environment, clock and post cache (`buildContext` of the configuration). */
  context: BuildContext;
  /** Told about content errors, for the dev server's error page. */
  preview?: PreviewStatus;
}

type PageData = { page: EleventyPage; permalink?: unknown };

/**
 * Validates the site settings and every post before each build (so a broken post
 * stops the build before anything is written), then gives templates the validated
 * settings as `site` and the validated post as `post`, publishes posts at their
 * Danish-slugged URL, leaves drafts and posts dated after the build out of
 * production builds, and gives a post's page `olderPost`/`newerPost`, its
 * neighbours among the published posts.
 */
export function contentPlugin(config: EleventyConfig, { state, context, preview }: ContentPluginOptions): void {
  config.setFrontMatterParsingOptions(frontMatterOptions);

  // Whether a build has succeeded: before that, the dev server has no page to show.
  let built = false;
  // The production build hands over the site it has loaded; a dev server's rebuild
  // reads it through its post cache, so after one edit that post alone is validated.
  config.on("eleventy.before", async ({ directories, runMode }) => {
    const { env, now, postCache } = context;
    const sources = { inputDir: directories.input, dataDir: dataFolder(directories.input), env, now, showDrafts: runMode !== "build", postCache };
    let site: LoadedSite;
    try {
      site = (runMode === "build" ? context.site : undefined) ?? (await loadSite(sources));
    } catch (error) {
      if (error instanceof ContentError && runMode !== "build") {
        preview?.fail(error.problems, { starting: !built });
        throw devServerError(error, { starting: !built, printed: preview !== undefined });
      }
      throw error;
    }
    preview?.clear();
    state.load(site);
    built = true;
  });
  // data/ is not Eleventy's data folder, so the dev server is told to watch it.
  config.addWatchTarget(`${dataFolder(config.directories.input)}/**`);

  // The settings as validated and normalised (trimmed, the address without a
  // trailing slash); data/site.json itself is not in Eleventy's data cascade.
  config.addGlobalData("site", () => state.site.settings);
  config.addGlobalData("build", () => ({ date: state.site.buildDate }));

  // Drafts and scheduled posts are left out before they are rendered, except where
  // drafts are shown (the dev server); SiteState.isPublished decides.
  //
  // A published post's page gets the validated post as `post` and its address as
  // `permalink` here, where Eleventy reads the template, rather than as computed
  // data: computed data for every page of the site (given as global data, it was
  // on all of them) was Eleventy's slowest path, on every rebuild of the dev server.
  // A post's topics (its `tags`) are the site's own (lib/listings/tags.ts), not
  // Eleventy's: given to Eleventy, they made a collection of every topic, also on
  // every rebuild. Its `tags` are left to the collections plugins add.
  config.addPreprocessor("unpublished", "md", (data: PageData & { tags?: unknown; post?: LoadedPost }) => {
    const post = state.post(data.page.inputPath);
    if (post === undefined) return undefined;
    if (!state.isPublished(post)) return false;
    data.post = post;
    data.permalink = post.urlPath;
    data.tags = [];
    return undefined;
  });

  // "draft", "scheduled" or "published": what the dev server marks a post with.
  config.addFilter("publicationStatus", (post: LoadedPost) => state.status(post));

  // A post page's older and newer neighbour among the published posts (newest
  // first), found by an index of the list rather than a search of it: Eleventy's
  // getPreviousCollectionItem grew as the square of the number of posts (~9 s of
  // a 10,000-post build). From SiteState, not from an Eleventy collection of the
  // posts: Eleventy looks up every item of every collection on every rebuild of
  // the dev server, each lookup a search of all templates.
  const neighbour = neighbourFinder((post: LoadedPost) => post.absolutePath);
  config.addFilter("olderPost", (page: EleventyPage) => neighbour(state.listings.published, path.resolve(page.inputPath), 1));
  config.addFilter("newerPost", (page: EleventyPage) => neighbour(state.listings.published, path.resolve(page.inputPath), -1));

  // The dev server re-renders only the changed post and the templates that import
  // the posts, so a post's neighbours kept its old title and address in their
  // older/newer links (and a deleted post's, a link to nothing). After each
  // rebuild, every post whose links now read otherwise is touched, which makes
  // Eleventy's watcher re-render it in turn; its file's text is left as it is.
  //
  // The listings (every page of layouts/listing.njk, and the files tied to them)
  // import no posts, so an edit to a post's text renders that post alone: with
  // them, it rendered every page of the site (4.7 s at 1,000 posts). When a
  // rebuild changes what they show (SiteState.viewsGeneration: a post's front
  // matter, a post added or removed, the calendars, the day), their layout is
  // touched, and Eleventy renders them all in a rebuild of their own.
  addListingMarker(config);
  let shownLinks: Map<string, string> | undefined;
  let shownViews: number | undefined;
  let rebuilding = new Set<string>();
  config.on("eleventy.beforeWatch", (queue) => {
    rebuilding = new Set(queue.map((file) => path.resolve(file)));
  });
  // The related meetings are worked out during the render, on the first post page.
  config.on("eleventy.after", () => {
    if (context.measures !== undefined) context.measures.relatedMs = state.relatedMs;
  });
  config.on("eleventy.after", async ({ runMode, outputMode, directories }) => {
    if (runMode === "build" || outputMode !== "fs") return;
    // A rebuild for the listing layout has rendered the listings with this load.
    const views = state.viewsGeneration;
    const listingsStale = shownViews !== undefined && views !== shownViews && !rebuilding.has(listingLayoutPath(directories));
    shownViews = views;
    // Oldest first, as the older/newer links step.
    const ordered = state.listings.published.map((post) => ({ file: post.absolutePath, title: post.data.title, url: post.urlPath })).reverse();
    const links = neighbourLinks(ordered);
    // The files this rebuild was for are rendered already.
    const stale = shownLinks === undefined ? [] : postsWithChangedLinks(shownLinks, links).filter((file) => !rebuilding.has(file));
    shownLinks = links;
    rebuilding = new Set();
    if (listingsStale) await touchListingLayout(directories);
    const now = new Date();
    await Promise.all(stale.map((file) => utimes(file, now, now).catch(() => undefined)));
  });

}

/**
 * The dev server's content error: the preview's Danish report, as a plain Error.
 * Eleventy prints an error's message followed by "(via <its name>)" unless the
 * name is "Error", and its stack unless `skipOriginalStack` is set; programmer
 * words the secretariat should not have to read. Once the preview has printed the
 * report, the error says it was logged already: Eleventy 3.1.8 logs a failed
 * build's error under "Problem writing Eleventy templates:" (EleventyErrorHandler's
 * `once`) unless it carries `__errorAlreadyLogged`, and has no supported option to
 * leave that English heading out (issue 13; tests/build/preview.test.ts checks it
 * against the real engine).
 */
function devServerError(error: ContentError, { starting, printed }: { starting: boolean; printed: boolean }): Error {
  const report = formatPreviewReport(error.problems, { starting });
  const devError = Object.assign(new Error(report, { cause: error }), { skipOriginalStack: true });
  if (printed) Object.defineProperty(devError, "__errorAlreadyLogged", { value: true });
  return devError;
}
