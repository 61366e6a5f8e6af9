import { utimes } from "node:fs/promises";
import path from "node:path";
import type { EleventyDirectories } from "./types.ts";

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
