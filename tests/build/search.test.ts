import { readFile } from "node:fs/promises";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type FixtureSite, type ParsedPage, createFixtureSite, post, readable, removeFixtureSite } from "../helpers/fixture-site.ts";

const FIRST_POST = "/2018/aarets-sidste-netvaerksmoede-corporate-volunteering-paa-dagsordenen/";

let site: FixtureSite;
let firstPost: ParsedPage;

beforeAll(async () => {
  site = await createFixtureSite(
    { "2019/kladde.md": post("Halvfærdig kladde", "2019-02-01", "draft: true") },
    { keepRealPosts: true },
  );
  // A standing page, marked up as the partial's comment tells standing pages to be.
  await site.write(
    "content/om-test.njk",
    '---\nlayout: base.njk\npermalink: /om-test/\ntitle: Om netværket\n---\n' +
      '<div data-pagefind-body>{% include "partials/search-attributes.njk" %}<h1>Om netværket</h1><p>Tekst.</p></div>\n',
  );
  await site.build();
  firstPost = await site.page(FIRST_POST);
});
afterAll(() => removeFixtureSite(site));

/** The page's search filters as { name: values }, in document order. */
function filters(page: ParsedPage): Record<string, string[]> {
  const found: Record<string, string[]> = {};
  for (const node of page.querySelectorAll("[data-pagefind-filter]")) {
    const name = node.getAttribute("data-pagefind-filter") ?? "";
    (found[name] ??= []).push(readable(node));
  }
  return found;
}

/** The page's values for one data-pagefind-meta / -sort key. */
const valueOf = (page: ParsedPage, attribute: string, key: string) =>
  [...page.querySelectorAll(`[${attribute}="${key}"]`)].map((node) => readable(node));

const scriptSources = (page: ParsedPage) => [...page.querySelectorAll("script")].map((node) => node.getAttribute("src"));
const stylesheets = (page: ParsedPage) => [...page.querySelectorAll('link[rel="stylesheet"]')].map((node) => node.getAttribute("href"));

describe("the first post, as the search index reads it", () => {
  it("is one indexed body: the article, without the header, the search box or the footer", () => {
    const bodies = [...firstPost.querySelectorAll("[data-pagefind-body]")];
    expect(bodies.map((node) => node.tagName.toLowerCase())).toEqual(["article"]);
    expect(bodies[0]?.querySelector("h1")).not.toBeNull();
    expect(firstPost.querySelector(".site-header [data-pagefind-body], .site-footer [data-pagefind-body]")).toBeNull();
    expect(bodies[0]?.querySelector(".search-form")).toBeNull();
  });

  it("is in Danish, which selects Pagefind's Danish stemming", () => {
    expect(firstPost.documentElement.getAttribute("lang")).toBe("da");
  });

  it("carries the filters: year 2018, its three speakers and five task-force people once each, their five organisations once each, its tags, goal 17, type møde", () => {
    expect(filters(firstPost)).toEqual({
      år: ["2018"],
      person: ["Jesper Bering Kristensen", "Thorbjørn Lautrop Nielsen", "Jon Kiellberg", "Anders Sejerøe", "Oda Bagøien Hustad"],
      organisation: [
        "IBM Danmark",
        "Frivilligcenter Vesterbro/Kgs. Enghave/Valby",
        "ReMind",
        "Kultur- og Fritidsforvaltningen, Københavns Kommune",
        "Institut for Samfundsvidenskab og Erhverv, Ledelse og Organisation, Roskilde Universitet",
      ],
      emne: ["Corporate Volunteering", "Employee Volunteering", "SMV", "Partnerskaber"],
      verdensmål: ["17 Partnerskaber for handling"],
      type: ["møde"],
    });
  });

  it("sorts by its ISO date and shows date, venue and speakers in results", () => {
    expect(valueOf(firstPost, "data-pagefind-sort", "dato")).toEqual(["2018-10-05"]);
    expect(valueOf(firstPost, "data-pagefind-meta", "dato")).toEqual(["5. okt. 2018"]);
    expect(valueOf(firstPost, "data-pagefind-meta", "sted")).toEqual(["Frivilligcenter Vesterbro/Kgs. Enghave/Valby"]);
    expect(valueOf(firstPost, "data-pagefind-meta", "oplaegsholdere")).toEqual([
      "Jesper Bering Kristensen, Thorbjørn Lautrop Nielsen, Jon Kiellberg",
    ]);
    expect(valueOf(firstPost, "data-pagefind-meta", "title")).toEqual([
      "Årets sidste netværksmøde: Corporate Volunteering på dagsordenen",
    ]);
  });

  it("hides the attributes from readers and keeps their words out of the indexed text", () => {
    const holder = firstPost.querySelector(".search-attributes");
    expect(holder?.hasAttribute("hidden")).toBe(true);
    expect(holder?.hasAttribute("data-pagefind-ignore")).toBe(true);
    expect(holder?.closest("[data-pagefind-body]")).not.toBeNull();
  });

  it("weights the title and the mission above the body text", () => {
    expect(firstPost.querySelector("h1")?.getAttribute("data-pagefind-weight")).toBe("10");
    expect(firstPost.querySelector(".mission blockquote")?.getAttribute("data-pagefind-weight")).toBe("5");
    expect(firstPost.querySelector(".post-body [data-pagefind-weight]")).toBeNull();
  });
});

describe("the index", () => {
  it("is written into the output's pagefind folder and holds the published posts and marked pages only", async () => {
    const entry = JSON.parse(await readFile(path.join(site.output, "pagefind/pagefind-entry.json"), "utf8"));
    // The first post, the fixture's standing page and the shipped ones (om netværket,
    // bliv medlem, kontakt); not the draft, the listings, the search page or the 404 page.
    expect(entry.languages).toEqual({ da: expect.objectContaining({ page_count: 5 }) });
    expect(await site.outputFiles()).toEqual(
      expect.arrayContaining(["pagefind/pagefind.js", "pagefind/pagefind-component-ui.js", "pagefind/pagefind-component-ui.css", "pagefind/wasm.da.pagefind"]),
    );
  });
});

describe("a standing page", () => {
  it("is of type side, with no other filter, sort key or metadata", async () => {
    const page = await site.page("/om-test/");
    expect(filters(page)).toEqual({ type: ["side"] });
    expect(page.querySelectorAll("[data-pagefind-sort]")).toHaveLength(0);
    expect(page.querySelectorAll("[data-pagefind-meta]")).toHaveLength(0);
  });

  it("is indexed with its title when it uses the standing pages' layout", async () => {
    const page = await site.page("/om-netvaerket/");
    expect(filters(page)).toEqual({ type: ["side"] });
    expect(page.querySelector("[data-pagefind-body] h1")?.getAttribute("data-pagefind-meta")).toBe("title");
  });

  it("is left out of the index when its front matter says search: false, like the 404 page", async () => {
    const page = await site.page("/404.html");
    expect(page.querySelector("[data-pagefind-body]")).toBeNull();
    expect(page.querySelector("[data-pagefind-filter]")).toBeNull();
  });
});

describe("the search box and the search page", () => {
  it("puts a plain, labelled GET form to /soeg/ in the header of every page", async () => {
    for (const url of ["/", FIRST_POST, "/soeg/"]) {
      const page = await site.page(url);
      const form = page.querySelector(".site-header form[role='search']");
      expect(form?.getAttribute("action"), url).toBe("/soeg/");
      expect(form?.getAttribute("method"), url).toBe("get");
      const input = form?.querySelector("input[name='q']");
      expect(readable(page.querySelector(`label[for="${input?.getAttribute("id")}"]`)), url).toBe("Søg i møderne");
    }
  });

  it("loads no Pagefind script or stylesheet on content pages", async () => {
    for (const url of ["/", FIRST_POST]) {
      const page = await site.page(url);
      expect(scriptSources(page).filter((src) => src?.includes("pagefind") || src?.includes("search")), url).toEqual([]);
      expect(stylesheets(page).filter((href) => href?.includes("pagefind")), url).toEqual([]);
    }
  });

  it("loads Pagefind's Component UI and the page's own script on /soeg/, with no inline script", async () => {
    const page = await site.page("/soeg/");
    expect(scriptSources(page)).toEqual(["/pagefind/pagefind-component-ui.js", expect.stringMatching(/^\/assets\/search\.[0-9a-f]{10}\.js$/)]);
    expect(stylesheets(page)).toContain("/pagefind/pagefind-component-ui.css");
    // Fingerprinted like the stylesheet: hosts cache /assets/ for a year.
    const script = scriptSources(page)[1] ?? "";
    expect(await site.outputFiles()).toContain(script.slice(1));
    expect(await site.outputFiles()).not.toContain("assets/search.js");
  });

  it("tells readers without JavaScript where to look instead", async () => {
    const page = await site.page("/soeg/");
    const noscript = page.querySelector("noscript");
    expect(readable(noscript)).toMatch(/^Søgningen bruger JavaScript, som er slået fra/);
    const links = [...(noscript?.querySelectorAll("a") ?? [])].map((link) => link.getAttribute("href"));
    expect(links).toEqual(["/arkiv/", "/emner/", "/personer/"]);
  });
});

describe("under a path prefix", () => {
  let prefixed: FixtureSite;
  beforeAll(async () => {
    prefixed = await createFixtureSite({}, { keepRealPosts: true });
    await prefixed.build({ PATH_PREFIX: "/blog/" });
  });
  afterAll(() => removeFixtureSite(prefixed));

  it("points the header form and Pagefind's files at the prefix", async () => {
    const page = await prefixed.page("/soeg/");
    expect(page.querySelector(".site-header form")?.getAttribute("action")).toBe("/blog/soeg/");
    expect(scriptSources(page)).toEqual(["/blog/pagefind/pagefind-component-ui.js", expect.stringMatching(/^\/blog\/assets\/search\.[0-9a-f]{10}\.js$/)]);
    expect(stylesheets(page)).toContain("/blog/pagefind/pagefind-component-ui.css");
  });
});
