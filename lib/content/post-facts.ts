import type { LoadedPost } from "./load-posts.ts";

/**
 * A post's file, address and front matter, as one text: what every view and
 * check across posts is made from (listings, calendars, names spelt two ways,
 * addresses), and not its text, which only its own page shows. Remembered per
 * read of the post.
 */
export function postFacts(post: LoadedPost): string {
  let facts = factsByRead.get(post);
  if (facts === undefined) {
    facts = JSON.stringify([post.file, post.urlPath, post.data]);
    factsByRead.set(post, facts);
  }
  return facts;
}

/** By the read of the post's file: the dev server keeps an unchanged file's read between rebuilds. */
const factsByRead = new WeakMap<LoadedPost, string>();
