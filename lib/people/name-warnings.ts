import type { LoadedPost } from "../content/load-posts.ts";
import type { Problem } from "../validation/problems.ts";
import { personPath } from "../listings/routes.ts";
import { slugifyDanish } from "../text/slug.ts";
import { listMentions } from "./people-index.ts";

/** Letters whose stroke or bar NFD does not split off as a combining mark. */
const STROKED: Readonly<Record<string, string>> = { ø: "o", ł: "l", đ: "d", ħ: "h" };

/**
 * What is left of a name when case, accents and other diacritics, and white space
 * are ignored: two names with the same key are spelling variants of each other.
 * @example nameVariantKey(" Thorbjørn  Lautrop NIELSEN") === nameVariantKey("Thorbjorn Lautrop Nielsen") // true
 */
export function nameVariantKey(name: string): string {
  return name
    .normalize("NFD")
    .replace(/\p{M}/gu, "")
    .toLocaleLowerCase("da")
    .replace(/[øłđħ]/gu, (letter) => STROKED[letter] ?? letter)
    .replace(/\s+/gu, "");
}

/** One use of a name in a post, for the warnings: where it stands and how it is spelled. */
export interface NameUse {
  name: string;
  post: LoadedPost;
  /** e.g. `speakers[0].name`. */
  field: string;
}

/** How the warnings speak of one kind of name: people's, organisations'. */
export interface NameWording {
  /** The address of a name's page, e.g. `personPath`. */
  pagePath: (slug: string) => string;
  /** "navnet", "organisationens navn". */
  theName: string;
  /** "to forskellige personer". */
  twoDifferent: string;
  hint: string;
}

function where(use: NameUse): string {
  return `${use.post.file} (${use.field})`;
}

/**
 * Names the secretariat probably meant to write alike, as warnings in Danish: two
 * names that differ only in case, accents or spacing, and two names that would
 * get the same address (`wording.pagePath`). Each later spelling is reported once, at
 * its first use (uses come oldest first), naming the first use of the earlier spelling.
 */
export function spellingWarnings(uses: Iterable<NameUse>, wording: NameWording): Problem[] {
  const firstUses = new Map<string, NameUse>();
  for (const use of uses) if (!firstUses.has(use.name)) firstUses.set(use.name, use);

  const seenByKey = new Map<string, NameUse>();
  const seenBySlug = new Map<string, NameUse>();
  const warnings: Problem[] = [];
  for (const use of firstUses.values()) {
    const key = nameVariantKey(use.name);
    const slug = slugifyDanish(use.name);
    const variantOf = seenByKey.get(key);
    const sameSlugAs = slug === "" ? undefined : seenBySlug.get(slug);
    if (variantOf !== undefined) {
      warnings.push({
        file: use.post.file,
        field: use.field,
        message: `er "${use.name}", men i ${where(variantOf)} er ${wording.theName} skrevet "${variantOf.name}". Navnene er ens, bortset fra store og små bogstaver, accenter eller mellemrum, så de bliver til ${wording.twoDifferent}.`,
        hint: wording.hint,
      });
    } else if (sameSlugAs !== undefined) {
      warnings.push({
        file: use.post.file,
        field: use.field,
        message: `er "${use.name}", som giver samme adresse (${wording.pagePath(slug)}) som "${sameSlugAs.name}" i ${where(sameSlugAs)}. De får hver sin side, men den ene får et tal sidst i adressen.`,
        hint: wording.hint,
      });
    }
    if (variantOf === undefined) seenByKey.set(key, use);
    if (sameSlugAs === undefined && slug !== "") seenBySlug.set(slug, use);
  }
  return warnings;
}

/**
 * People's names the secretariat probably meant to write alike (see `spellingWarnings`).
 */
export function nameWarnings(posts: readonly LoadedPost[]): Problem[] {
  return spellingWarnings(listMentions(posts), {
    pagePath: personPath,
    theName: "navnet",
    twoDifferent: "to forskellige personer",
    hint: "Er det den samme person, så skriv navnet ens alle steder.",
  });
}
