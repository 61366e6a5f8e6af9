import type { EleventyConfig, EleventyPage } from "./types.ts";

/**
 * Puts the Markdown templates that `belongs` picks into the Eleventy collection
 * `tag`, by adding it to their `tags` as each is read (a preprocessor, which
 * sees a template's data before Eleventy gathers its collections).
 *
 * A generated file that shows a few templates imports such a collection
 * (`eleventyImport.collections`) instead of `posts` or `all`. Eleventy's
 * incremental builds under `npm start` render a template again when the changed
 * file is in a collection it imports, and then render everything that collection
 * reaches, so a file importing `posts` made every post's edit render every page
 * of the site (written or not).
 */
export function addCollectionTag(config: EleventyConfig, tag: string, belongs: (page: EleventyPage) => boolean): void {
  config.addPreprocessor(`collection-${tag}`, "md", (data: { page: EleventyPage; tags?: unknown }) => {
    if (!belongs(data.page)) return undefined;
    // A new array: the one in the data may be shared with other templates (folder data).
    const tags = Array.isArray(data.tags) ? data.tags : typeof data.tags === "string" ? [data.tags] : [];
    data.tags = [...tags, tag];
    return undefined;
  });
}
