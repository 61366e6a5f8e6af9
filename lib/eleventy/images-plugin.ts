import { eleventyImageTransformPlugin } from "@11ty/eleventy-img";
import type { EleventyConfig, HtmlTransformer } from "./types.ts";

/** The widths, in pixels, each image is made in (never wider than the original). */
export const IMAGE_WIDTHS = [480, 960, 1440];

/**
 * Optimises every image the pages show, at build time, with eleventy-img's HTML
 * transform: each `<img>` becomes a `<picture>` with AVIF and WebP sources and the
 * original format as fallback, in several widths, with width and height set (no
 * layout shift) and lazy loading. The files are written beside the page that
 * shows them. `loadSite` has already checked that every image exists, so a
 * failure here is unexpected and stops the build.
 */
export function imagesPlugin(config: EleventyConfig): void {
  const transformer = config.htmlTransformer;
  if (transformer === undefined) throw new Error("The image plugin needs Eleventy 3's htmlTransformer.");
  const before = new Set(transformer.plugins.html ?? []);
  config.addPlugin(eleventyImageTransformPlugin, {
    formats: ["avif", "webp", "auto"],
    widths: IMAGE_WIDTHS,
    failOnError: true,
    htmlOptions: {
      imgAttributes: {
        loading: "lazy",
        decoding: "async",
        // The post body is at most --measure wide (about 40rem).
        sizes: "(min-width: 42rem) 40rem, 100vw",
      },
    },
  });
  const imageTransforms = new Set((transformer.plugins.html ?? []).filter((entry) => !before.has(entry)));
  if (imageTransforms.size === 0) throw new Error("eleventy-img registered no HTML transform; has its API changed?");
  parseOnlyPagesWithImages(transformer, imageTransforms);
}

/**
 * Lets HTML pages without an `<img>` pass the HTML transformer untouched when the
 * image transform is all that would have parsed them. Eleventy parses and
 * re-serialises every page with posthtml as soon as one posthtml plugin is
 * registered, and eleventy-img's is: about a millisecond and a copy of the page
 * each, for pages that have no image (nearly all of them). Pages are still parsed
 * whenever anything else asks: a URL callback (the HTML base plugin under a path
 * prefix, the feeds' `renderTransforms`) or any other posthtml plugin.
 */
export function parseOnlyPagesWithImages(transformer: HtmlTransformer, imageTransforms: ReadonlySet<object>): void {
  const transformContent = transformer.transformContent.bind(transformer);
  transformer.transformContent = (outputPath, content, context) => {
    const onlyImages =
      typeof outputPath === "string" &&
      outputPath.endsWith(".html") &&
      transformer.getCallbacks("html", context).length === 0 &&
      transformer.getPlugins("html").every((entry) => imageTransforms.has(entry));
    // Our pages are written by our templates and markdown-it, in lower case; a plain
    // search is ~20 times quicker than a case-blind pattern over a whole page.
    if (onlyImages && !content.includes("<img")) return Promise.resolve(content);
    return transformContent(outputPath, content, context);
  };
}
