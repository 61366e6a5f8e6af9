import type { LoadedPost } from "../content/load-posts.ts";
import { homePagePath } from "./routes.ts";

/** How many posts each of the home page's pages lists. */
export const HOME_PAGE_SIZE = 10;

/** One of the home page's pages: its address and its posts. */
export interface HomePage {
  path: string;
  posts: readonly LoadedPost[];
}

/** How many pages the home page needs for `postCount` posts: always one, if only to say there are none. */
export function homePageCount(postCount: number): number {
  return Math.max(1, Math.ceil(postCount / HOME_PAGE_SIZE));
}

/**
 * The home page's pages, HOME_PAGE_SIZE posts each, in the order given (newest
 * first); one empty page when there are no posts.
 * @example homePages(posts23).map((page) => page.path) // ["/", "/side/2/", "/side/3/"]
 */
export function homePages(posts: readonly LoadedPost[]): HomePage[] {
  return Array.from({ length: homePageCount(posts.length) }, (_, index) => ({
    path: homePagePath(index + 1),
    posts: posts.slice(index * HOME_PAGE_SIZE, (index + 1) * HOME_PAGE_SIZE),
  }));
}
