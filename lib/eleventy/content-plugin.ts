import { frontMatterOptions } from "../content/front-matter.ts";
import type { LoadedPost, PostCache } from "../content/load-posts.ts";
import { neighbourFinder } from "../listings/neighbours.ts";
import { type LoadedSite, loadSite } from "../site/load-site.ts";
import { formatPreviewReport } from "../preview/error-page.ts";
import { ContentError } from "../validation/problems.ts";
import type { PreviewStatus } from "./preview-plugin.ts";
import type { SiteState } from "./site-state.ts";
import type { CollectionItem, EleventyConfig, EleventyPage } from "./types.ts";

export interface ContentPluginOptions {
  state: SiteState;
  env: Readonly<Record<string, string | undefined>>;
  now: () => Date;
  /** The input as the caller already validated it for the first build; read from disk otherwise. */
  validated?: LoadedSite;
  /** Told about content errors, for the dev server's error page. */
  preview?: PreviewStatus;
}

type PageData = { page: EleventyPage; permalink?: unknown };

/**
 * Validates the site settings and every post before each build (so a broken post
 * stops the build before anything is written), then gives templates the validated
 * post as `post`, publishes posts at their Danish-slugged URL, keeps drafts and
 * posts dated after the build out of production builds, and collects the
 * published posts oldest first as `posts`, with `olderPost`/`newerPost` to step
 * through it from a post's page.
 */
export function contentPlugin(config: EleventyConfig, { state, env, now, validated, preview }: ContentPluginOptions): void {
  config.setFrontMatterParsingOptions(frontMatterOptions);

  // Used once: a later build (a watched rebuild) reads what changed.
  let unused = validated;
  // A dev server's rebuild after one edit validates that post alone.
  const postCache: PostCache = new Map();
  // Whether a build has succeeded: before that, the dev server has no page to show.
  let built = false;
  config.on("eleventy.before", async ({ directories, runMode }) => {
    const sources = { inputDir: directories.input, dataDir: directories.data, env, now, showDrafts: runMode !== "build", postCache };
    let site: LoadedSite;
    try {
      site = unused ?? (await loadSite(sources));
    } catch (error) {
      if (error instanceof ContentError && runMode !== "build") {
        preview?.fail(error.problems);
        throw devServerError(error, built);
      }
      throw error;
    }
    preview?.clear();
    unused = undefined;
    state.load(site);
    built = true;
  });

  config.addGlobalData("eleventyComputed.post", () => (data: PageData) => state.post(data.page.inputPath));

  config.addGlobalData("eleventyComputed.permalink", () => (data: PageData) => {
    const post = state.post(data.page.inputPath);
    if (post === undefined) return data.permalink;
    return state.isPublished(post) ? post.urlPath : false;
  });

  config.addGlobalData("build", () => ({ date: state.site.buildDate }));

  // "draft", "scheduled" or "published": what the dev server marks a post with.
  config.addFilter("publicationStatus", (post: LoadedPost) => state.status(post));

  // A post page's older and newer neighbour in `posts`. Eleventy's
  // getPreviousCollectionItem searches the whole collection on every page, which
  // grew as the square of the number of posts (~9 s of a 10,000-post build).
  const neighbour = neighbourFinder((item: CollectionItem) => item.inputPath);
  config.addFilter("olderPost", (posts: readonly CollectionItem[], page: EleventyPage) => neighbour(posts, page.inputPath, -1));
  config.addFilter("newerPost", (posts: readonly CollectionItem[], page: EleventyPage) => neighbour(posts, page.inputPath, 1));

  // Filter Eleventy's own items rather than copy them: copies would trip the
  // items' lazy `templateContent` (the feeds read each item's `content`).
  config.addCollection("posts", (api) => {
    const published = api.getAll().flatMap((item): Array<[CollectionItem, LoadedPost]> => {
      const post = state.post(item.inputPath);
      return post !== undefined && state.isPublished(post) ? [[item, post]] : [];
    });
    return published.sort(([, a], [, b]) => comparePosts(a, b)).map(([item]) => item);
  });
}

/**
 * The dev server's content error: the preview's Danish report, as a plain Error.
 * Eleventy prints an error's message followed by "(via <its name>)" unless the
 * name is "Error", and its stack unless `skipOriginalStack` is set; programmer
 * words the secretariat should not have to read.
 */
function devServerError(error: ContentError, running: boolean): Error {
  const report = formatPreviewReport(error.problems, { starting: !running });
  return Object.assign(new Error(report, { cause: error }), { skipOriginalStack: true });
}

/** Oldest first, as Eleventy's own collections; same-day posts by title. */
function comparePosts(a: LoadedPost, b: LoadedPost): number {
  return a.data.date.localeCompare(b.data.date) || a.data.title.localeCompare(b.data.title, "da");
}
