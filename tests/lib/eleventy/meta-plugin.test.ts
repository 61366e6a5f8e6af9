import { describe, expect, it } from "vitest";
import type { LoadedPost } from "../../../lib/content/load-posts.ts";
import { FEED_ENTRY_COUNT, metaPlugin } from "../../../lib/eleventy/meta-plugin.ts";
import { SiteState } from "../../../lib/site/site-state.ts";
import type { CollectionItem } from "../../../lib/eleventy/types.ts";
import { fakeEleventyConfig } from "../../helpers/fake-eleventy-config.ts";
import { loadedSite } from "../../helpers/loaded-post.ts";

const POST: LoadedPost = {
  data: { title: "Et møde", date: "2019-04-05", meeting: { date: "2019-04-05", start: "08:30" } },
  body: "",
  file: "content/posts/2019/et-moede.md",
  absolutePath: "/site/content/posts/2019/et-moede.md",
  urlPath: "/2019/et-moede/",
};

/** The plugin's filters for a build served at `siteUrl` + `pathPrefix` (PATH_PREFIX as validated). */
function metaFilters(pathPrefix: string, siteUrl = "https://eksempel.github.io") {
  const registered = fakeEleventyConfig();
  const state = new SiteState();
  state.load(loadedSite({ posts: [POST], siteUrl, pathPrefix }));
  metaPlugin(registered.config, { state });
  return (name: string, ...args: unknown[]) => (registered.filters.get(name) as (...a: unknown[]) => unknown)(...args);
}

describe("metaPlugin", () => {
  it("tags the newest FEED_ENTRY_COUNT published posts into the feeds' collection, and gives them newest first", () => {
    // 25 posts a day apart, the 25th the newest; the 26th is scheduled after the build and not published.
    const posts = Array.from({ length: FEED_ENTRY_COUNT + 6 }, (_, index): LoadedPost => {
      const day = new Date(Date.UTC(2019, 0, 1 + index)).toISOString().slice(0, 10);
      return { ...POST, data: { ...POST.data, title: `Møde ${index + 1}`, date: index === FEED_ENTRY_COUNT + 5 ? "2099-01-01" : day }, absolutePath: `/site/p${index + 1}.md`, urlPath: `/2019/moede-${index + 1}/` };
    });
    const registered = fakeEleventyConfig();
    const state = new SiteState();
    state.load(loadedSite({ posts, buildDate: new Date("2020-01-01T12:00:00Z") }));
    metaPlugin(registered.config, { state });
    const tagFeedEntry = registered.preprocessors.get("collection-feed-entries");
    const tagged = posts.filter((post) => {
      const data: { page: { inputPath: string }; tags?: string[] } = { page: { inputPath: post.absolutePath }, tags: ["andet"] };
      tagFeedEntry?.(data as never, "");
      return data.tags?.includes("feed-entries") === true;
    });
    expect(tagged.map((post) => post.absolutePath)).toEqual(Array.from({ length: FEED_ENTRY_COUNT }, (_, index) => `/site/p${index + 6}.md`));

    // Eleventy orders a tag collection by date and path (oldest first); the feeds, newest first.
    const items = tagged.map((post) => ({ inputPath: post.absolutePath }) as CollectionItem);
    const entries = (registered.filters.get("feedEntries") as (items: CollectionItem[]) => CollectionItem[])(items);
    expect(entries.map((item) => item.inputPath)).toEqual(Array.from({ length: FEED_ENTRY_COUNT }, (_, index) => `/site/p${FEED_ENTRY_COUNT + 5 - index}.md`));
    // The collection itself is left in its order.
    expect(items[0]?.inputPath).toBe("/site/p6.md");
  });

  it("makes absolute URLs with the build's path prefix", () => {
    expect(metaFilters("/blog/")("publicUrl", "/2019/et-moede/")).toBe("https://eksempel.github.io/blog/2019/et-moede/");
    expect(metaFilters("/blog/")("publicUrl", "/")).toBe("https://eksempel.github.io/blog/");
    expect(metaFilters("/")("publicUrl", "/feed.xml")).toBe("https://eksempel.github.io/feed.xml");
  });

  it("keeps a post's feed id on data/site.json's address, wherever the build is served", () => {
    expect(metaFilters("/blog/")("entryId", POST)).toBe("https://blog.csrforum.dk/2019/et-moede/");
    expect(metaFilters("/blog/")("publishedAt", POST)).toBe("2019-04-04T22:00:00Z");
  });

  it("builds the post's JSON-LD with the served addresses", () => {
    const data = metaFilters("/blog/")("structuredData", POST) as { "@graph": Array<Record<string, unknown>> };
    expect(data["@graph"].map((node) => [node["@type"], node.url])).toEqual([
      ["BlogPosting", "https://eksempel.github.io/blog/2019/et-moede/"],
      ["Event", "https://eksempel.github.io/blog/2019/et-moede/"],
    ]);
    expect(data["@graph"][1]?.startDate).toBe("2019-04-05T08:30:00+02:00");
  });

  it("turns collection items into sitemap entries, dating posts and honouring sitemap: false", () => {
    const item = (inputPath: string, url: string | false, data: Record<string, unknown> = {}) =>
      ({ inputPath, url, date: new Date(0), data: { ...data, page: {} } }) as unknown as CollectionItem;
    expect(
      metaFilters("/")("sitemapEntries", [
        item(POST.absolutePath, POST.urlPath),
        item("/site/content/index.njk", "/"),
        item("/site/content/soeg.njk", "/soeg/", { sitemap: false }),
        item("/site/content/kladde.md", false),
      ]),
    ).toEqual([{ path: "/" }, { path: "/2019/et-moede/", lastmod: "2019-04-05" }]);
  });
});
