import { utimes } from "node:fs/promises";
import path from "node:path";
import type { EleventyConfig, EleventyDirectories } from "./types.ts";

/**
 * The layout of the pages that list posts (layouts/listing.njk), and their one
 * tie to the posts under `npm start`: touching it makes Eleventy render them
 * all again, in a rebuild of their own (lib/eleventy/content-plugin.ts).
 */
export const LISTING_LAYOUT = "listing.njk";

/** The listing layout's path in a build's folders. */
export function listingLayoutPath(directories: EleventyDirectories): string {
  return path.resolve(directories.layouts ?? directories.includes, LISTING_LAYOUT);
}

/** Marks the listing layout as changed, for the dev server's watcher; its text is left as it is. */
export async function touchListingLayout(directories: EleventyDirectories): Promise<void> {
  const now = new Date();
  await utimes(listingLayoutPath(directories), now, now).catch(() => undefined);
}

/** The collection the generated files that go with the listings import (the calendar files, the sitemap). */
export const LISTING_PAGES = "listing-pages";

/**
 * A template of the listing layout, in the collection LISTING_PAGES and never
 * written: what the generated files that have no layout (calendar files, the
 * sitemap) import, so that the dev server renders them again with the listings.
 * One page in the collection, not every listing: Eleventy looks up each item of
 * every collection in all its templates on each rebuild.
 */
export function addListingMarker(config: EleventyConfig): void {
  config.addTemplate("listing-marker.njk", "", {
    layout: LISTING_LAYOUT,
    tags: [LISTING_PAGES],
    permalink: false,
    sitemap: false,
  });
}
