// Names that config.yml, the editor's script (lib/cms/admin.ts) and the build must agree on.

/** Where the editor is published, below the path prefix. */
export const ADMIN_PATH = "/admin/";

/** The editor's own script (lib/cms/admin.ts, bundled), by its name in ADMIN_PATH. */
export const ADMIN_SCRIPT_NAME = "cms-admin.js";

/**
 * Where one of the editor's files is published: in ADMIN_PATH, at its name (a
 * template's in `lib/eleventy/templates/admin/` without `.njk`).
 * @example adminFilePath("config.yml.njk") // "/admin/config.yml"
 */
export function adminFilePath(name: string): string {
  return `${ADMIN_PATH}${name.replace(/\.njk$/, "")}`;
}

/** The data keys the editor's script adds before saving a post, from which Decap makes its path; never written to the file. */
export const PATH_KEYS = { year: "cms_year", name: "cms_name" } as const;

/** The custom formats the editor's script registers: files read as the build reads them, written without empty fields. */
export const FORMATS = { frontMatter: "frontmatter-da", yaml: "yaml-da", json: "json-da" } as const;

/** The collection of posts, whose entries the "Ret indlægget" link opens. */
export const POSTS_COLLECTION = "posts";

/** The collection of the site's settings, `data/site.json`. */
export const SETTINGS_COLLECTION = "settings";
