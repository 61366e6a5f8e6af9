import path from "node:path";
import { writeFileWhole } from "../files/write-whole.ts";
import { coalescingTask } from "../search/coalescing-task.ts";
import { describeUnexpectedFailure } from "../search/index-site.ts";
import { SEARCH_BUNDLE_FILES, type SearchBundle, searchBundle } from "../search/search-bundle.ts";
import { vocabularyFile } from "../search/vocabulary.ts";
import type { SiteState } from "../site/site-state.ts";
import { whenPreviewIdle } from "./preview-idle.ts";
import type { EleventyConfig } from "./types.ts";

/**
 * Query expansion for /soeg/: the build's vocabulary (`SiteState.searchVocabulary`),
 * published with the expansion script and the Pagefind adapter as one
 * fingerprinted folder (lib/search/search-bundle.ts). Templates get it as the
 * global `searchBundle` (`searchBundle.folder`); each file is a virtual template,
 * so a build to memory has them too. No page but /soeg/ links them.
 *
 * The dev server keeps its first build's bundle, whose folder /soeg/ names, and
 * brings the vocabulary in it up to date once it has had no rebuild for
 * PREVIEW_IDLE_MS: worked out within the rebuild, the vocabulary was a third
 * of the time from saving a post to its page (1 of 2.6 s at 1,000 posts), and
 * right after it, it held up the next save's rebuild (3 s of work at 4,000 posts).
 */
export function searchVocabularyPlugin(
  config: EleventyConfig,
  {
    state,
    logError = (report) => console.error(report),
  }: {
    state: SiteState;
    /** Where a failed background refresh is reported, whole and in Danish; standard error unless given. */
    logError?: (report: string) => void;
  },
): void {
  let dev = false;
  let output = "";
  let serving: SearchBundle | undefined;
  config.on("eleventy.before", ({ runMode, directories }) => {
    dev = runMode !== "build";
    output = directories.output;
  });
  // Eleventy computes global data once per build (and again on each rebuild), after eleventy.before has loaded the site.
  config.addGlobalData("searchBundle", async () => {
    if (!dev) return searchBundle(await state.searchVocabulary());
    serving ??= await searchBundle(await state.searchVocabulary());
    return serving;
  });

  const refresh = coalescingTask(
    async () => {
      const bundle = serving;
      if (bundle === undefined) return;
      const vocabulary = vocabularyFile(await state.searchVocabulary());
      if (vocabulary === bundle.files["vocabulary.json"]) return;
      bundle.files["vocabulary.json"] = vocabulary;
      await writeFileWhole(path.join(output, bundle.folder, "vocabulary.json"), vocabulary);
    },
    (error) => logError(describeUnexpectedFailure("Søgeordene til forhåndsvisningens søgning kunne ikke opdateres", error)),
  );
  whenPreviewIdle(config, () => refresh.request());

  for (const name of SEARCH_BUNDLE_FILES) {
    config.addTemplate(`search-bundle/${name}.njk`, `{{ searchBundle.files["${name}"] | safe }}`, {
      eleventyExcludeFromCollections: true,
      sitemap: false,
      eleventyComputed: { permalink: (data: { searchBundle: SearchBundle }) => `${data.searchBundle.folder}${name}` },
    });
  }
}
