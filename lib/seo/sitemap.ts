/** A page as the sitemap sees it: Eleventy's URL and what the page says about itself. */
export interface SitemapCandidate {
  /** The page's site path, or false when it is not written (a draft). */
  url: string | false;
  /** The date the page's content is from (a post's date), `YYYY-MM-DD`. */
  lastmod?: string;
  /** True when the page asks to be left out (`sitemap: false` in its data). */
  excluded?: boolean;
}

/** One `<url>` of the sitemap. */
export interface SitemapEntry {
  path: string;
  lastmod?: string;
}

/** The error page is served for missing addresses; search engines should not list it. */
const NOT_FOUND_PAGE = "/404.html";

function isHtmlPage(url: string): boolean {
  return url.endsWith("/") || url.endsWith(".html");
}

/**
 * The pages a sitemap lists: every written HTML page except the 404 page and any
 * that opts out, once each, sorted by path so the file is stable between builds.
 * @example sitemapEntries([{ url: "/" }, { url: "/feed.xml" }, { url: "/404.html" }]) // [{ path: "/" }]
 */
export function sitemapEntries(pages: readonly SitemapCandidate[]): SitemapEntry[] {
  const byPath = new Map<string, SitemapEntry>();
  for (const page of pages) {
    if (page.url === false || page.excluded === true || !isHtmlPage(page.url) || page.url === NOT_FOUND_PAGE) continue;
    byPath.set(page.url, page.lastmod === undefined ? { path: page.url } : { path: page.url, lastmod: page.lastmod });
  }
  return [...byPath.values()].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
}
