import { describe, expect, it } from "vitest";
import { homePageCount, homePages } from "../../../lib/listings/home-pages.ts";
import { loadedPost } from "../../helpers/loaded-post.ts";

const posts = (count: number) =>
  Array.from({ length: count }, (_, index) => loadedPost(`content/posts/2019/moede-${index + 1}.md`, { title: `Møde ${index + 1}`, date: "2019-03-01" }));

describe("homePages", () => {
  it("splits the posts ten a page, in the order given, with each page's address", () => {
    const all = posts(23);
    const pages = homePages(all);
    expect(pages.map((page) => page.path)).toEqual(["/", "/side/2/", "/side/3/"]);
    expect(pages.map((page) => page.posts.length)).toEqual([10, 10, 3]);
    expect(pages[1]?.posts[0]).toBe(all[10]);
    expect(pages[2]?.posts.at(-1)).toBe(all[22]);
  });

  it("makes no empty page after a full one", () => {
    expect(homePages(posts(20)).map((page) => page.path)).toEqual(["/", "/side/2/"]);
  });

  it("gives one empty page when there are no posts, so the home page says so", () => {
    expect(homePages([])).toEqual([{ path: "/", posts: [] }]);
    expect(homePageCount(0)).toBe(1);
  });
});
