import type { LoadedPost } from "../content/load-posts.ts";
import { homePages } from "../listings/home-pages.ts";
import { organisationPath, personPath, topicPath } from "../listings/routes.ts";
import type { SiteState } from "../site/site-state.ts";
import type { EleventyConfig } from "./types.ts";

/** How many of the newest meetings the search page offers before a search. */
const LATEST_POST_COUNT = 5;

/**
 * What the listing pages read, from the published posts: `people` (for
 * /personer/), `topics` (for /emner/; Eleventy reserves `tags`) and `archive`
 * (for /arkiv/), each worked out once per build; and the filters that link a
 * name or a tag to its page.
 */
export function listingsPlugin(config: EleventyConfig, { state }: { state: SiteState }): void {
  // Arrays, not plain objects: Eleventy deep-copies plain objects of global data into every page.
  config.addGlobalData("people", () => state.listings.people.people);
  config.addGlobalData("organisations", () => state.listings.organisations.organisations);
  config.addGlobalData("topics", () => state.listings.tags.tags);
  config.addGlobalData("archive", () => state.listings.archive);
  // The home page's pages: every published post, newest first, each page with its address.
  config.addGlobalData("homePages", () => homePages(state.listings.published));
  // The search page's start: the newest few meetings.
  config.addGlobalData("latestPosts", () => state.listings.published.slice(0, LATEST_POST_COUNT));

  config.addFilter("personUrl", (name: string) => {
    const person = state.listings.people.byName.get(name);
    return person === undefined ? undefined : personPath(person.slug);
  });
  config.addFilter("organisationUrl", (name: string | undefined) => {
    const organisation = name === undefined ? undefined : state.listings.organisations.byName.get(name);
    return organisation === undefined ? undefined : organisationPath(organisation.slug);
  });
  /** Up to three published posts that share the most with this one (lib/listings/related.ts). */
  config.addFilter("relatedPosts", (post: LoadedPost) => state.relatedPosts.get(post.urlPath) ?? []);
  config.addFilter("topicUrl", (name: string) => {
    const tag = state.listings.tags.byName.get(name);
    return tag === undefined ? undefined : topicPath(tag.slug);
  });
}
