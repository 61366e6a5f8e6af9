import { copyFile, mkdir } from "node:fs/promises";
import path from "node:path";
import { cachedBundle } from "../cache/bundle-cache.ts";
import { packageVersion } from "../cache/package-version.ts";
import type { CmsTarget } from "../cms/cms-settings.ts";
import { cmsConfig, renderCmsConfig } from "../cms/config.ts";
import { DECAP_DIST, decapFiles } from "../cms/decap-files.ts";
import { ADMIN_PATH, ADMIN_SCRIPT_NAME, POSTS_COLLECTION, adminFilePath } from "../cms/names.ts";
import type { LoadedPost } from "../content/load-posts.ts";
import type { SiteState } from "../site/site-state.ts";
import { addGeneratedTemplates } from "./generated-templates.ts";
import { addCollectionTag } from "./collection-tags.ts";
import type { CollectionItem, EleventyConfig } from "./types.ts";

const ADMIN_SCRIPT = path.join(import.meta.dirname, "..", "cms", "admin.ts");

let adminScript: Promise<string> | undefined;

/** Where the bundled editor script is kept between builds, relative to the working folder. */
const ADMIN_SCRIPT_CACHE = ".cache/cms-admin";

/** How the editor's script is bundled; part of the cache key with esbuild's version. */
const ADMIN_BUNDLE_OPTIONS = {
  bundle: true,
  format: "iife",
  platform: "browser",
  target: "es2022",
  minify: true,
  legalComments: "none",
} as const;

/**
 * The editor's own script (lib/cms/admin.ts) bundled for the browser, once per
 * process, and kept in `.cache/cms-admin/` until a file it is made from changes:
 * bundling took ~0.3 s of every build.
 */
function bundleAdminScript(): Promise<string> {
  // esbuild itself is loaded only to bundle (0.08 s of every build's start).
  adminScript ??= cachedBundle(path.resolve(ADMIN_SCRIPT_CACHE), `esbuild@${packageVersion("esbuild")} ${JSON.stringify(ADMIN_BUNDLE_OPTIONS)}`, async () => {
    const { build } = await import("esbuild");
    const result = await build({ entryPoints: [ADMIN_SCRIPT], ...ADMIN_BUNDLE_OPTIONS, write: false, metafile: true });
    return {
      text: result.outputFiles[0]?.text ?? "",
      // esbuild names the inputs relative to its working folder.
      inputs: Object.keys(result.metafile.inputs).map((input) => path.resolve(input)).sort(),
    };
  });
  return adminScript;
}

/**
 * The editor at `/admin/` (Decap CMS), built only when it has somewhere to commit
 * (`cms` in data/site.json, CMS_REPO, or CMS_LOCAL_BACKEND from `npm run cms`):
 * its page, `config.yml` generated from the schemas, its own script, and Decap's
 * files copied as they are from node_modules (never transformed). No other page
 * refers to any of them; post pages link to their entry when `cms.editLink` is on.
 */
export function cmsPlugin(config: EleventyConfig, { state }: { state: SiteState }): void {
  let inputDir = config.directories.input;
  config.on("eleventy.before", ({ directories }) => {
    inputDir = directories.input;
  });
  const editor = (): CmsTarget | undefined => state.site.cms;
  const permalinkIfEditor = (sitePath: string) => ({ permalink: () => (editor() === undefined ? false : sitePath) });

  // The bundled script is a template of its own format, so that it exists only
  // when the editor does; rendering returns the bundle.
  config.addTemplateFormats("cmsfile");
  config.addExtension("cmsfile", {
    outputFileExtension: "js",
    compile: () => async () => bundleAdminScript(),
  });
  config.addTemplate("admin/cms-admin.cmsfile", "", {
    eleventyExcludeFromCollections: true,
    eleventyComputed: permalinkIfEditor(adminFilePath(ADMIN_SCRIPT_NAME)),
  });
  // Decap's own files are copied by the file system after each build that writes
  // files, as the icons are written: read into strings and written by Eleventy,
  // their 6.5 MB took ~0.2 s of every build.
  config.on("eleventy.after", async ({ directories, outputMode }) => {
    if (outputMode !== "fs" || editor() === undefined) return;
    const folder = path.join(directories.output, ADMIN_PATH);
    await mkdir(folder, { recursive: true });
    await Promise.all(decapFiles().map((name) => copyFile(path.join(DECAP_DIST, name), path.join(folder, name))));
  });
  // The page and config.yml, each published at its own name in /admin/.
  addGeneratedTemplates(config, "admin", {
    eleventyExcludeFromCollections: true,
    sitemap: false,
    eleventyComputed: {
      permalink: (data: { page: { inputPath: string } }) => (editor() === undefined ? false : adminFilePath(path.basename(data.page.inputPath))),
    },
  });

  // config.yml imports `standing-pages`: the Markdown files at the top of the input folder.
  const isStandingPage = (inputPath: string) => inputPath.endsWith(".md") && path.dirname(path.resolve(inputPath)) === path.resolve(inputDir);
  addCollectionTag(config, "standing-pages", (page) => isStandingPage(page.inputPath));
  config.addFilter("cmsConfigYaml", (items: readonly CollectionItem[]) => {
    const target = editor();
    if (target === undefined) return "";
    const pages = items
      .filter((item) => isStandingPage(item.inputPath))
      .map((item) => ({ file: `content/${path.basename(item.inputPath)}`, title: String(item.data.title ?? path.basename(item.inputPath)) }))
      .sort((a, b) => a.file.localeCompare(b.file));
    return renderCmsConfig(
      cmsConfig({
        repo: target.repo,
        branch: target.branch,
        ...(target.authUrl === undefined ? {} : { authUrl: target.authUrl }),
        ...(target.localBackend === undefined ? {} : { localBackend: target.localBackend }),
        siteUrl: state.site.siteUrl,
        pages,
      }),
    );
  });

  /** A post's entry in the editor, for the "Ret indlægget" link; undefined unless the settings ask for it. */
  config.addFilter("cmsEditUrl", (post: LoadedPost | undefined) => {
    if (post === undefined || editor()?.editLink !== true) return undefined;
    const entry = path.relative(path.resolve(inputDir, "posts"), post.absolutePath).split(path.sep).join("/");
    return `${ADMIN_PATH}#/collections/${POSTS_COLLECTION}/entries/${entry.replace(/\.md$/, "")}`;
  });

  /** Whether there is an editor, and decap-server's origin, which its Content-Security-Policy must let it reach. */
  config.addGlobalData("cms", () => {
    const target = editor();
    return {
      enabled: target !== undefined,
      ...(target?.localBackend === undefined ? {} : { localOrigin: new URL(target.localBackend).origin }),
    };
  });
}
