import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import Eleventy from "@11ty/eleventy";
import { parseHTML } from "linkedom";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { fingerprintedPath } from "../../lib/assets/fingerprint.ts";
import { CONFIG_PATH } from "../../lib/eleventy/build-site.ts";
import { type FixtureSite, type ParsedPage, createFixtureSite, post, readable, removeFixtureSite } from "../helpers/fixture-site.ts";

/** 23 published meetings, ten days apart from 1 September 2018: "Møde 01" (oldest) … "Møde 23". */
const MEETINGS = Array.from({ length: 23 }, (_, index) => {
  const number = String(index + 1).padStart(2, "0");
  const date = new Date(Date.UTC(2018, 8, 1) + index * 10 * 86_400_000).toISOString().slice(0, 10);
  return { number, date, title: `Møde ${number}` };
});

const posts: Record<string, string> = Object.fromEntries(
  MEETINGS.map(({ number, date, title }) => [`${date.slice(0, 4)}/moede-${number}.md`, post(title, date, "tags: [Rutine]")]),
);
// Møde 01 (2018-09-01): Jon speaks. Møde 02 (2018-09-11): Jon sits on the task force.
posts["2018/moede-01.md"] = post("Møde 01", "2018-09-01", [
  "tags: [Rutine, R&D]",
  "speakers:",
  "  - name: Jon Kiellberg",
  "    role: Direktør",
  "    organisation: ReMind",
  "  - name: Anne-Marie Holm",
].join("\n"));
posts["2018/moede-02.md"] = post("Møde 02", "2018-09-11", [
  "tags: [Rutine]",
  "speakers:",
  "  - name: Anne Marie Holm",
  "outcomes:",
  "  taskForce:",
  "    - name: Jon Kiellberg",
  "      role: Partner",
  "      organisation: ReMind ApS",
].join("\n"));
posts["2018/moede-03.md"] = post("Møde 03", "2018-09-21", "tags: [Rutine]\nspeakers:\n  - name: jon kiellberg");
posts["2019/kladde.md"] = post("Hemmelig kladde", "2019-12-01", "draft: true\ntags: [Hemmeligt]\nspeakers:\n  - name: Kun I Kladden");

let site: FixtureSite;
let files: string[];

beforeAll(async () => {
  site = await createFixtureSite(posts);
  await site.build();
  files = await site.outputFiles();
});
afterAll(() => removeFixtureSite(site));

/** Something to search in: a parsed page or one of its elements. */
type Searchable = { querySelectorAll(selector: string): Iterable<{ textContent: string | null }> };
const titles = (node: Searchable | null | undefined, selector = ".post-summary h2") => [...(node?.querySelectorAll(selector) ?? [])].map((found) => readable(found));
const hrefOf = (page: ParsedPage, selector: string) => page.querySelector(selector)?.getAttribute("href") ?? null;

/** Whether a root-relative URL names a file of the output. */
function resolves(url: string): boolean {
  const clean = url.split("#")[0] ?? "";
  return files.includes(clean.endsWith("/") ? `${clean.slice(1)}index.html` : clean.slice(1));
}

describe("the home page's pagination", () => {
  it("splits 23 posts over /, /side/2/ and /side/3/, ten a page, newest first", async () => {
    expect(titles(await site.page("/"))).toEqual(["Møde 23", "Møde 22", "Møde 21", "Møde 20", "Møde 19", "Møde 18", "Møde 17", "Møde 16", "Møde 15", "Møde 14"]);
    expect(titles(await site.page("/side/2/"))[0]).toBe("Møde 13");
    expect(titles(await site.page("/side/2/"))).toHaveLength(10);
    expect(titles(await site.page("/side/3/"))).toEqual(["Møde 03", "Møde 02", "Møde 01"]);
    expect(files).not.toContain("side/4/index.html");
    expect(files).not.toContain("side/1/index.html");
  });

  it("says which page it is in the title and on the page", async () => {
    const second = await site.page("/side/2/");
    expect(readable(second.querySelector("title"))).toMatch(/^Side 2 af 3 – /);
    expect(readable(second.querySelector(".pagination-status"))).toBe("Side 2 af 3");
    expect(readable((await site.page("/side/3/")).querySelector("title"))).toMatch(/^Side 3 af 3 – /);
    expect(readable((await site.page("/")).querySelector(".pagination-status"))).toBe("Side 1 af 3");
  });

  it("links the pages with rel=prev/next in the head and Forrige/Næste on the page", async () => {
    const [first, second, third] = await Promise.all(["/", "/side/2/", "/side/3/"].map((url) => site.page(url)));
    expect(hrefOf(first!, 'head link[rel="prev"]')).toBeNull();
    expect(hrefOf(first!, 'head link[rel="next"]')).toBe("/side/2/");
    expect(hrefOf(second!, 'head link[rel="prev"]')).toBe("/");
    expect(hrefOf(second!, 'head link[rel="next"]')).toBe("/side/3/");
    expect(hrefOf(third!, 'head link[rel="next"]')).toBeNull();
    expect(readable(second!.querySelector('.pagination a[rel="prev"]'))).toBe("Forrige");
    expect(readable(second!.querySelector('.pagination a[rel="next"]'))).toBe("Næste");
    for (const page of [first!, second!, third!]) {
      for (const link of page.querySelectorAll('[rel="prev"], [rel="next"]')) expect(resolves(link.getAttribute("href") ?? ""), link.outerHTML).toBe(true);
    }
  });
});

describe("a post's neighbours", () => {
  const neighbours = async (urlPath: string) => {
    const page = await site.page(urlPath);
    return { older: hrefOf(page, '.post-nav a[rel="prev"]'), newer: hrefOf(page, '.post-nav a[rel="next"]') };
  };

  it("link the older and the newer published post, and nothing past either end", async () => {
    expect(await neighbours("/2018/moede-02/")).toEqual({ older: "/2018/moede-01/", newer: "/2018/moede-03/" });
    expect(await neighbours("/2018/moede-01/")).toEqual({ older: null, newer: "/2018/moede-02/" });
    // The newest published post: the later draft is not its neighbour.
    expect(await neighbours("/2019/moede-23/")).toEqual({ older: "/2019/moede-22/", newer: null });
  });
});

describe("the archive", () => {
  it("groups posts by year, then by month in Danish, newest first", async () => {
    const archive = await site.page("/arkiv/");
    expect(titles(archive, "main h2")).toEqual(["2019", "2018"]);
    const months2018 = titles(archive, "#aar-2018 ~ h3");
    expect(months2018).toEqual(["december 2018", "november 2018", "oktober 2018", "september 2018"]);
    const september = [...archive.querySelectorAll("main h3")].find((node) => readable(node) === "september 2018");
    expect(titles(september?.nextElementSibling, "a")).toEqual(["Møde 03", "Møde 02", "Møde 01"]);
  });
});

describe("topic pages", () => {
  it("list the topics alphabetically with links to their pages", async () => {
    const index = await site.page("/emner/");
    expect(titles(index, ".index-list a")).toEqual(["R&D", "Rutine"]);
    for (const link of index.querySelectorAll(".index-list a")) expect(resolves(link.getAttribute("href") ?? "")).toBe(true);
  });

  it("give each topic its posts, and escape its name once", async () => {
    const page = await site.page("/emner/r-og-d/");
    expect(readable(page.querySelector("h1"))).toBe("R&D");
    expect(readable(page.querySelector("title"))).toMatch(/^R&D – /);
    expect(titles(page)).toEqual(["Møde 01"]);
    expect(titles(await site.page("/emner/rutine/"))).toHaveLength(23);
  });

  it("are linked from the post's tags", async () => {
    const page = await site.page("/2018/moede-01/");
    expect([...page.querySelectorAll(".tag-list a")].map((link) => link.getAttribute("href"))).toEqual(["/emner/rutine/", "/emner/r-og-d/"]);
  });
});

describe("people pages", () => {
  it("show a person's talk at one meeting and task-force seat at another, each with that post's role", async () => {
    const jon = await site.page("/personer/jon-kiellberg/");
    expect(readable(jon.querySelector("h1"))).toBe("Jon Kiellberg");
    const meetings = [...jon.querySelectorAll(".person-meetings > li")].map((item) => [
      readable(item.querySelector("h2")),
      [...item.querySelectorAll(".contribution")].map((node) => readable(node)),
    ]);
    expect(meetings).toEqual([
      ["Møde 02", ["Task force: Partner, ReMind ApS"]],
      ["Møde 01", ["Oplægsholder: Direktør, ReMind"]],
    ]);
  });

  it("list everyone once, the Danish way, in an index", async () => {
    const index = await site.page("/personer/");
    // Danish collation ignores the hyphen at first, and puts capitals before small letters.
    expect(titles(index, ".index-list a")).toEqual(["Anne Marie Holm", "Anne-Marie Holm", "Jon Kiellberg", "jon kiellberg"]);
    for (const link of index.querySelectorAll(".index-list a")) expect(resolves(link.getAttribute("href") ?? "")).toBe(true);
  });

  it("keep two names with one slug apart instead of one page overwriting the other", async () => {
    expect(titles(await site.page("/personer/anne-marie-holm/"))).toEqual(["Møde 01"]);
    expect(readable((await site.page("/personer/anne-marie-holm/")).querySelector("h1"))).toBe("Anne-Marie Holm");
    expect(titles(await site.page("/personer/anne-marie-holm-2/"))).toEqual(["Møde 02"]);
    expect(readable((await site.page("/personer/anne-marie-holm-2/")).querySelector("h1"))).toBe("Anne Marie Holm");
  });

  it("are linked from the speakers and task force of a post", async () => {
    const page = await site.page("/2018/moede-02/");
    expect(hrefOf(page, ".speakers .person-name a")).toBe("/personer/anne-marie-holm-2/");
    expect(hrefOf(page, ".outcomes .person-name a")).toBe("/personer/jon-kiellberg/");
    expect(page.querySelectorAll(".speakers ul.people > li.person")).toHaveLength(1);
  });

  it("make the build warn about names spelt two ways, without failing it", () => {
    const report = site.warnings.join("\n");
    expect(report).toMatch(
      /^content\/posts\/2018\/moede-03\.md\n(?: {2}.*\n)* {2}linje \d+: 1\. oplægsholder \(speakers\[0\]\), felt "name" er "jon kiellberg", men i content\/posts\/2018\/moede-01\.md \(speakers\[0\]\.name\) er navnet skrevet "Jon Kiellberg"\./m,
    );
    expect(report).toMatch(
      /^content\/posts\/2018\/moede-02\.md\n(?: {2}.*\n)* {2}linje \d+: 1\. oplægsholder \(speakers\[0\]\), felt "name" er "Anne Marie Holm", som giver samme adresse \(\/personer\/anne-marie-holm\/\)/m,
    );
  });
});

describe("drafts in listings", () => {
  it("are nowhere in a production build", async () => {
    expect(files.filter((file) => /hemmelig|kun-i-kladden/.test(file))).toEqual([]);
    expect(titles(await site.page("/"))).not.toContain("Hemmelig kladde");
    expect(readable((await site.page("/arkiv/")).querySelector("main"))).not.toContain("Hemmelig kladde");
    expect(readable((await site.page("/personer/")).querySelector("main"))).not.toContain("Kun I Kladden");
    expect(readable((await site.page("/emner/")).querySelector("main"))).not.toContain("Hemmeligt");
  });

  it("are listed everywhere by the dev server", async () => {
    const eleventy = new Eleventy(path.relative(process.cwd(), path.join(site.root, "content")), undefined, {
      configPath: path.relative(process.cwd(), CONFIG_PATH),
      quietMode: true,
      runMode: "serve",
    });
    const pages = new Map((await eleventy.toJSON()).map((page) => [page.url, parseHTML(page.content).document]));
    expect(titles(pages.get("/")!)[0]).toBe("Hemmelig kladde");
    expect(readable(pages.get("/arkiv/")!.querySelector("main"))).toContain("Hemmelig kladde");
    expect(titles(pages.get("/personer/kun-i-kladden/")!)).toEqual(["Hemmelig kladde"]);
    expect(titles(pages.get("/emner/hemmeligt/")!)).toEqual(["Hemmelig kladde"]);
    // 24 posts now: the third page exists and holds four.
    expect(titles(pages.get("/side/3/")!)).toHaveLength(4);
  });
});

describe("every page", () => {
  // The editor (admin/) is Decap's page, not the site's: tests/build/cms.test.ts checks it.
  const htmlFiles = () => files.filter((file) => file.endsWith(".html") && file !== "admin/index.html");
  const pageAt = (file: string) => site.page(file === "404.html" ? "/404.html" : `/${file.replace(/index\.html$/, "")}`);

  it("has landmarks, a skip link to main and exactly one h1", async () => {
    for (const file of htmlFiles()) {
      const page = await pageAt(file);
      expect(page.querySelectorAll("h1"), file).toHaveLength(1);
      expect(page.querySelectorAll("body > header, body > footer, main, header nav"), file).toHaveLength(4);
      expect(hrefOf(page, ".skip-link"), file).toBe("#indhold");
      expect(page.querySelector("main")?.id, file).toBe("indhold");
    }
  });

  it("marks its own link in the navigation as the current page, and no other", async () => {
    const archive = await site.page("/arkiv/");
    expect([...archive.querySelectorAll('.site-nav [aria-current="page"]')].map((link) => readable(link))).toEqual(["Arkiv"]);
    const person = await site.page("/personer/jon-kiellberg/");
    expect(person.querySelectorAll('.site-nav [aria-current="page"]')).toHaveLength(0);
    expect(readable(person.querySelector(".site-nav .is-current"))).toBe("Personer");
    expect([...(await site.page("/kontakt/")).querySelectorAll('[aria-current="page"]')].map((link) => readable(link))).toEqual(["Kontakt"]);
  });

  it("leaves the calendar out of the navigation of a site without a calendar file", async () => {
    const labels = [...(await site.page("/")).querySelectorAll(".site-nav a")].map((link) => readable(link));
    expect(labels).toContain("Arkiv");
    expect(labels).not.toContain("Aktivitetskalender");
  });

  it("links a fingerprinted stylesheet that exists", async () => {
    for (const file of htmlFiles()) {
      const href = hrefOf(await pageAt(file), 'link[rel="stylesheet"]') ?? "";
      expect(href, file).toMatch(/^\/assets\/site\.[0-9a-f]{10}\.css$/);
      expect(resolves(href), href).toBe(true);
    }
    expect(files).not.toContain("assets/site.css");
  });

  it("links only to pages that exist, apart from the search and calendar other features add", async () => {
    const elsewhere = new Set(["/soeg/", "/kalender/2019/"]);
    for (const file of htmlFiles()) {
      const page = await pageAt(file);
      for (const link of page.querySelectorAll("a[href^='/'], link[href^='/']")) {
        const href = link.getAttribute("href") ?? "";
        if (!elsewhere.has(href)) expect(resolves(href), `${file}: ${href}`).toBe(true);
      }
    }
  });

  it("runs no JavaScript, but on the search page", async () => {
    for (const file of htmlFiles()) {
      const scripts = (await pageAt(file)).querySelectorAll("script:not([type='application/ld+json'])");
      if (file === "soeg/index.html") expect(scripts.length, file).toBeGreaterThan(0);
      else expect(scripts, file).toHaveLength(0);
    }
  });
});

describe("standing pages", () => {
  it("give the membership fee and the secretariat's address from the settings", async () => {
    expect(readable((await site.page("/bliv-medlem/")).querySelector("main"))).toContain("1.000 kr. om året");
    const contact = await site.page("/kontakt/");
    expect(hrefOf(contact, ".contact-email a")).toBe("mailto:sekretariatet@csrforum.dk");
    expect(readable((await site.page("/om-netvaerket/")).querySelector("h1"))).toBe("Om netværket");
  });

  it("help a lost reader from the 404 page: search, archive and the latest posts", async () => {
    const notFound = await site.page("/404.html");
    const hrefs = [...notFound.querySelectorAll("main a")].map((link) => link.getAttribute("href"));
    expect(hrefs).toEqual(expect.arrayContaining(["/soeg/", "/arkiv/", "/2019/moede-23/"]));
    expect(titles(notFound, ".archive-list a")).toEqual(["Møde 23", "Møde 22", "Møde 21", "Møde 20", "Møde 19"]);
  });
});

it("publishes the stylesheet once, under the hash of its own contents", () => {
  const source = readFileSync(path.join(site.root, "content/assets/site.css"));
  expect(existsSync(path.join(site.output, fingerprintedPath("/assets/site.css", source)))).toBe(true);
  expect(files.filter((file) => file.startsWith("assets/") && file.endsWith(".css"))).toEqual([expect.stringMatching(/^assets\/site\.[0-9a-f]{10}\.css$/)]);
});
