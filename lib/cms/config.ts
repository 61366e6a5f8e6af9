import yaml from "js-yaml";
import { calendarSchema } from "../calendar/calendar-schema.ts";
import { postSchema } from "../content/post-schema.ts";
import { siteSchema } from "../site/settings-schema.ts";
import { type CmsField, schemaFields } from "./form-fields.ts";
import { FORMATS, PATH_KEYS, POSTS_COLLECTION, SETTINGS_COLLECTION } from "./names.ts";


/** Where the secretariat's files are, relative to the repository. */
export const CMS_FOLDERS = {
  posts: "content/posts",
  calendar: "data/calendar",
  settings: "data/site.json",
  /** Pictures for the standing pages; a post's pictures go beside it. */
  media: "content/billeder",
} as const;

/** A standing page the editor offers: its Markdown file and its title. */
export interface StandingPage {
  /** Repository-relative, e.g. `content/om-netvaerket.md`. */
  file: string;
  title: string;
}

/** What the editor's configuration depends on besides the schemas. */
export interface CmsOptions {
  /** The GitHub repository the editor commits to, `owner/name`. */
  repo: string;
  branch: string;
  /** The OAuth proxy's origin for logging in with GitHub, when not Netlify's. */
  authUrl?: string;
  /** decap-server's API, `http://127.0.0.1:<port>/api/v1`, for editing a checkout (npm run cms). */
  localBackend?: string;
  /** The site's public address, for the editor's "view site" link. */
  siteUrl: string;
  pages: readonly StandingPage[];
}

/** Decap's configuration (`config.yml`), as an object. */
export interface CmsConfig {
  [key: string]: unknown;
  collections: Array<Record<string, unknown> & { name: string; fields?: CmsField[] }>;
}

const BODY_FIELD: CmsField = {
  name: "body",
  label: "Tekst",
  widget: "markdown",
  required: false,
  hint: "Indlæggets tekst. Overskrifter, fed skrift, links og billeder laves med knapperne.",
};

/**
 * Decap CMS's configuration for this site: the posts, the standing pages, the
 * activity calendars and the settings, every form generated from its schema and
 * field registry, in Danish, committing to GitHub (or, with `localBackend`, to
 * decap-server on this machine).
 */
export function cmsConfig(options: CmsOptions): CmsConfig {
  return {
    locale: "da",
    backend: {
      name: "github",
      repo: options.repo,
      branch: options.branch,
      ...(options.authUrl === undefined ? {} : { base_url: options.authUrl }),
      commit_messages: {
        create: 'Nyt indlæg i {{collection}}: "{{slug}}"',
        update: 'Ret {{collection}}: "{{slug}}"',
        delete: 'Slet i {{collection}}: "{{slug}}"',
        uploadMedia: 'Nyt billede: "{{path}}"',
        deleteMedia: 'Slet billede: "{{path}}"',
      },
    },
    ...(options.localBackend === undefined ? {} : { local_backend: { url: options.localBackend } }),
    site_url: options.siteUrl,
    display_url: options.siteUrl,
    media_folder: CMS_FOLDERS.media,
    public_folder: `/${CMS_FOLDERS.media.replace(/^content\//, "")}`,
    slug: { encoding: "ascii", clean_accents: true, sanitize_replacement: "-" },
    collections: [
      {
        name: POSTS_COLLECTION,
        label: "Indlæg",
        label_singular: "indlæg",
        description: "Et indlæg for hvert netværksmøde.",
        folder: CMS_FOLDERS.posts,
        extension: "md",
        format: FORMATS.frontMatter,
        create: true,
        // The file is content/posts/<year>/<date>-<slug>.md; the editor's script
        // works both parts out with the build's own rules before saving. Decap
        // turns the dots of a path template into dashes, so no "fields." here.
        path: `{{${PATH_KEYS.year}}}/{{slug}}`,
        slug: `{{fields.${PATH_KEYS.name}}}`,
        // Pictures go beside the post, where the build's image optimiser finds them.
        media_folder: "",
        public_folder: "",
        summary: "{{title}} ({{date}})",
        sortable_fields: ["date", "title"],
        view_filters: [{ label: "Kladder", field: "draft", pattern: true }],
        fields: [...schemaFields(postSchema), BODY_FIELD],
      },
      {
        name: "pages",
        label: "Faste sider",
        label_singular: "fast side",
        format: FORMATS.frontMatter,
        files: options.pages.map((page) => ({
          name: page.file.replace(/^.*\//, "").replace(/\.md$/, ""),
          label: page.title,
          file: page.file,
          fields: [
            { name: "layout", label: "Layout", widget: "hidden" },
            { name: "permalink", label: "Adresse", widget: "hidden" },
            { name: "title", label: "Sidens titel", widget: "string", required: true },
            { name: "description", label: "En sætning om siden", widget: "text", required: true },
            { ...BODY_FIELD, hint: "Sidens tekst." },
          ],
        })),
      },
      {
        name: "calendar",
        label: "Aktivitetskalender",
        label_singular: "kalender",
        description: "Et år ad gangen. Et nyt år oprettes som en fil i data/calendar/.",
        folder: CMS_FOLDERS.calendar,
        extension: "yaml",
        format: FORMATS.yaml,
        create: false,
        identifier_field: "description",
        summary: "Aktivitetskalender {{filename}}",
        fields: schemaFields(calendarSchema),
      },
      {
        name: SETTINGS_COLLECTION,
        label: "Indstillinger",
        format: FORMATS.json,
        files: [{ name: "site", label: "Sidens indstillinger", file: CMS_FOLDERS.settings, fields: schemaFields(siteSchema) }],
      },
    ],
  };
}

/**
 * `config.yml` for Decap: a comment saying where it comes from, then the
 * configuration as YAML.
 */
export function renderCmsConfig(config: CmsConfig): string {
  const header = "# Written by the build from the schemas in lib/ (lib/cms/config.ts); edit those, not this file.\n";
  return header + yaml.dump(config, { lineWidth: -1, noRefs: true, quotingType: '"' });
}
