/**
 * Finds the item before or after a given one in a list, by a key unique within
 * the list: each list is indexed once (and forgotten with it), so every page of a
 * 10,000-post site finding its neighbours costs a lookup, not a search of the
 * list as Eleventy's `getPreviousCollectionItem` does.
 * @example const near = neighbourFinder((post: { id: string }) => post.id); near(posts, "b", -1) // the post before "b"
 */
export function neighbourFinder<Item>(key: (item: Item) => string): (list: readonly Item[], itemKey: string, step: -1 | 1) => Item | undefined {
  const indexes = new WeakMap<readonly Item[], Map<string, number>>();
  return (list, itemKey, step) => {
    let index = indexes.get(list);
    if (index === undefined) {
      index = new Map(list.map((item, position) => [key(item), position]));
      indexes.set(list, index);
    }
    const position = index.get(itemKey);
    return position === undefined ? undefined : list[position + step];
  };
}

/** A post as its neighbours' older/newer links show it. */
export interface LinkedPost {
  /** The post's file, as the dev server's watcher sees it (absolute). */
  file: string;
  title: string;
  url: string;
}

/**
 * What each post's older/newer links show (the neighbours' titles and addresses),
 * by file, for a list of posts in the order the links step through.
 * @example neighbourLinks([a, b, c]).get(b.file) // "<a's title and url>\n<c's title and url>"
 */
export function neighbourLinks(ordered: readonly LinkedPost[]): Map<string, string> {
  const shown = (post: LinkedPost | undefined) => (post === undefined ? "" : `${post.title}\t${post.url}`);
  return new Map(ordered.map((post, index) => [post.file, `${shown(ordered[index - 1])}\n${shown(ordered[index + 1])}`]));
}

/**
 * The posts whose older/newer links now show something else than `before`, e.g.
 * the neighbours of a post whose title, address or date changed, or that was
 * deleted; a post that is new is not counted (it is rendered anyway).
 * @example postsWithChangedLinks(neighbourLinks([a, b, c]), neighbourLinks([a, c])) // [a.file, c.file]
 */
export function postsWithChangedLinks(before: ReadonlyMap<string, string>, after: ReadonlyMap<string, string>): string[] {
  return [...after].filter(([file, links]) => before.has(file) && before.get(file) !== links).map(([file]) => file);
}
