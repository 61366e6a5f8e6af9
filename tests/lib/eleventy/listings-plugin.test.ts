import { describe, expect, it } from "vitest";
import type { LoadedPost } from "../../../lib/content/load-posts.ts";
import { listingsPlugin } from "../../../lib/eleventy/listings-plugin.ts";
import { SiteState } from "../../../lib/site/site-state.ts";
import { fakeEleventyConfig } from "../../helpers/fake-eleventy-config.ts";
import { loadedPost, loadedSite } from "../../helpers/loaded-post.ts";

const published = loadedPost("content/posts/2019/a.md", { title: "A", date: "2019-02-01", tags: ["SMV"], speakers: [{ name: "Jon Kiellberg" }] });
const draft = loadedPost("content/posts/2019/b.md", { title: "B", date: "2019-03-01", draft: true, tags: ["Kladder"], speakers: [{ name: "Oda Hustad" }] });

function setUp(showDrafts: boolean, posts: LoadedPost[] = [published, draft]) {
  const registered = fakeEleventyConfig();
  const state = new SiteState();
  state.load(loadedSite({ posts, showDrafts }));
  listingsPlugin(registered.config, { state });
  const global = (name: string) => (registered.globalData.get(name) as () => unknown)();
  const filter = (name: string, value: string) => (registered.filters.get(name) as (value: string) => unknown)(value);
  return { state, global, filter };
}

describe("listingsPlugin", () => {
  it("lists only published people and topics in a production build", () => {
    const { global } = setUp(false);
    expect((global("people") as Array<{ name: string }>).map((person) => person.name)).toEqual(["Jon Kiellberg"]);
    expect((global("topics") as Array<{ name: string }>).map((tag) => tag.name)).toEqual(["SMV"]);
  });

  it("includes drafts where drafts are shown", () => {
    const { global } = setUp(true);
    expect((global("people") as Array<{ name: string }>).map((person) => person.name)).toEqual(["Jon Kiellberg", "Oda Hustad"]);
  });

  it("links names and tags to their pages, and nothing for the unknown", () => {
    const { filter } = setUp(false);
    expect(filter("personUrl", "Jon Kiellberg")).toBe("/personer/jon-kiellberg/");
    expect(filter("topicUrl", "SMV")).toBe("/emner/smv/");
    expect(filter("personUrl", "Oda Hustad")).toBeUndefined();
  });

  it("works the listings out once per load, and afresh after the next", () => {
    const { state } = setUp(false);
    const first = state.listings;
    expect(state.listings).toBe(first);
    state.load({ ...state.site, posts: [draft], showDrafts: true });
    expect(state.listings).not.toBe(first);
    expect(state.listings.published).toEqual([draft]);
  });
});
