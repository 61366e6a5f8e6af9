import type { LoadedPost } from "../content/load-posts.ts";

/**
 * Newest first, as every listing shows posts; same-day posts by title in reverse,
 * so that the order is exactly the reverse of the `posts` collection's.
 */
export function newestFirst(a: LoadedPost, b: LoadedPost): number {
  return b.data.date.localeCompare(a.data.date) || b.data.title.localeCompare(a.data.title, "da");
}
