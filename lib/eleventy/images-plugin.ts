import { eleventyImageTransformPlugin } from "@11ty/eleventy-img";
import type { EleventyConfig } from "./types.ts";

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
}
