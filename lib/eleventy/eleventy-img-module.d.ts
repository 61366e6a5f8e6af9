// eleventy-img ships no type declarations: declare the part this project uses.
declare module "@11ty/eleventy-img" {
  import type { Plugin } from "./types.ts";

  export interface ImageTransformOptions {
    formats?: string[];
    widths?: Array<number | "auto">;
    failOnError?: boolean;
    htmlOptions?: {
      imgAttributes?: Record<string, string>;
      pictureAttributes?: Record<string, string>;
    };
  }

  export const eleventyImageTransformPlugin: Plugin<ImageTransformOptions>;
}
