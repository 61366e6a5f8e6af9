import type { LoadedPost } from "../content/load-posts.ts";
import type { Problem } from "../validation/problems.ts";
import { assignUniqueSlugs } from "../text/unique-slugs.ts";
import { newestFirst } from "./order.ts";
import { topicPath } from "./routes.ts";
import { byDanishName } from "../text/danish-order.ts";

/** A topic (tag) and the posts that carry it. */
export interface Tag {
  name: string;
  /** Unique among all tags: `slugifyDanish(name)`, with "-2" … when two tags share it. */
  slug: string;
  /** Newest first. */
  posts: LoadedPost[];
}

export interface TagIndex {
  /** Alphabetical, the Danish way. */
  tags: Tag[];
  byName: Map<string, Tag>;
}

/**
 * The topics of the given (published) posts. Tags are taken as written: "SMV" and
 * "smv" are two tags with distinct addresses, never one page overwriting another.
 * @example buildTagIndex(posts).byName.get("Partnerskaber")?.slug // "partnerskaber"
 */
export function buildTagIndex(posts: readonly LoadedPost[]): TagIndex {
  const sorted = [...posts].sort(newestFirst);
  // Oldest first for the slugs, so a tag that has always been there keeps its address.
  const { slugs } = assignUniqueSlugs(sorted.toReversed().flatMap((post) => post.data.tags ?? []), "emne");
  const byName = new Map<string, Tag>();
  for (const post of sorted) {
    for (const name of new Set(post.data.tags ?? [])) {
      const tag = byName.get(name) ?? { name, slug: slugs.get(name) ?? "", posts: [] };
      tag.posts.push(post);
      byName.set(name, tag);
    }
  }
  const tags = [...byName.values()].sort(byDanishName);
  return { tags, byName };
}

/**
 * Tags that would share an address under /emner/ ("SMV" and "smv"), as warnings in
 * Danish: each later spelling once, at its first use, naming the earlier one.
 */
export function tagWarnings(posts: readonly LoadedPost[]): Problem[] {
  const oldestFirst = [...posts].sort(newestFirst).toReversed();
  const firstUse = new Map<string, { post: LoadedPost; index: number }>();
  for (const post of oldestFirst) {
    (post.data.tags ?? []).forEach((name, index) => {
      if (!firstUse.has(name)) firstUse.set(name, { post, index });
    });
  }
  return assignUniqueSlugs(firstUse.keys(), "emne").collisions.flatMap(({ slug, names: [earlier, ...later] }) => {
    const earlierFile = firstUse.get(earlier ?? "")?.post.file;
    return later.flatMap((name) => {
      const use = firstUse.get(name);
      if (use === undefined) return [];
      return [{
        file: use.post.file,
        field: `tags[${use.index}]`,
        message: `er "${name}", som giver samme adresse (${topicPath(slug)}) som emnet "${earlier}" i ${earlierFile}. De bliver til to forskellige emner.`,
        hint: "Er det det samme emne, så skriv det ens alle steder.",
      }];
    });
  });
}
