import { readFile, readdir } from "node:fs/promises";
import path from "node:path";
import { gunzipSync } from "node:zlib";
import yaml from "js-yaml";
import { parseHTML } from "linkedom";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DECAP_DIST, decapFiles } from "../../lib/cms/decap-files.ts";
import { CONTENT_SECURITY_POLICY, adminContentSecurityPolicy } from "../../lib/site/headers.ts";
import { type FixtureSite, createFixtureSite, removeFixtureSite } from "../helpers/fixture-site.ts";

// The editor at /admin/ in a build of the shipped site (data/site.json names its
// repository): its files, and that it stays out of everything readers and robots get.

const FIRST_POST = "/2018/aarets-sidste-netvaerksmoede-corporate-volunteering-paa-dagsordenen/";

let site: FixtureSite;

beforeAll(async () => {
  site = await createFixtureSite({}, { keepRealPosts: true });
  await site.build();
});
afterAll(() => removeFixtureSite(site));

const read = (file: string) => readFile(path.join(site.output, file), "utf8");

/** Every href, src and data of every element of an HTML text. */
function references(html: string): string[] {
  const { document } = parseHTML(html);
  return [...document.querySelectorAll("[href], [src], [data], [srcset]")].flatMap((element) =>
    ["href", "src", "data", "srcset"].map((name) => element.getAttribute(name)).filter((value): value is string => value !== null),
  );
}

describe("/admin/", () => {
  it("is the editor's page: noindex, Decap's bundle, then the site's script with the fingerprinted stylesheet", async () => {
    const { document } = parseHTML(await read("admin/index.html"));
    expect(document.documentElement.getAttribute("lang")).toBe("da");
    expect(document.querySelector('meta[name="robots"]')?.getAttribute("content")).toBe("noindex, nofollow");
    const scripts = [...document.querySelectorAll("script")];
    expect(scripts.map((script) => script.getAttribute("src"))).toEqual(["decap-cms.js", "cms-admin.js"]);
    const stylesheet = scripts[1]?.getAttribute("data-stylesheet") ?? "";
    expect(stylesheet).toMatch(/^\.\.\/assets\/site\.[0-9a-f]{10}\.css$/);
    expect((await site.outputFiles()).includes(stylesheet.slice("../".length))).toBe(true);
  });

  it("has Decap's files copied byte for byte, without source maps, and nothing else but its own three", async () => {
    const files = (await site.outputFiles()).filter((file) => file.startsWith("admin/")).map((file) => file.slice("admin/".length));
    expect(files.sort()).toEqual([...decapFiles(), "cms-admin.js", "config.yml", "index.html"].sort());
    expect(files.some((file) => file.endsWith(".map"))).toBe(false);
    for (const name of ["decap-cms.js", decapFiles().find((file) => /^\d+\./.test(file)) ?? ""]) {
      expect(Buffer.compare(await readFile(path.join(site.output, "admin", name)), await readFile(path.join(DECAP_DIST, name))), name).toBe(0);
    }
  });

  it("has a config.yml for the repository in data/site.json, in Danish, with no local backend", async () => {
    const config = yaml.load(await read("admin/config.yml")) as Record<string, unknown>;
    expect(config).toMatchObject({ locale: "da", backend: { name: "github", repo: "csrforum/blog", branch: "main" } });
    expect(config).not.toHaveProperty("local_backend");
    const pages = (config.collections as Array<{ name: string; files?: Array<{ file: string }> }>).find((collection) => collection.name === "pages");
    expect(pages?.files?.map((file) => file.file)).toEqual(["content/bliv-medlem.md", "content/om-netvaerket.md"]);
  });

  it("gets its own Content-Security-Policy in _headers, while every other path keeps the site's", async () => {
    const headers = await read("_headers");
    const rules = headers.split(/\n(?=\/)/);
    expect(rules.find((rule) => rule.startsWith("/*\n"))).toContain(`Content-Security-Policy: ${CONTENT_SECURITY_POLICY}\n`);
    const admin = rules.find((rule) => rule.startsWith("/admin/*\n")) ?? "";
    expect(admin).toContain(`Content-Security-Policy: ${adminContentSecurityPolicy()}\n`);
    expect(admin).toContain("X-Robots-Tag: noindex");
    // Netlify lets a later rule's value win: the editor's must come after the site-wide one.
    expect(headers.indexOf("/admin/*")).toBeGreaterThan(headers.indexOf("/*\n"));
  });

  it("is disallowed in robots.txt, and absent from the sitemap and the feeds", async () => {
    expect(await read("robots.txt")).toMatch(/^Disallow: \/admin\/$/m);
    for (const file of ["sitemap.xml", "feed.xml", "feed.json"]) expect(await read(file), file).not.toContain("/admin");
  });

  it("is absent from the search index", async () => {
    const fragments = await readdir(path.join(site.output, "pagefind/fragment"));
    expect(fragments.length).toBeGreaterThan(0);
    const urls = await Promise.all(
      fragments.map(async (name) => {
        const text = gunzipSync(await readFile(path.join(site.output, "pagefind/fragment", name))).toString("utf8");
        return JSON.parse(text.slice(text.indexOf("{"))).url as string;
      }),
    );
    expect(urls).toContain(FIRST_POST);
    expect(urls.filter((url) => url.includes("admin"))).toEqual([]);
  });

  it("is loaded by no other page, which refers to no byte of it; post pages have no 'Ret indlægget' unless asked", async () => {
    const pages = (await site.outputFiles()).filter((file) => file.endsWith(".html") && !file.startsWith("admin/"));
    expect(pages.length).toBeGreaterThan(15);
    for (const file of pages) {
      const html = await read(file);
      expect(references(html).filter((url) => /admin|decap|cms-admin/.test(url)), file).toEqual([]);
    }
    expect(await read(`${FIRST_POST.slice(1)}index.html`)).not.toContain("Ret indlægget");
  });
});

describe("with cms.editLink on, under a path prefix", () => {
  let prefixed: FixtureSite;
  beforeAll(async () => {
    prefixed = await createFixtureSite({}, { keepRealPosts: true });
    const settings = JSON.parse(await readFile(path.join(prefixed.root, "data/site.json"), "utf8"));
    await prefixed.write("data/site.json", JSON.stringify({ ...settings, cms: { ...settings.cms, editLink: true } }));
    await prefixed.build({ PATH_PREFIX: "/blog/" });
  });
  afterAll(() => removeFixtureSite(prefixed));

  it("gives each post a plain link to its entry in the editor, and no script", async () => {
    const page = await prefixed.page(FIRST_POST);
    const link = page.querySelector(".post-edit a");
    expect(link?.textContent).toBe("Ret indlægget");
    expect(link?.getAttribute("href")).toBe("/blog/admin/#/collections/posts/entries/2018/2018-10-05-aarets-sidste-netvaerksmoede");
    expect([...page.querySelectorAll("script")].map((script) => script.getAttribute("type"))).toEqual(["application/ld+json"]);
  });

  it("puts the prefix in robots.txt and _headers", async () => {
    expect(await readFile(path.join(prefixed.output, "robots.txt"), "utf8")).toMatch(/^Disallow: \/blog\/admin\/$/m);
    expect(await readFile(path.join(prefixed.output, "_headers"), "utf8")).toMatch(/^\/blog\/admin\/\*$/m);
  });
});

describe("without a repository", () => {
  it("builds no editor at all", async () => {
    const bare = await createFixtureSite({});
    try {
      const { cms: _cms, ...settings } = JSON.parse(await readFile(path.join(bare.root, "data/site.json"), "utf8"));
      await bare.write("data/site.json", JSON.stringify(settings));
      await bare.build();
      expect((await bare.outputFiles()).filter((file) => file.startsWith("admin/"))).toEqual([]);
      expect(await readFile(path.join(bare.output, "robots.txt"), "utf8")).not.toContain("admin");
      expect(await readFile(path.join(bare.output, "_headers"), "utf8")).not.toContain("admin");
    } finally {
      await removeFixtureSite(bare);
    }
  });
});
