import { HtmlBasePlugin } from "@11ty/eleventy";
import { rssPlugin } from "@11ty/eleventy-plugin-rss";
import { buildContext } from "./lib/eleventy/build-context.ts";
import { calendarPlugin } from "./lib/eleventy/calendar-plugin.ts";
import { cmsPlugin } from "./lib/eleventy/cms-plugin.ts";
import { contentPlugin } from "./lib/eleventy/content-plugin.ts";
import { DIRECTORIES } from "./lib/eleventy/directories.ts";
import { filtersPlugin } from "./lib/eleventy/filters-plugin.ts";
import { fingerprintPlugin } from "./lib/eleventy/fingerprint-plugin.ts";
import { iconsPlugin } from "./lib/eleventy/icons-plugin.ts";
import { imagesPlugin } from "./lib/eleventy/images-plugin.ts";
import { listingsPlugin } from "./lib/eleventy/listings-plugin.ts";
import { markdownPlugin } from "./lib/eleventy/markdown-plugin.ts";
import { metaPlugin } from "./lib/eleventy/meta-plugin.ts";
import { PreviewStatus, errorPagePlugin } from "./lib/eleventy/error-page-plugin.ts";
import { previewPlugin } from "./lib/eleventy/preview-plugin.ts";
import { searchPlugin } from "./lib/eleventy/search-plugin.ts";
import { searchVocabularyPlugin } from "./lib/eleventy/search-vocabulary-plugin.ts";
import { shareCardsPlugin } from "./lib/eleventy/share-cards-plugin.ts";
import { TEMPLATE_FORMATS } from "./lib/site/output-paths.ts";
import type { EleventyConfig } from "./lib/eleventy/types.ts";
import { SiteState } from "./lib/site/site-state.ts";

export default function configure(eleventyConfig: EleventyConfig) {
  // The build command and the tests pass their input and output folders, and a
  // `dir` object here would override them; a bare CLI run (npm start) gets content/.
  if (eleventyConfig.directories.input === "./") eleventyConfig.setInputDirectory(DIRECTORIES.input);
  eleventyConfig.setIncludesDirectory(DIRECTORIES.includes);
  // The input folder holds only the site; .gitignore speaks for the repository, and
  // would hide the test suite's scratch sites (tests/.tmp/) from Eleventy.
  eleventyConfig.setUseGitIgnore(false);

  const state = new SiteState();
  const context = buildContext(eleventyConfig);
  const preview = new PreviewStatus();
  eleventyConfig.addPlugin(contentPlugin, { state, context, preview });
  eleventyConfig.addPlugin(errorPagePlugin, { status: preview });
  eleventyConfig.addPlugin(filtersPlugin, { state });
  eleventyConfig.addPlugin(listingsPlugin, { state });
  eleventyConfig.addPlugin(calendarPlugin, { state });
  eleventyConfig.addPlugin(markdownPlugin);
  eleventyConfig.addPlugin(fingerprintPlugin);
  eleventyConfig.addPlugin(imagesPlugin);
  eleventyConfig.addPlugin(previewPlugin);
  eleventyConfig.addPlugin(searchPlugin);
  eleventyConfig.addPlugin(searchVocabularyPlugin, { state });
  eleventyConfig.addPlugin(HtmlBasePlugin);
  eleventyConfig.addPlugin(rssPlugin);
  eleventyConfig.addPlugin(metaPlugin, { state });
  eleventyConfig.addPlugin(cmsPlugin, { state });
  eleventyConfig.addPlugin(shareCardsPlugin, { state, measures: context.measures });
  eleventyConfig.addPlugin(iconsPlugin, { state });
}

export const config = {
  templateFormats: [...TEMPLATE_FORMATS],
  // Posts are Markdown only: never run through a template language first.
  markdownTemplateEngine: false,
  htmlTemplateEngine: "njk",
};
