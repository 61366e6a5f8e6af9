import { createCompoundSplitter } from "../search/compound-splitter.ts";
import { loadDanishWords } from "../search/danish-words.ts";
import { SEARCH_BUNDLE_FILES, type SearchBundle, searchBundle } from "../search/search-bundle.ts";
import { buildVocabulary } from "../search/vocabulary.ts";
import type { SiteState } from "./site-state.ts";
import type { EleventyConfig } from "./types.ts";

/**
 * Query expansion for /soeg/: once per build, the vocabulary of the posts this
 * build publishes (their compounds, split with the Danish word list, and the
 * synonym groups), published with the expansion script and the Pagefind adapter
 * as one fingerprinted folder (lib/search/search-bundle.ts). Templates get it as
 * the global `searchBundle` (`searchBundle.folder`); each file is a virtual
 * template, so a build to memory has them too. No other page loads them.
 */
export function searchVocabularyPlugin(config: EleventyConfig, { state }: { state: SiteState }): void {
  let bundle: Promise<SearchBundle> | undefined;
  config.on("eleventy.before", () => {
    bundle = undefined;
  });
  const currentBundle = async (): Promise<SearchBundle> => {
    const posts = state.listings.published;
    // A site without posts has no compounds: the word list is not read.
    const splitter = posts.length === 0 ? { split: () => undefined, isName: () => false } : createCompoundSplitter(await loadDanishWords());
    return searchBundle(buildVocabulary(posts, state.site.synonyms, splitter));
  };
  // Eleventy computes global data after eleventy.before, when the site is loaded.
  config.addGlobalData("searchBundle", () => (bundle ??= currentBundle()));

  for (const name of SEARCH_BUNDLE_FILES) {
    config.addTemplate(`search-bundle/${name}.njk`, `{{ searchBundle.files["${name}"] | safe }}`, {
      eleventyExcludeFromCollections: true,
      sitemap: false,
      eleventyComputed: { permalink: (data: { searchBundle: SearchBundle }) => `${data.searchBundle.folder}${name}` },
    });
  }
}
