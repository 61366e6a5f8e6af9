import { readFileSync, readdirSync } from "node:fs";
import path from "node:path";
import type { EleventyConfig } from "./types.ts";

/** The templates of generated files, kept with the code that feeds them rather than in content/. */
const TEMPLATES = path.join(import.meta.dirname, "templates");

/**
 * Registers every template in `lib/eleventy/templates/<folder>/` as an Eleventy
 * virtual template at `<folder>/<name>` of the input folder, with `data` as its
 * folder data would have been. Generated files (feeds, sitemap, calendar files)
 * are the engineer's, so they stay out of `content/`, which is the secretariat's.
 */
export function addGeneratedTemplates(config: EleventyConfig, folder: string, data: Record<string, unknown> = {}): void {
  const dir = path.join(TEMPLATES, folder);
  for (const name of readdirSync(dir).sort()) {
    config.addTemplate(`${folder}/${name}`, readFileSync(path.join(dir, name), "utf8"), data);
  }
}
