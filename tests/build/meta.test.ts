import { readFile } from "node:fs/promises";
import path from "node:path";
import { XMLParser, XMLValidator } from "fast-xml-parser";
import { parseHTML } from "linkedom";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type FixtureSite, type ParsedPage, createFixtureSite, post, removeFixtureSite } from "../helpers/fixture-site.ts";

// The real first post, a spring meeting with times, an address and a link to the
// first post in its body, and a draft that must appear nowhere.
const FIRST = "/2018/aarets-sidste-netvaerksmoede-corporate-volunteering-paa-dagsordenen/";
const SPRING = "/2019/foraarsmoede-om-partnerskaber/";
const SPRING_POST = post(
  "Forårsmøde om partnerskaber",
  "2019-04-05",
  [
    'summary: "Partnerskaber & frivillighed <i>i praksis</i>."',
    "tags: [Partnerskaber]",
    "meeting:",
    "  date: 2019-04-05",
    '  start: "08:30"',
    '  end: "10:00"',
    "  venue:",
    "    name: IBM Danmark",
    '    address: "Eksempelvej 12, 2605 Brøndby"',
    "speakers:",
    "  - name: Jesper Bering Kristensen",
    "    role: Corporate Citizenship Project Manager",
    "    organisation: IBM Danmark",
  ].join("\n"),
  `Vi fortsatte fra [sidste møde](${FIRST}#fra-ord-til-handling).\n\n## Næste skridt\n\nMere tekst.`,
);
const FIXTURE_POSTS = {
  "2019/foraar.md": SPRING_POST,
  "2019/kladde.md": post("Hemmelig kladde", "2019-05-01", "draft: true"),
};

const xml = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: "",
  isArray: (name) => ["entry", "link", "category", "url"].includes(name),
});

type AtomLink = { href: string; rel?: string };
interface AtomEntry {
  title: string;
  id: string;
  link: AtomLink[];
  published: string;
  updated: string;
  summary?: string;
  category?: Array<{ term: string }>;
  content: { type: string; "#text": string };
}
interface AtomFeed {
  feed: { title: string; id: string; updated: string; link: AtomLink[]; "xml:lang": string; author: { name: string }; entry: AtomEntry[] };
}
interface JsonFeed {
  version: string;
  title: string;
  home_page_url: string;
  feed_url: string;
  items: Array<{ id: string; url: string; title: string; content_html: string; date_published: string; summary?: string; tags?: string[] }>;
}
interface Sitemap {
  urlset: { url: Array<{ loc: string; lastmod?: string }> };
}

async function readOutput(site: FixtureSite, file: string): Promise<string> {
  return readFile(path.join(site.output, file), "utf8");
}

async function atomFeed(site: FixtureSite): Promise<AtomFeed["feed"]> {
  const text = await readOutput(site, "feed.xml");
  expect(XMLValidator.validate(text)).toBe(true);
  return (xml.parse(text) as AtomFeed).feed;
}

async function jsonFeed(site: FixtureSite): Promise<JsonFeed> {
  return JSON.parse(await readOutput(site, "feed.json")) as JsonFeed;
}

async function sitemap(site: FixtureSite): Promise<Sitemap["urlset"]["url"]> {
  const text = await readOutput(site, "sitemap.xml");
  expect(XMLValidator.validate(text)).toBe(true);
  return (xml.parse(text) as Sitemap).urlset.url;
}

/** Every href and src in a fragment of HTML. */
function urlsIn(html: string): string[] {
  const { document } = parseHTML(`<!doctype html><html><body>${html}</body></html>`);
  return [...document.querySelectorAll("[href], [src]")].map((node) => node.getAttribute("href") ?? node.getAttribute("src") ?? "");
}

const isRfc3339 = (value: string) => /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(?:\.\d+)?(?:Z|[+-]\d{2}:\d{2})$/.test(value) && !Number.isNaN(Date.parse(value));

let atRoot: FixtureSite;
let underBlog: FixtureSite;

beforeAll(async () => {
  atRoot = await createFixtureSite(FIXTURE_POSTS, { keepRealPosts: true });
  underBlog = await createFixtureSite(FIXTURE_POSTS, { keepRealPosts: true });
  await atRoot.build();
  await underBlog.build({ SITE_URL: "https://eksempel.github.io", PATH_PREFIX: "/blog/" });
});
afterAll(async () => {
  await removeFixtureSite(atRoot);
  await removeFixtureSite(underBlog);
});

describe("the Atom feed", () => {
  it("lists the published posts newest first, never the draft", async () => {
    const feed = await atomFeed(atRoot);
    expect(feed.entry.map((entry) => entry.title)).toEqual([
      "Forårsmøde om partnerskaber",
      "Årets sidste netværksmøde: Corporate Volunteering på dagsordenen",
    ]);
    expect(await readOutput(atRoot, "feed.xml")).not.toContain("Hemmelig");
  });

  it("describes the site, in Danish, with its own address", async () => {
    const feed = await atomFeed(atRoot);
    expect(feed.title).toBe("CSR Forum – Co-Creation-netværket");
    expect(feed["xml:lang"]).toBe("da");
    expect(feed.author.name).toBe("CSR Forum");
    expect(feed.link).toEqual([
      { href: "https://blog.csrforum.dk/feed.xml", rel: "self", type: "application/atom+xml" },
      { href: "https://blog.csrforum.dk/", rel: "alternate", type: "text/html" },
    ]);
    // The newest post's day, from midnight in Copenhagen (UTC+2 on 5 April 2019).
    expect(feed.updated).toBe("2019-04-04T22:00:00Z");
  });

  // Regression: the feed read data/site.json raw, so an address written with a
  // trailing slash (which validation allows) gave the id "https://blog.csrforum.dk//",
  // and spaces around the title stayed in it.
  it("takes its id and title from the settings as validated, whatever their spacing and trailing slash", async () => {
    const sloppy = await createFixtureSite({});
    try {
      const settings = JSON.parse(await readFile(path.join(sloppy.root, "data/site.json"), "utf8")) as Record<string, string>;
      await sloppy.write("data/site.json", JSON.stringify({ ...settings, url: "https://blog.csrforum.dk/", title: "  CSR Forum  " }));
      await sloppy.build();
      const feed = await atomFeed(sloppy);
      expect(feed.id).toBe("https://blog.csrforum.dk/");
      expect(feed.title).toBe("CSR Forum");
      expect((await sloppy.page("/")).querySelector("title")?.textContent).toBe("CSR Forum");
    } finally {
      await removeFixtureSite(sloppy);
    }
  });

  it("gives every entry an absolute link, a valid date, a summary and its tags", async () => {
    const [spring, first] = (await atomFeed(atRoot)).entry;
    expect(spring?.link).toEqual([{ href: `https://blog.csrforum.dk${SPRING}`, rel: "alternate", type: "text/html" }]);
    expect(first?.link[0]?.href).toBe(`https://blog.csrforum.dk${FIRST}`);
    for (const entry of [spring, first]) {
      expect(isRfc3339(entry?.published ?? ""), entry?.published).toBe(true);
      expect(entry?.updated).toBe(entry?.published);
    }
    expect(first?.published).toBe("2018-10-04T22:00:00Z");
    expect(spring?.summary).toBe("Partnerskaber & frivillighed <i>i praksis</i>.");
    expect(spring?.category).toEqual([{ term: "Partnerskaber" }]);
  });

  it("carries each post in full, with every link in it absolute", async () => {
    const [spring, first] = (await atomFeed(atRoot)).entry;
    expect(spring?.content.type).toBe("html");
    const springHtml = spring?.content["#text"] ?? "";
    expect(springHtml).toContain("IBM Danmark");
    expect(springHtml).toContain("Næste skridt");
    expect(urlsIn(springHtml)).toContain(`https://blog.csrforum.dk${FIRST}#fra-ord-til-handling`);
    const firstHtml = first?.content["#text"] ?? "";
    expect(firstHtml).toContain("sprang taleboblen læk");
    expect(firstHtml).toContain("Ph.d. studerende");
    const urls = [...urlsIn(springHtml), ...urlsIn(firstHtml)];
    expect(urls.length).toBeGreaterThan(3);
    for (const url of urls) expect(url, url).toMatch(/^(https:\/\/blog\.csrforum\.dk\/|mailto:)/);
  });

  it("keeps its ids when the site moves, while its links follow it", async () => {
    const here = await atomFeed(atRoot);
    const moved = await atomFeed(underBlog);
    expect(moved.id).toBe(here.id);
    expect(moved.entry.map((entry) => entry.id)).toEqual(here.entry.map((entry) => entry.id));
    expect(here.entry.map((entry) => entry.id)).toEqual([`https://blog.csrforum.dk${SPRING}`, `https://blog.csrforum.dk${FIRST}`]);
    expect(moved.entry[0]?.link[0]?.href).toBe(`https://eksempel.github.io/blog${SPRING}`);
    expect(urlsIn(moved.entry[0]?.content["#text"] ?? "")).toContain(`https://eksempel.github.io/blog${FIRST}#fra-ord-til-handling`);
  });
});

describe("the JSON Feed", () => {
  it("has the fields JSON Feed 1.1 requires, and the same entries as the Atom feed", async () => {
    const feed = await jsonFeed(atRoot);
    expect(feed.version).toBe("https://jsonfeed.org/version/1.1");
    expect(feed.title).toBe("CSR Forum – Co-Creation-netværket");
    expect(feed.home_page_url).toBe("https://blog.csrforum.dk/");
    expect(feed.feed_url).toBe("https://blog.csrforum.dk/feed.json");
    const atom = await atomFeed(atRoot);
    expect(feed.items.map((item) => item.id)).toEqual(atom.entry.map((entry) => entry.id));
    for (const item of feed.items) {
      // Required: id; and each item needs content_html or content_text.
      expect(typeof item.id).toBe("string");
      expect(item.content_html.length).toBeGreaterThan(0);
      expect(item.url).toMatch(/^https:\/\/blog\.csrforum\.dk\/\d{4}\//);
      expect(isRfc3339(item.date_published), item.date_published).toBe(true);
    }
  });

  it("keeps text as text: an ampersand and markup in a summary survive unchanged", async () => {
    const [spring] = (await jsonFeed(atRoot)).items;
    expect(spring?.title).toBe("Forårsmøde om partnerskaber");
    expect(spring?.summary).toBe("Partnerskaber & frivillighed <i>i praksis</i>.");
    expect(spring?.tags).toEqual(["Partnerskaber"]);
  });

  it("points under the prefix when the site moves", async () => {
    const feed = await jsonFeed(underBlog);
    expect(feed.home_page_url).toBe("https://eksempel.github.io/blog/");
    expect(feed.feed_url).toBe("https://eksempel.github.io/blog/feed.json");
    expect(feed.items.map((item) => item.url)).toEqual([`https://eksempel.github.io/blog${SPRING}`, `https://eksempel.github.io/blog${FIRST}`]);
    for (const url of feed.items.flatMap((item) => urlsIn(item.content_html))) {
      expect(url, url).toMatch(/^(https:\/\/eksempel\.github\.io\/blog\/|mailto:)/);
    }
  });
});

describe("the sitemap and robots.txt", () => {
  it("lists every published HTML page once, absolute, with the posts' dates", async () => {
    const urls = await sitemap(atRoot);
    const locs = urls.map((url) => url.loc);
    expect(locs).toContain("https://blog.csrforum.dk/");
    expect(urls.find((url) => url.loc === `https://blog.csrforum.dk${FIRST}`)?.lastmod).toBe("2018-10-05");
    expect(urls.find((url) => url.loc === `https://blog.csrforum.dk${SPRING}`)?.lastmod).toBe("2019-04-05");
    expect(new Set(locs).size).toBe(locs.length);
    expect(locs.some((loc) => loc.includes("404") || loc.includes("hemmelig"))).toBe(false);
    // Every HTML page of the output but the 404 page is in it, and nothing else.
    const pages = (await atRoot.outputFiles())
      .filter((file) => file.endsWith(".html") && file !== "404.html")
      .map((file) => `https://blog.csrforum.dk/${file.replace(/index\.html$/, "")}`);
    expect([...locs].sort()).toEqual(pages.sort());
  });

  it("puts every URL under the prefix when the site moves", async () => {
    const locs = (await sitemap(underBlog)).map((url) => url.loc);
    expect(locs.length).toBeGreaterThan(1);
    for (const loc of locs) expect(loc).toMatch(/^https:\/\/eksempel\.github\.io\/blog\//);
  });

  it("robots.txt names the sitemap's absolute address", async () => {
    expect(await readOutput(atRoot, "robots.txt")).toMatch(/^Sitemap: https:\/\/blog\.csrforum\.dk\/sitemap\.xml$/m);
    expect(await readOutput(underBlog, "robots.txt")).toMatch(/^Sitemap: https:\/\/eksempel\.github\.io\/blog\/sitemap\.xml$/m);
  });
});

/** The head's metadata of a page, by name or property. */
function headMeta(page: ParsedPage): Record<string, string | null> {
  return Object.fromEntries(
    [...page.querySelectorAll("head meta[name], head meta[property]")].map((node) => [
      node.getAttribute("property") ?? node.getAttribute("name") ?? "",
      node.getAttribute("content"),
    ]),
  );
}

describe("the head of every page", () => {
  it("gives a post its description, canonical URL, Open Graph and Twitter tags", async () => {
    const page = await atRoot.page(SPRING);
    const url = `https://blog.csrforum.dk${SPRING}`;
    expect(page.querySelector('link[rel="canonical"]')?.getAttribute("href")).toBe(url);
    expect(headMeta(page)).toMatchObject({
      description: "Partnerskaber & frivillighed <i>i praksis</i>.",
      "og:type": "article",
      "og:title": "Forårsmøde om partnerskaber",
      "og:description": "Partnerskaber & frivillighed <i>i praksis</i>.",
      "og:url": url,
      "og:locale": "da_DK",
      "og:site_name": "CSR Forum – Co-Creation-netværket",
      "twitter:card": "summary",
      "twitter:title": "Forårsmøde om partnerskaber",
    });
  });

  it("gives the home page the site's description and type website", async () => {
    const page = await atRoot.page("/");
    expect(page.querySelector('link[rel="canonical"]')?.getAttribute("href")).toBe("https://blog.csrforum.dk/");
    expect(headMeta(page)).toMatchObject({ "og:type": "website", "og:url": "https://blog.csrforum.dk/", "og:locale": "da_DK" });
    expect(headMeta(page).description).toMatch(/^Blog for CSR Forums netværksgruppe/);
  });

  it("links both feeds from every page, under the prefix when there is one", async () => {
    for (const [site, prefix] of [[atRoot, ""], [underBlog, "/blog"]] as const) {
      const files = (await site.outputFiles()).filter((file) => file.endsWith(".html"));
      expect(files.length).toBeGreaterThan(2);
      for (const file of files) {
        const { document } = parseHTML(await readOutput(site, file));
        const alternates = [...document.querySelectorAll('head link[rel="alternate"]')].map((node) => [node.getAttribute("type"), node.getAttribute("href")]);
        expect(alternates, file).toEqual([
          ["application/atom+xml", `${prefix}/feed.xml`],
          ["application/feed+json", `${prefix}/feed.json`],
        ]);
      }
    }
  });

  it("makes the canonical and og:url absolute under the prefix when the site moves", async () => {
    const page = await underBlog.page(FIRST);
    expect(page.querySelector('link[rel="canonical"]')?.getAttribute("href")).toBe(`https://eksempel.github.io/blog${FIRST}`);
    expect(headMeta(page)["og:url"]).toBe(`https://eksempel.github.io/blog${FIRST}`);
  });
});

type Node = Record<string, unknown>;

async function structuredData(site: FixtureSite, urlPath: string): Promise<{ posting: Node; event?: Node }> {
  const page = await site.page(urlPath);
  const scripts = [...page.querySelectorAll('script[type="application/ld+json"]')];
  expect(scripts).toHaveLength(1);
  const data = JSON.parse(scripts[0]?.textContent ?? "") as { "@context": string; "@graph": Node[] };
  expect(data["@context"]).toBe("https://schema.org");
  const posting = data["@graph"].find((node) => node["@type"] === "BlogPosting");
  if (posting === undefined) throw new Error("no BlogPosting");
  const event = data["@graph"].find((node) => node["@type"] === "Event");
  return event === undefined ? { posting } : { posting, event };
}

const CSR_FORUM = { "@type": "Organization", name: "CSR Forum", url: "https://blog.csrforum.dk/" };

describe("the JSON-LD of a post", () => {
  it("describes the first post as a BlogPosting by CSR Forum, in Danish", async () => {
    const { posting } = await structuredData(atRoot, FIRST);
    expect(posting.headline).toBe("Årets sidste netværksmøde: Corporate Volunteering på dagsordenen");
    expect(posting.datePublished).toBe("2018-10-05");
    expect(posting.url).toBe(`https://blog.csrforum.dk${FIRST}`);
    expect(posting.inLanguage).toBe("da");
    expect(posting.author).toEqual(CSR_FORUM);
    expect(posting.publisher).toEqual(CSR_FORUM);
    expect(posting.description).toMatch(/^Netværket samlede op på et begivenhedsrigt år/);
  });

  it("describes the first post's meeting as an Event at the venue with its three speakers", async () => {
    const { event } = await structuredData(atRoot, FIRST);
    expect(event?.name).toBe("Årets sidste netværksmøde: Corporate Volunteering på dagsordenen");
    // The post gives the meeting's day but no clock time (see its front matter and
    // the source text), so the event has a date and no invented hour.
    expect(event?.startDate).toBe("2018-10-05");
    expect(event).not.toHaveProperty("endDate");
    expect(event?.location).toEqual({ "@type": "Place", name: "Frivilligcenter Vesterbro/Kgs. Enghave/Valby" });
    expect(event?.performer).toEqual([
      { "@type": "Person", name: "Jesper Bering Kristensen", jobTitle: "Corporate Citizenship Project Manager", affiliation: { "@type": "Organization", name: "IBM Danmark" } },
      { "@type": "Person", name: "Thorbjørn Lautrop Nielsen", jobTitle: "Leder", affiliation: { "@type": "Organization", name: "Frivilligcenter Vesterbro/Kgs. Enghave/Valby" } },
      { "@type": "Person", name: "Jon Kiellberg", jobTitle: "Direktør", affiliation: { "@type": "Organization", name: "ReMind" } },
    ]);
    expect(event?.organizer).toEqual(CSR_FORUM);
    expect(event?.eventAttendanceMode).toBe("https://schema.org/OfflineEventAttendanceMode");
    expect(event?.eventStatus).toBe("https://schema.org/EventScheduled");
  });

  it("gives a meeting with clock times its start and end with Copenhagen's offset", async () => {
    const { posting, event } = await structuredData(atRoot, SPRING);
    expect(event?.startDate).toBe("2019-04-05T08:30:00+02:00");
    expect(event?.endDate).toBe("2019-04-05T10:00:00+02:00");
    expect(event?.location).toEqual({ "@type": "Place", name: "IBM Danmark", address: "Eksempelvej 12, 2605 Brøndby" });
    expect(posting.about).toEqual({ "@id": event?.["@id"] });
  });

  it("uses the moved address when the site moves", async () => {
    const { posting, event } = await structuredData(underBlog, SPRING);
    expect(posting.url).toBe(`https://eksempel.github.io/blog${SPRING}`);
    expect(event?.organizer).toEqual({ "@type": "Organization", name: "CSR Forum", url: "https://eksempel.github.io/blog/" });
  });
});
