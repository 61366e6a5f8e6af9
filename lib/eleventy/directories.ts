import path from "node:path";

/**
 * The project's folders: `includes` and `data` are relative to `input`. The one
 * directory map, shared by the config and the commands. Eleventy is not given
 * `data`: the settings and calendars there reach templates only validated, as
 * global data from the plugins, never raw through Eleventy's data cascade.
 */
export const DIRECTORIES = {
  input: "content",
  includes: "../layouts",
  data: "../data",
  output: "_site",
} as const;

/** The secretariat's data folder (`data/`) of a site whose input folder is `input`. */
export function dataFolder(input: string): string {
  return path.resolve(input, DIRECTORIES.data);
}
