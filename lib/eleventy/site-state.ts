import path from "node:path";
import type { LoadedPost } from "../content/load-posts.ts";
import { type PublicationStatus, publicationStatus } from "../content/publication.ts";
import { isoDateInZone } from "../dates/format.ts";
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
  #today = "";

  load(site: LoadedSite): void {
    this.#site = site;
    this.#today = isoDateInZone(site.buildDate, site.settings.timeZone);
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

  /** Whether the post is a draft, scheduled (dated after the build's day) or published. */
  status(post: LoadedPost): PublicationStatus {
    return publicationStatus(post.data, this.#today);
  }

  /**
   * Whether this build publishes the post: the one place that decides. Drafts and
   * posts dated after the build's day (in the site's zone) only where drafts are
   * shown, i.e. by the dev server.
   */
  isPublished(post: LoadedPost): boolean {
    return this.site.showDrafts || this.status(post) === "published";
  }
}
