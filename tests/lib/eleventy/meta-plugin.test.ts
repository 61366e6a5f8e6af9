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
  it("gives the feeds the newest FEED_ENTRY_COUNT posts, newest first", () => {
    const oldestFirst = Array.from({ length: FEED_ENTRY_COUNT + 5 }, (_, index) => ({ inputPath: `p${index + 1}.md` }) as CollectionItem);
    const entries = metaFilters("/")("feedEntries", oldestFirst) as CollectionItem[];
    expect(entries).toHaveLength(20);
    expect(entries[0]?.inputPath).toBe("p25.md");
    expect(entries[19]?.inputPath).toBe("p6.md");
    // The collection itself is left in its order.
    expect(oldestFirst[0]?.inputPath).toBe("p1.md");
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
