import { cp, mkdir, readFile, readdir, rm, writeFile } from "node:fs/promises";
import path from "node:path";
import { parseHTML } from "linkedom";
import { buildSite } from "../../lib/eleventy/build-site.ts";
import { PROJECT_ROOT } from "./project-root.ts";

/** A parsed page, as linkedom gives it. */
export type ParsedPage = ReturnType<typeof parseHTML>["document"];

export { PROJECT_ROOT };
const SCRATCH = path.join(PROJECT_ROOT, "tests/.tmp");

/**
 * A fixed build date, so fixture builds are reproducible: 2019-12-31T12:00:00Z,
 * after every fixture post's date, since posts dated after the build are not published.
 */
export const BUILD_EPOCH = "1577793600";

export interface FixtureSite {
  root: string;
  output: string;
  /** Builds the site with the real configuration and a fixed SOURCE_DATE_EPOCH. */
  build(env?: Record<string, string>): Promise<void>;
  /** The warning reports the builds printed, in order. */
  warnings: string[];
  /** Writes (or overwrites) a file below the site's root. */
  write(relativePath: string, text: string | Uint8Array): Promise<void>;
  remove(relativePath: string): Promise<void>;
  /** A built page, parsed. `urlPath` like "/2019/x/". */
  page(urlPath: string): Promise<ParsedPage>;
  /** Every file in the output, as sorted relative paths. */
  outputFiles(): Promise<string[]>;
}

/**
 * A scratch copy of the project's site (layouts, data, standing pages) with the
 * given posts instead of the real ones (and no activity calendars, which link to
 * them); `posts` maps paths below content/posts/ to file text. With
 * `keepRealPosts` the shipped posts and calendars stay too.
 */
export async function createFixtureSite(
  posts: Record<string, string>,
  { keepRealPosts = false }: { keepRealPosts?: boolean } = {},
): Promise<FixtureSite> {
  await mkdir(SCRATCH, { recursive: true });
  const root = path.join(SCRATCH, `site-${process.pid}-${Math.random().toString(36).slice(2, 8)}`);
  for (const folder of ["content", "data", "layouts"]) {
    await cp(path.join(PROJECT_ROOT, folder), path.join(root, folder), {
      recursive: true,
      // Without the real posts, the real calendars go too: their entries link to those posts.
      filter: (source) => {
        if (keepRealPosts) return true;
        const relative = path.relative(PROJECT_ROOT, source).split(path.sep).join("/");
        return !((relative.startsWith("content/posts/") && relative.endsWith(".md")) || relative.startsWith("data/calendar/"));
      },
    });
  }
  const output = path.join(root, "_site");
  const site: FixtureSite = {
    root,
    output,
    warnings: [],
    async build(env = {}) {
      await buildSite({
        root,
        env: { SOURCE_DATE_EPOCH: BUILD_EPOCH, ...env },
        now: () => new Date(),
        quiet: true,
        warn: (report) => site.warnings.push(report),
      });
    },
    async write(relativePath, text) {
      const target = path.join(root, relativePath);
      await mkdir(path.dirname(target), { recursive: true });
      await writeFile(target, text);
    },
    async remove(relativePath) {
      await rm(path.join(root, relativePath));
    },
    async page(urlPath) {
      const html = await readFile(path.join(output, urlPath, urlPath.endsWith("/") ? "index.html" : ""), "utf8");
      return parseHTML(html).document;
    },
    async outputFiles() {
      const entries = await readdir(output, { recursive: true, withFileTypes: true });
      return entries
        .filter((entry) => entry.isFile())
        .map((entry) => path.relative(output, path.join(entry.parentPath, entry.name)).split(path.sep).join("/"))
        .sort();
    },
  };
  for (const [file, text] of Object.entries(posts)) await site.write(path.join("content/posts", file), text);
  return site;
}

/** Removes a fixture site's folder. */
export async function removeFixtureSite(site: FixtureSite): Promise<void> {
  await rm(site.root, { recursive: true, force: true });
}

/** Text content with white space folded, for comparing what a reader sees. */
export function readable(node: { textContent: string | null } | null | undefined): string {
  return (node?.textContent ?? "").replace(/\s+/g, " ").trim();
}

/** A minimal valid post; `extra` is YAML appended to the front matter. */
export function post(title: string, date: string, extra = "", body = "Brødtekst."): string {
  return `---\ntitle: ${JSON.stringify(title)}\ndate: ${date}\n${extra}${extra.endsWith("\n") || extra === "" ? "" : "\n"}---\n\n${body}\n`;
}
