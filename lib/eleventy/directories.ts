/**
 * The project's folders as Eleventy sees them: `includes` and `data` are relative
 * to `input`. The one directory map, shared by the config and the build command.
 */
export const DIRECTORIES = {
  input: "content",
  includes: "../layouts",
  data: "../data",
  output: "_site",
} as const;
