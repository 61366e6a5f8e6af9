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
