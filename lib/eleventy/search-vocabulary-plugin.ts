import { SEARCH_BUNDLE_FILES, type SearchBundle, searchBundle } from "../search/search-bundle.ts";
import type { SiteState } from "../site/site-state.ts";
import type { EleventyConfig } from "./types.ts";

/**
 * Query expansion for /soeg/: the build's vocabulary (`SiteState.searchVocabulary`),
 * published with the expansion script and the Pagefind adapter as one
 * fingerprinted folder (lib/search/search-bundle.ts). Templates get it as the
 * global `searchBundle` (`searchBundle.folder`); each file is a virtual template,
 * so a build to memory has them too. No page but /soeg/ links them.
 */
export function searchVocabularyPlugin(config: EleventyConfig, { state }: { state: SiteState }): void {
  // Eleventy computes global data once per build (and again on each rebuild), after eleventy.before has loaded the site.
  config.addGlobalData("searchBundle", async () => searchBundle(await state.searchVocabulary()));

  for (const name of SEARCH_BUNDLE_FILES) {
    config.addTemplate(`search-bundle/${name}.njk`, `{{ searchBundle.files["${name}"] | safe }}`, {
      eleventyExcludeFromCollections: true,
      sitemap: false,
      eleventyComputed: { permalink: (data: { searchBundle: SearchBundle }) => `${data.searchBundle.folder}${name}` },
    });
  }
}
