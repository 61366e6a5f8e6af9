/**
 * A path prefix as Eleventy may hold it ("blog", "/blog", "/blog/", "" or "/")
 * in the one form this project uses: a leading and a trailing slash.
 * @example normalizePathPrefix("blog") // "/blog/"
 */
export function normalizePathPrefix(prefix: string | undefined): string {
  const inner = (prefix ?? "").replace(/^\/+|\/+$/g, "");
  return inner === "" ? "/" : `/${inner}/`;
}

/**
 * A site path ("/2018/moede/", "/feed.xml") as the path it is served at under
 * the prefix ("/blog/2018/moede/"): what the HTML base plugin does to links.
 * @example prefixedPath("/blog/", "/feed.xml") // "/blog/feed.xml"
 */
export function prefixedPath(pathPrefix: string, sitePath: string): string {
  if (!sitePath.startsWith("/")) throw new RangeError(`A site path starts with "/": "${sitePath}"`);
  return normalizePathPrefix(pathPrefix) + sitePath.slice(1);
}

/**
 * The public, absolute address of a site path: the site's origin, the path prefix,
 * then the path. The one place every absolute URL (feeds, sitemap, robots.txt,
 * canonical, Open Graph, JSON-LD) is made, so they all agree with the HTML links.
 * @example absoluteUrl("https://eksempel.github.io", "/blog/", "/2018/moede/") // "https://eksempel.github.io/blog/2018/moede/"
 */
export function absoluteUrl(siteUrl: string, pathPrefix: string, sitePath: string): string {
  const origin = new URL(siteUrl).origin;
  return origin + prefixedPath(pathPrefix, sitePath);
}
