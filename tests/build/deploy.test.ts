import { readFile } from "node:fs/promises";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { checkInternalLinks } from "../../lib/check/internal-links.ts";
import { validateHtmlFiles } from "../../lib/check/validate-html.ts";
import { CONTENT_SECURITY_POLICY } from "../../lib/site/headers.ts";
import { type FixtureSite, createFixtureSite, post, removeFixtureSite } from "../helpers/fixture-site.ts";

const FIRST = "/2018/aarets-sidste-netvaerksmoede-corporate-volunteering-paa-dagsordenen/";

// The real first post and two more: one linking to the first post's heading, one
// with a relative link to the site's front page.
const POSTS = {
  "2019/foraar.md": post(
    "Forårsmøde",
    "2019-04-05",
    'meeting:\n  date: 2019-04-05\n  start: "08:30"',
    `Se [sidste møde](${FIRST}#fra-ord-til-handling) og [forsiden](/).\n\n## Næste skridt\n\n[Op](#naeste-skridt)`,
  ),
  "2019/efteraar.md": post("Efterårsmøde", "2019-10-04", "", "Tilbage til [forsiden](../../)."),
};

/** One page of every type the shipped content makes, as output files. */
const SHIPPED_PAGES = [
  "index.html",
  `${FIRST.slice(1)}index.html`,
  "arkiv/index.html",
  "emner/index.html",
  "emner/corporate-volunteering/index.html",
  "personer/index.html",
  "personer/jesper-bering-kristensen/index.html",
  "kalender/2019/index.html",
  "soeg/index.html",
  "om-netvaerket/index.html",
  "bliv-medlem/index.html",
  "kontakt/index.html",
  "404.html",
];

let underBlog: FixtureSite;
let atRoot: FixtureSite;

beforeAll(async () => {
  underBlog = await createFixtureSite(POSTS, { keepRealPosts: true });
  atRoot = await createFixtureSite(POSTS, { keepRealPosts: true });
  await underBlog.build({ PATH_PREFIX: "/blog/", SITE_URL: "https://eksempel.github.io" });
  await atRoot.build();
});
afterAll(async () => {
  await removeFixtureSite(underBlog);
  await removeFixtureSite(atRoot);
});

describe("a build for PATH_PREFIX=/blog/", () => {
  it("writes the site itself unnested: _site/ is what is copied to /blog/", async () => {
    const files = await underBlog.outputFiles();
    expect(files).toContain("index.html");
    expect(files).toContain(`${FIRST.slice(1)}index.html`);
    expect(files.some((file) => file.startsWith("blog/"))).toBe(false);
  });

  it("has every internal href and src of every page resolve to a file under /blog/", async () => {
    expect(await checkInternalLinks(underBlog.output, "/blog/")).toEqual([]);
  });

  it("really writes its links under /blog/: the same pages fail a check for the root", async () => {
    const problems = await checkInternalLinks(underBlog.output, "/");
    expect(problems.length).toBeGreaterThan(0);
    expect(problems.some((problem) => problem.url === `/blog${FIRST}#fra-ord-til-handling`)).toBe(true);
  });

  it("sends its headers for paths under /blog/", async () => {
    const headers = await readFile(path.join(underBlog.output, "_headers"), "utf8");
    expect(headers).toMatch(/^\/blog\/\*\n {2}Content-Security-Policy: (.+)$/m);
    expect(headers).toContain(`  Content-Security-Policy: ${CONTENT_SECURITY_POLICY}\n`);
    expect(headers).toMatch(/^\/blog\/assets\/\*\n {2}Cache-Control: public, max-age=31536000, immutable$/m);
    expect(headers).not.toMatch(/^\/(?!blog\/)/m);
  });
});

describe("a build at the root", () => {
  it("has every internal href and src resolve", async () => {
    expect(await checkInternalLinks(atRoot.output, "/")).toEqual([]);
  });
});

describe("the HTML of every page", () => {
  it("is valid per html-validate and the repository's .htmlvalidate.json, at the root and under a prefix", async () => {
    const [root, blog] = await Promise.all([validateHtmlFiles(atRoot.output), validateHtmlFiles(underBlog.output)]);
    expect(root).toEqual([]);
    expect(blog).toEqual([]);
    // Every page type of the site as shipped (content/, its post, calendar and standing pages) was among them.
    const pages = (await atRoot.outputFiles()).filter((file) => file.endsWith(".html"));
    expect(pages).toEqual(expect.arrayContaining(SHIPPED_PAGES));
  });
});
