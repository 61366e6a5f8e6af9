import type { SiteState } from "../site/site-state.ts";
import type { EleventyConfig } from "./types.ts";

/**
 * What the listing pages read, from the published posts: `people` (for
 * /personer/), `topics` (for /emner/; Eleventy reserves `tags`) and `archive`
 * (for /arkiv/), each worked out once per build; and the filters that link a
 * name or a tag to its page.
 */
export function listingsPlugin(config: EleventyConfig, { state }: { state: SiteState }): void {
  // Arrays, not plain objects: Eleventy deep-copies plain objects of global data into every page.
  config.addGlobalData("people", () => state.listings.people.people);
  config.addGlobalData("topics", () => state.listings.tags.tags);
  config.addGlobalData("archive", () => state.listings.archive);

  config.addFilter("personUrl", (name: string) => {
    const person = state.listings.people.byName.get(name);
    return person === undefined ? undefined : `/personer/${person.slug}/`;
  });
  config.addFilter("topicUrl", (name: string) => {
    const tag = state.listings.tags.byName.get(name);
    return tag === undefined ? undefined : `/emner/${tag.slug}/`;
  });
}
