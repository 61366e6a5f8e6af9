import { dateToRfc3339 } from "@11ty/eleventy-plugin-rss";
import { remembered } from "../cache/remembered.ts";
import type { LoadedPost } from "../content/load-posts.ts";
import { startOfDayInZone } from "../dates/format.ts";
import { type JsonLdNode, postStructuredData } from "../seo/structured-data.ts";
import { sitemapEntries } from "../seo/sitemap.ts";
import { headersFile } from "../site/headers.ts";
import type { SiteState } from "../site/site-state.ts";
import { absoluteUrl } from "../site/urls.ts";
import { newestFirst } from "../listings/order.ts";
import { addCollectionTag } from "./collection-tags.ts";
import { addGeneratedTemplates } from "./generated-templates.ts";
import type { CollectionItem, EleventyConfig } from "./types.ts";

/**
 * How many posts the feeds carry: the newest. Each entry is the whole post, so a
 * feed of every post grew with the archive (12 MB at 1,000 posts, and about a
 * seventh of the build's time), while feed readers only fetch what is new.
 */
export const FEED_ENTRY_COUNT = 20;

/**
 * What machines read: absolute URLs for the head, feeds, sitemap and robots.txt,
 * the feed entries, the post's JSON-LD and the hosts' `_headers` file; the files
 * themselves are the virtual templates in `lib/eleventy/templates/meta/`. The path
 * prefix is the build's validated PATH_PREFIX, the one Eleventy is given for the
 * links in the HTML, so the absolute URLs always agree with them.
 */
export function metaPlugin(config: EleventyConfig, { state }: { state: SiteState }): void {
  const publicUrl = (sitePath: string) => state.publicUrl(sitePath);
  /** A post's stable id in the feeds: its address on data/site.json's url, unmoved by SITE_URL or PATH_PREFIX. */
  const entryId = (post: LoadedPost) => absoluteUrl(state.site.settings.url, "/", post.urlPath);
  // Remembered: the feeds ask for each post's timestamp four times, and each is a luxon date in a named zone.
  const publishedAt = remembered((isoDate: string, zone: string) => dateToRfc3339(startOfDayInZone(isoDate, zone)));
  const published = (post: LoadedPost) => publishedAt(post.data.date, state.site.settings.timeZone);

  config.addGlobalData("deploy", () => ({
    pathPrefix: state.pathPrefix,
    // The base `renderTransforms` needs to make a feed's HTML absolute; the plugin adds the prefix itself.
    origin: `${state.site.siteUrl}/`,
  }));

  config.addFilter("publicUrl", (sitePath: string) => publicUrl(sitePath));
  // The feeds import `feed-entries`: the newest FEED_ENTRY_COUNT published posts.
  let newest: { of: readonly LoadedPost[]; posts: Set<LoadedPost> } | undefined;
  addCollectionTag(config, "feed-entries", (page) => {
    const { published } = state.listings;
    if (newest?.of !== published) newest = { of: published, posts: new Set(published.slice(0, FEED_ENTRY_COUNT)) };
    const post = state.post(page.inputPath);
    return post !== undefined && newest.posts.has(post);
  });
  /** The feeds' entries, newest first, as every listing orders posts. */
  config.addFilter("feedEntries", (items: readonly CollectionItem[]) =>
    items
      .flatMap((item) => {
        const post = state.post(item.inputPath);
        return post === undefined ? [] : [{ item, post }];
      })
      .sort((a, b) => newestFirst(a.post, b.post))
      .slice(0, FEED_ENTRY_COUNT)
      .map(({ item }) => item),
  );
  config.addFilter("entryId", (post: LoadedPost) => entryId(post));
  config.addFilter("publishedAt", (post: LoadedPost) => published(post));

  config.addFilter(
    "structuredData",
    (post: LoadedPost): JsonLdNode =>
      postStructuredData(post.data, publicUrl(post.urlPath), {
        organisation: state.site.settings.organisation,
        homeUrl: publicUrl("/"),
        language: state.site.settings.language,
        timeZone: state.site.settings.timeZone,
      }),
  );

  config.addFilter("sitemapEntries", (items: readonly CollectionItem[]) =>
    sitemapEntries(
      items.map((item) => {
        const post = state.post(item.inputPath);
        return {
          url: item.url,
          ...(post === undefined ? {} : { lastmod: post.data.date }),
          excluded: item.data.sitemap === false,
        };
      }),
    ),
  );

  config.addFilter("headersFile", (prefix: string, cms?: { enabled: boolean; localOrigin?: string }) =>
    headersFile(prefix, cms?.enabled ? cms : undefined),
  );

  // Files for machines, not pages: left out of collections (and so of the sitemap).
  addGeneratedTemplates(config, "meta", { eleventyExcludeFromCollections: true });
}
