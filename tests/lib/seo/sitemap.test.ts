import { describe, expect, it } from "vitest";
import { sitemapEntries } from "../../../lib/seo/sitemap.ts";

describe("sitemapEntries", () => {
  it("keeps written HTML pages, sorted by path, with a post's date as lastmod", () => {
    expect(
      sitemapEntries([
        { url: "/2019/b/", lastmod: "2019-03-01" },
        { url: "/" },
        { url: "/emner/smv/" },
        { url: "/2018/a/", lastmod: "2018-10-05" },
      ]),
    ).toEqual([{ path: "/" }, { path: "/2018/a/", lastmod: "2018-10-05" }, { path: "/2019/b/", lastmod: "2019-03-01" }, { path: "/emner/smv/" }]);
  });

  it("leaves out the 404 page, unwritten drafts, pages that opt out and non-HTML files", () => {
    expect(
      sitemapEntries([
        { url: "/404.html" },
        { url: false },
        { url: "/soeg/", excluded: true },
        { url: "/feed.xml" },
        { url: "/kalender/2019.ics" },
        { url: "/om-netvaerket/" },
      ]),
    ).toEqual([{ path: "/om-netvaerket/" }]);
  });

  it("lists a page once even if it is seen twice", () => {
    expect(sitemapEntries([{ url: "/" }, { url: "/" }])).toEqual([{ path: "/" }]);
  });
});
