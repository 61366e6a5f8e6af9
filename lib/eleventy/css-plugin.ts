import type { EleventyConfig } from "./types.ts";

/**
 * Stylesheets in the input folder are published as they are. Treating them as a
 * template format (rather than a passthrough copy, whose paths are relative to the
 * working directory) keeps them inside the input folder wherever that is.
 */
export function cssPlugin(config: EleventyConfig): void {
  config.addTemplateFormats("css");
  config.addExtension("css", { outputFileExtension: "css", compile: (input) => () => input });
}
