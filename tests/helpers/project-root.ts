import path from "node:path";

/** The project's root folder. Its own module, so that tests needing only the path do not load Eleventy. */
export const PROJECT_ROOT = path.resolve(import.meta.dirname, "../..");
