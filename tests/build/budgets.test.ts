import { readFile } from "node:fs/promises";
import path from "node:path";
import { gzipSync } from "node:zlib";
import { parseHTML } from "linkedom";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type FixtureSite, type ParsedPage, createFixtureSite, post, removeFixtureSite } from "../helpers/fixture-site.ts";
import { solidPng } from "../helpers/png.ts";

// The readers' side budgets, over every page of the shipped site (its posts, calendar
// and standing pages) plus a post with an image. listings.test.ts and search.test.ts
// check the same things on their own fixtures and pages; this is the whole-site gate.

/** One round trip: TCP's initial window of ten segments holds about 14 KB. */
const ROUND_TRIP_BYTES = 14 * 1024;

const FIRST_POST = "/2018/aarets-sidste-netvaerksmoede-corporate-volunteering-paa-dagsordenen/";
const IMAGE_POST = "/2019/moede-med-billede/";

let site: FixtureSite;
/** Every HTML page of the output, by its path in the output ("soeg/index.html"). */
const pages = new Map<string, ParsedPage>();
const html = new Map<string, string>();

beforeAll(async () => {
  site = await createFixtureSite(
    { "2019/billede.md": post("Møde med billede", "2019-05-01", "", "Tekst før billedet.\n\n![Deltagerne rundt om bordet](moede.png)") },
    { keepRealPosts: true },
  );
  await site.write("content/posts/2019/moede.png", solidPng(1200, 800));
  await site.build();
  for (const file of (await site.outputFiles()).filter((name) => name.endsWith(".html"))) {
    const text = await readFile(path.join(site.output, file), "utf8");
    html.set(file, text);
    pages.set(file, parseHTML(text).document);
  }
});
afterAll(() => removeFixtureSite(site));

const SEARCH_PAGE = "soeg/index.html";
/** The editor (Decap CMS): not a page for readers; tests/build/cms.test.ts checks that no page refers to it. */
const EDITOR_PAGE = "admin/index.html";
/** The output file of a site path such as "/2019/x/". */
const fileOf = (urlPath: string) => `${urlPath.slice(1)}index.html`;
const contentPages = () => [...pages].filter(([file]) => file !== SEARCH_PAGE && file !== EDITOR_PAGE);

/** Every URL a page points at: href, src, srcset (each candidate), data and action. */
function referencedUrls(page: ParsedPage): string[] {
  const urls: string[] = [];
  for (const element of page.querySelectorAll("[href], [src], [srcset], [data], [action]")) {
    for (const name of ["href", "src", "data", "action"]) {
      const value = element.getAttribute(name);
      if (value !== null) urls.push(value);
    }
    for (const candidate of (element.getAttribute("srcset") ?? "").split(",")) {
      const url = candidate.trim().split(/\s+/)[0];
      if (url) urls.push(url);
    }
  }
  return urls;
}

const isSearchAsset = (url: string) => /\/pagefind\/|\/assets\/search\.[0-9a-f]+\.js$/.test(url);

describe("a post page", () => {
  it("fits in one round trip: its HTML and its stylesheets, gzipped, come to 14 KB or less", async () => {
    const posts = [FIRST_POST, IMAGE_POST];
    for (const urlPath of posts) {
      const file = fileOf(urlPath);
      const page = pages.get(file);
      const stylesheets = [...(page?.querySelectorAll('link[rel="stylesheet"]') ?? [])].map((link) => link.getAttribute("href") ?? "");
      expect(stylesheets, urlPath).toEqual([expect.stringMatching(/^\/assets\/site\.[0-9a-f]{10}\.css$/)]);
      let bytes = gzipSync(html.get(file) ?? "").length;
      for (const href of stylesheets) bytes += gzipSync(await readFile(path.join(site.output, href))).length;
      expect(bytes, `${urlPath}: ${bytes} bytes gzipped`).toBeLessThanOrEqual(ROUND_TRIP_BYTES);
      // Measured on real pages, not on empty ones.
      expect(bytes, urlPath).toBeGreaterThan(2 * 1024);
    }
  });
});

describe("JavaScript", () => {
  it("runs on no content page: the only scripts there are JSON-LD data blocks", () => {
    expect(contentPages().length).toBeGreaterThan(15);
    for (const [file, page] of contentPages()) {
      const types = [...page.querySelectorAll("script")].map((script) => script.getAttribute("type"));
      expect(types.filter((type) => type !== "application/ld+json"), file).toEqual([]);
    }
    // The post does carry its JSON-LD, so the filter above had something to let through.
    expect(pages.get(fileOf(FIRST_POST))?.querySelectorAll('script[type="application/ld+json"]').length).toBeGreaterThan(0);
  });

  it("and the search assets (Pagefind's files, search.js) are referenced by the search page only", () => {
    for (const [file, page] of contentPages()) {
      expect(referencedUrls(page).filter(isSearchAsset), file).toEqual([]);
    }
    const search = referencedUrls(pages.get(SEARCH_PAGE) as ParsedPage).filter(isSearchAsset);
    expect(search).toEqual(
      expect.arrayContaining(["/pagefind/pagefind-component-ui.js", "/pagefind/pagefind-component-ui.css", expect.stringMatching(/^\/assets\/search\./)]),
    );
  });
});

describe("images", () => {
  it("all have a width and a height, so the page does not jump as they load", () => {
    const images = [...pages].flatMap(([file, page]) => [...page.querySelectorAll("img")].map((img) => ({ file, img })));
    // The image post's picture, at least.
    expect(images.filter(({ file }) => file === fileOf(IMAGE_POST))).toHaveLength(1);
    for (const { file, img } of images) {
      const size = [img.getAttribute("width"), img.getAttribute("height")];
      expect(size, `${file}: ${img.getAttribute("src")}`).toEqual([expect.stringMatching(/^[1-9]\d*$/), expect.stringMatching(/^[1-9]\d*$/)]);
    }
  });
});
