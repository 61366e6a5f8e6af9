import { HtmlBasePlugin } from "@11ty/eleventy";
import { rssPlugin } from "@11ty/eleventy-plugin-rss";
import { calendarPlugin } from "./lib/eleventy/calendar-plugin.ts";
import { contentPlugin } from "./lib/eleventy/content-plugin.ts";
import { cssPlugin } from "./lib/eleventy/css-plugin.ts";
import { buildContext } from "./lib/eleventy/build-context.ts";
import { DIRECTORIES } from "./lib/eleventy/directories.ts";
import { filtersPlugin } from "./lib/eleventy/filters-plugin.ts";
import { imagesPlugin } from "./lib/eleventy/images-plugin.ts";
import { listingsPlugin } from "./lib/eleventy/listings-plugin.ts";
import { markdownPlugin } from "./lib/eleventy/markdown-plugin.ts";
import { metaPlugin } from "./lib/eleventy/meta-plugin.ts";
import { PreviewStatus, previewPlugin } from "./lib/eleventy/preview-plugin.ts";
import { searchPlugin } from "./lib/eleventy/search-plugin.ts";
import { SiteState } from "./lib/eleventy/site-state.ts";
import type { EleventyConfig } from "./lib/eleventy/types.ts";

export default function configure(eleventyConfig: EleventyConfig) {
  // The build command and the tests pass their input and output folders, and a
  // `dir` object here would override them; a bare CLI run (npm start) gets content/.
  if (eleventyConfig.directories.input === "./") eleventyConfig.setInputDirectory(DIRECTORIES.input);
  eleventyConfig.setIncludesDirectory(DIRECTORIES.includes);
  eleventyConfig.setDataDirectory(DIRECTORIES.data);
  // The input folder holds only the site; .gitignore speaks for the repository, and
  // would hide the test suite's scratch sites (tests/.tmp/) from Eleventy.
  eleventyConfig.setUseGitIgnore(false);

  const state = new SiteState();
  const preview = new PreviewStatus();
  const { env, now, validated } = buildContext(eleventyConfig);
  eleventyConfig.addPlugin(contentPlugin, { state, env, now, validated, preview });
  eleventyConfig.addPlugin(previewPlugin, { status: preview });
  eleventyConfig.addPlugin(filtersPlugin, { state });
  eleventyConfig.addPlugin(listingsPlugin, { state });
  eleventyConfig.addPlugin(calendarPlugin, { state });
  eleventyConfig.addPlugin(markdownPlugin);
  eleventyConfig.addPlugin(cssPlugin);
  eleventyConfig.addPlugin(imagesPlugin);
  eleventyConfig.addPlugin(searchPlugin);
  eleventyConfig.addPlugin(HtmlBasePlugin);
  eleventyConfig.addPlugin(rssPlugin);
  eleventyConfig.addPlugin(metaPlugin, { state });
}

export const config = {
  templateFormats: ["md", "njk"],
  // Posts are Markdown only: never run through a template language first.
  markdownTemplateEngine: false,
  htmlTemplateEngine: "njk",
};
