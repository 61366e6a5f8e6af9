import { readFileSync } from "node:fs";
import path from "node:path";
import { fingerprintedPath } from "../assets/fingerprint.ts";
import type { EleventyConfig } from "./types.ts";

/** The kinds of file in the input folder published under a hash of their contents. */
const FINGERPRINTED = ["css", "js"];

/**
 * Stylesheets and scripts in the input folder (`/assets/site.css`,
 * `/assets/search.js`) are published under a name carrying a hash of their
 * contents (`/assets/site.<hash>.css`), so hosts may cache them for good; the
 * `fingerprinted` filter gives templates that name. Treating them as a template
 * format (rather than a passthrough copy, whose paths are relative to the working
 * directory and whose names are fixed when the configuration is read) keeps them
 * inside the input folder wherever that is, and renames them again when the dev
 * server sees them change.
 */
export function fingerprintPlugin(config: EleventyConfig): void {
  let inputDir = config.directories.input;
  // Each file is read and hashed once per build, by whichever asks first: its
  // permalink or a page's link to it.
  const urls = new Map<string, string>();
  config.on("eleventy.before", ({ directories }) => {
    inputDir = directories.input;
    urls.clear();
  });

  const publishedUrl = (file: string): string => {
    const absolute = path.resolve(file);
    let url = urls.get(absolute);
    if (url === undefined) {
      const sitePath = `/${path.relative(path.resolve(inputDir), absolute).split(path.sep).join("/")}`;
      url = fingerprintedPath(sitePath, readFileSync(absolute));
      urls.set(absolute, url);
    }
    return url;
  };

  for (const extension of FINGERPRINTED) {
    config.addTemplateFormats(extension);
    config.addExtension(extension, {
      outputFileExtension: extension,
      compile: (input) => () => input,
      compileOptions: { permalink: (_permalink: unknown, inputPath: string) => publishedUrl(inputPath) },
    });
  }
  /** `/assets/site.css` → `/assets/site.<hash>.css`; throws if the file is missing. */
  config.addFilter("fingerprinted", (url: string) => publishedUrl(path.join(inputDir, url)));
}
