import { createMarkdown } from "../markdown/create-markdown.ts";
import type { EleventyConfig } from "./types.ts";

/** Makes the project's markdown-it instance Eleventy's Markdown library. */
export function markdownPlugin(config: EleventyConfig): void {
  config.setLibrary("md", createMarkdown());
}
