import path from "node:path";
import type { LoadedPost } from "../content/load-posts.ts";
import type { LoadedSite } from "../site/load-site.ts";

/**
 * The validated site, shared by the plugins of one Eleventy instance and filled in
 * by `eleventy.before`. Eleventy
 * reads configuration before any input is validated, so plugins get this holder
 * and read from it while templates render.
 */
export class SiteState {
  #site: LoadedSite | undefined;
  #postsByPath = new Map<string, LoadedPost>();

  load(site: LoadedSite): void {
    this.#site = site;
    this.#postsByPath = new Map(site.posts.map((post) => [post.absolutePath, post]));
  }

  get site(): LoadedSite {
    if (this.#site === undefined) throw new Error("The site is read before eleventy.before validated it.");
    return this.#site;
  }

  /** The validated post at an Eleventy input path (relative or absolute), if it is one. */
  post(inputPath: string): LoadedPost | undefined {
    return this.#postsByPath.get(path.resolve(inputPath));
  }

  /** Whether this build publishes the post: drafts only where drafts are shown. */
  isPublished(post: LoadedPost): boolean {
    return this.site.showDrafts || post.data.draft !== true;
  }
}
