import path from "node:path";
import Eleventy from "@11ty/eleventy";
import { parseHTML } from "linkedom";
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import { CONFIG_PATH } from "../../lib/eleventy/build-site.ts";
import { BUILD_EPOCH, type FixtureSite, createFixtureSite, post, readable, removeFixtureSite } from "../helpers/fixture-site.ts";

const HOSTILE = `</script><script>alert("x")</script> <b>fed</b> & "citat" 'enkelt'`;
const yaml = (text: string) => JSON.stringify(text);

const HOSTILE_POST = [
  "---",
  `title: ${yaml(HOSTILE)}`,
  "date: 2019-05-01",
  `summary: ${yaml(HOSTILE)}`,
  `tags: [${yaml(HOSTILE)}]`,
  "meeting:",
  "  date: 2019-05-01",
  "  venue:",
  `    name: ${yaml(HOSTILE)}`,
  `  host: ${yaml(HOSTILE)}`,
  `mission: ${yaml(HOSTILE)}`,
  "speakers:",
  `  - name: ${yaml(HOSTILE)}`,
  `    role: ${yaml(HOSTILE)}`,
  `    organisation: ${yaml(HOSTILE)}`,
  "outcomes:",
  `  summary: ${yaml(HOSTILE)}`,
  "  taskForce:",
  `    - name: ${yaml(HOSTILE)}`,
  `  actions: [${yaml(HOSTILE)}]`,
  "---",
  "",
  `Brødtekst med ${HOSTILE}`,
  "",
].join("\n");

let site: FixtureSite;

beforeAll(async () => {
  site = await createFixtureSite({
    "2019/farlig.md": HOSTILE_POST,
    "2019/foerste.md": post("Første morgenmøde", "2019-02-01", 'meeting:\n  date: 2019-02-01\n  start: "08:30"\n  end: "10:00"'),
    "2019/andet.md": post("Andet morgenmøde", "2019-03-01"),
    "2019/kladde.md": post("Halvfærdig kladde", "2019-04-01", "draft: true\ntags: [Udkast]\nspeakers:\n  - name: Kim Kladde"),
    // The day after the fixture's build date (2019-12-31 in Copenhagen).
    "2020/planlagt.md": post("Planlagt nytårsmøde", "2020-01-01", "tags: [Nytår]\nspeakers:\n  - name: Nina Nytår"),
  });
  await site.build();
});
afterAll(() => removeFixtureSite(site));

const HOSTILE_URL = "/2019/script-script-alert-x-script-b-fed-b-og-citat-enkelt/";

describe("hostile text in front matter and body", () => {
  it("is rendered as text on the post page, never as markup", async () => {
    const page = await site.page(HOSTILE_URL);
    // The one script element is the JSON-LD data block, and the hostile text stays inside it.
    const scripts = [...page.querySelectorAll("script")];
    expect(scripts.map((script) => script.getAttribute("type"))).toEqual(["application/ld+json"]);
    const graph = (JSON.parse(scripts[0]?.textContent ?? "") as { "@graph": Array<Record<string, unknown>> })["@graph"];
    expect(graph.map((node) => [node["@type"], node.headline ?? node.name])).toEqual([
      ["BlogPosting", HOSTILE],
      ["Event", HOSTILE],
    ]);
    expect(page.querySelectorAll("main b")).toHaveLength(0);
    expect(readable(page.querySelector("h1"))).toBe(HOSTILE);
    expect(readable(page.querySelector("title"))).toContain(HOSTILE);
    expect(page.querySelector('meta[name="description"]')?.getAttribute("content")).toBe(HOSTILE);
    for (const selector of [".mission blockquote", ".speakers .person-name", ".outcomes .person-name", ".actions li", ".tag-list li"]) {
      expect(readable(page.querySelector(selector)), selector).toBe(HOSTILE);
    }
    // The body is Markdown: the same text, with the typographer's Danish quotation marks.
    expect(readable(page.querySelector(".post-body"))).toBe(
      "Brødtekst med </script><script>alert(»x«)</script> <b>fed</b> & »citat« ›enkelt‹",
    );
  });

  it("is rendered as text in the home page's list", async () => {
    const home = await site.page("/");
    expect(home.querySelectorAll("script")).toHaveLength(0);
    expect(home.querySelectorAll("main b")).toHaveLength(0);
    const titles = [...home.querySelectorAll(".post-summary h2")].map((node) => readable(node));
    expect(titles).toContain(HOSTILE);
  });
});

describe("the home page", () => {
  it("lists published posts newest first and leaves drafts out", async () => {
    const home = await site.page("/");
    expect([...home.querySelectorAll(".post-summary h2")].map((node) => readable(node))).toEqual([
      HOSTILE,
      "Andet morgenmøde",
      "Første morgenmøde",
    ]);
  });
});

describe("drafts", () => {
  it("get no page in a production build", async () => {
    const files = await site.outputFiles();
    expect(files.some((file) => file.includes("halvfaerdig-kladde"))).toBe(false);
  });

  it("are shown, marked as drafts, by the dev server", async () => {
    const pages = await devServerPages();
    const draft = pages.find((page) => page.url === "/2019/halvfaerdig-kladde/");
    expect(draft).toBeDefined();
    expect(readable(parseHTML(draft?.content ?? "").document.querySelector(".badge-draft"))).toBe("Kladde");
  });
});

/** The pages `npm start` would serve for the fixture, as of the fixture's build date. */
async function devServerPages() {
  // .eleventy.ts reads SOURCE_DATE_EPOCH from the environment, as npm start does.
  vi.stubEnv("SOURCE_DATE_EPOCH", BUILD_EPOCH);
  const eleventy = new Eleventy(path.relative(process.cwd(), path.join(site.root, "content")), undefined, {
    configPath: path.relative(process.cwd(), CONFIG_PATH),
    quietMode: true,
    runMode: "serve",
  });
  return eleventy.toJSON();
}
afterEach(() => vi.unstubAllEnvs());

describe("posts dated after the build date", () => {
  it("get no page in a production build and stay off the home page", async () => {
    const files = await site.outputFiles();
    expect(files.filter((file) => file.startsWith("2020/"))).toEqual([]);
    const titles = [...(await site.page("/")).querySelectorAll(".post-summary h2")].map((node) => readable(node));
    expect(titles).not.toContain("Planlagt nytårsmøde");
  });

  it("are shown, marked as scheduled, by the dev server, on their page and in the list", async () => {
    const pages = await devServerPages();
    const scheduled = pages.find((page) => page.url === "/2020/planlagt-nytaarsmoede/");
    expect(readable(parseHTML(scheduled?.content ?? "").document.querySelector(".post-header .badge"))).toBe("Planlagt");
    const home = parseHTML(pages.find((page) => page.url === "/")?.content ?? "").document;
    const item = [...home.querySelectorAll(".post-summary")].find((node) => readable(node.querySelector("h2")) === "Planlagt nytårsmøde");
    expect(readable(item?.querySelector(".badge-scheduled"))).toBe("Planlagt");
    // A published post carries no marker.
    const published = pages.find((page) => page.url === "/2019/andet-morgenmoede/");
    expect(parseHTML(published?.content ?? "").document.querySelector(".badge")).toBeNull();
  });

  it("keep their badge wherever a draft keeps its own: archive, person and topic pages, home", async () => {
    const pages = await devServerPages();
    const parsed = (url: string) => parseHTML(pages.find((page) => page.url === url)?.content ?? "").document;
    /** The badge next to the link to `postUrl` on the page at `url`, read through the link's list item. */
    const badgeBeside = (url: string, postUrl: string) => {
      const link = parsed(url).querySelector(`main a[href="${postUrl}"]`);
      return readable(link?.closest("li")?.querySelector(".badge"));
    };
    for (const url of ["/arkiv/", "/personer/nina-nytaar/", "/emner/nytaar/", "/"]) {
      expect(badgeBeside(url, "/2020/planlagt-nytaarsmoede/"), url).toBe("Planlagt");
    }
    for (const url of ["/arkiv/", "/personer/kim-kladde/", "/emner/udkast/", "/"]) {
      expect(badgeBeside(url, "/2019/halvfaerdig-kladde/"), url).toBe("Kladde");
    }
  });
});

describe("post pages", () => {
  it("link to the previous and next post", async () => {
    const middle = await site.page("/2019/andet-morgenmoede/");
    expect(middle.querySelector('a[rel="prev"]')?.getAttribute("href")).toBe("/2019/foerste-morgenmoede/");
    expect(middle.querySelector('a[rel="next"]')?.getAttribute("href")).toBe(HOSTILE_URL);
    const first = await site.page("/2019/foerste-morgenmoede/");
    expect(first.querySelector('a[rel="prev"]')).toBeNull();
  });

  it("give a meeting's time the Danish way with Copenhagen's offset", async () => {
    const page = await site.page("/2019/foerste-morgenmoede/");
    const date = page.querySelector(".meeting-facts time");
    expect(date?.getAttribute("datetime")).toBe("2019-02-01T08:30:00+01:00");
    expect(readable(date?.parentElement)).toBe("fredag den 1. februar 2019, kl. 8.30–10.00");
  });

  it("sit at a URL made from the title, transliterated the Danish way", async () => {
    expect(await site.outputFiles()).toEqual(
      expect.arrayContaining(["2019/foerste-morgenmoede/index.html", "2019/andet-morgenmoede/index.html"]),
    );
  });
});
