import { slugifyDanish } from "./slug.ts";

/** Names that would share one address, and the address each ended up with. */
export interface SlugCollision {
  /** The address they all would have had. */
  slug: string;
  /** The names, first the one that kept the plain slug. */
  names: string[];
}

export interface SlugAssignment {
  /** Each name's slug: unique across all names. */
  slugs: Map<string, string>;
  collisions: SlugCollision[];
}

/**
 * A slug per distinct name, unique across them: names whose slugs coincide
 * ("SMV" and "smv", "Anne-Marie" and "Anne Marie") are never merged. The first of
 * them (in the order given) keeps the plain slug, the others get "-2", "-3" …,
 * skipping any slug another name has on its own. A name without letters or
 * digits gets `fallback`.
 * @example assignUniqueSlugs(["SMV", "smv"], "emne").slugs // Map { "SMV" => "smv", "smv" => "smv-2" }
 */
export function assignUniqueSlugs(names: Iterable<string>, fallback: string): SlugAssignment {
  const byBase = new Map<string, string[]>();
  for (const name of new Set(names)) {
    const base = slugifyDanish(name) || fallback;
    byBase.set(base, [...(byBase.get(base) ?? []), name]);
  }
  const taken = new Set(byBase.keys());
  const slugs = new Map<string, string>();
  const collisions: SlugCollision[] = [];
  for (const [base, group] of byBase) {
    group.forEach((name, index) => {
      if (index === 0) {
        slugs.set(name, base);
        return;
      }
      let counter = index + 1;
      while (taken.has(`${base}-${counter}`)) counter += 1;
      taken.add(`${base}-${counter}`);
      slugs.set(name, `${base}-${counter}`);
    });
    if (group.length > 1) collisions.push({ slug: base, names: group });
  }
  return { slugs, collisions };
}
